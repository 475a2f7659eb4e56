package dev.windlass.render.jsonnet;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import scala.util.Either;
import scala.util.Left;
import scala.util.Right;

/**
 * Evaluates one Jsonnet file to JSON text on a thread of its own, within the options' time and
 * output budgets. Every failure (syntax, runtime error, refused import, budget) becomes an issue
 * placed at {@code file:line:col} where sjsonnet knows the place.
 */
final class JsonnetEvaluation {

    private static final long STACK_BYTES = 32L << 20;
    private static final long GRACE_MILLIS = 2_000;

    private final SnapshotImporter importer;
    private final JsonnetOptions options;

    JsonnetEvaluation(SnapshotImporter importer, JsonnetOptions options) {
        this.importer = importer;
        this.options = options;
    }

    /** The JSON that {@code file} (whose text is {@code text}) evaluates to, or the issues that stopped it. */
    Result<String> run(String file, String text, String workingDirectory) {
        EvaluationBudget budget = new EvaluationBudget(options.timeout().toNanos());
        BoundedWriter out = new BoundedWriter(options.maxOutputBytes());
        CompletableFuture<Result<String>> future = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> future.complete(evaluate(file, text, workingDirectory, budget, out)),
                "windlass-jsonnet", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return future.get(options.timeout().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            budget.cancel();
            return failed(file, JsonnetMessages.TIMEOUT, JsonnetMessages.timeout(options.timeout()));
        } catch (InterruptedException e) {
            budget.cancel();
            Thread.currentThread().interrupt();
            return failed(file, JsonnetMessages.TIMEOUT, JsonnetMessages.interrupted());
        } catch (ExecutionException e) {
            throw new IllegalStateException("jsonnet evaluation of " + file + " failed unexpectedly", e.getCause());
        }
    }

    private Result<String> evaluate(String file, String text, String workingDirectory, EvaluationBudget budget,
                                    BoundedWriter out) {
        try {
            BudgetedInterpreter interpreter = new BudgetedInterpreter(variables(options.extVars()), variables(options.tlas()),
                    new SnapshotJsonnetPath(workingDirectory), importer, budget);
            Either<sjsonnet.Error, sjsonnet.Val> value = interpreter.evaluate(text, new SnapshotJsonnetPath(file));
            if (value.isLeft()) {
                return failure(file, ((Left<sjsonnet.Error, sjsonnet.Val>) value).value(), budget, out);
            }
            Either<sjsonnet.Error, java.io.Writer> written = interpreter.materialize(
                    ((Right<sjsonnet.Error, sjsonnet.Val>) value).value(), new sjsonnet.Renderer(out, 0));
            if (written.isLeft()) {
                return failure(file, ((Left<sjsonnet.Error, java.io.Writer>) written).value(), budget, out);
            }
            return Result.of(out.text());
        } catch (StackOverflowError e) {
            return failed(file, JsonnetMessages.STACK_OVERFLOW, JsonnetMessages.stackOverflow());
        } catch (EvaluationBudget.Exceeded e) {
            return failed(file, JsonnetMessages.TIMEOUT, JsonnetMessages.timeout(options.timeout()));
        } catch (BoundedWriter.TooLarge e) {
            return failed(file, JsonnetMessages.OUTPUT_TOO_LARGE, JsonnetMessages.outputTooLarge(options.maxOutputBytes()));
        }
    }

    private Result<String> failure(String file, sjsonnet.Error error, EvaluationBudget budget, BoundedWriter out) {
        if (budget.timedOut()) {
            return failed(file, JsonnetMessages.TIMEOUT, JsonnetMessages.timeout(options.timeout()));
        }
        if (out.exceeded()) {
            return failed(file, JsonnetMessages.OUTPUT_TOO_LARGE, JsonnetMessages.outputTooLarge(options.maxOutputBytes()));
        }
        if (hasCause(error, StackOverflowError.class)) {
            return failed(file, JsonnetMessages.STACK_OVERFLOW, JsonnetMessages.stackOverflow());
        }
        Location where = ErrorPlace.of(error, file);
        List<Issue> refusals = importer.refusals();
        if (!refusals.isEmpty()) {
            List<Issue> placed = new ArrayList<>();
            for (Issue refusal : refusals) {
                placed.add(refusal.location().isEmpty() ? refusal.withLocation(where) : refusal);
            }
            return Result.of(null, placed);
        }
        String code = error instanceof sjsonnet.ParseError || error instanceof sjsonnet.StaticError
                ? JsonnetMessages.SYNTAX_ERROR : JsonnetMessages.EVALUATION_ERROR;
        return Result.of(null, List.of(Issue.error(code, where, JsonnetMessages.evaluationFailed(error.getMessage()))));
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Result<String> failed(String file, String code, String message) {
        return Result.of(null, List.of(Issue.error(code, Location.file(file), message)));
    }

    /** Argo CD's variables as sjsonnet takes them: always Jsonnet code, strings quoted as JSON. */
    private static scala.collection.immutable.Map<String, String> variables(List<JsonnetVariable> variables) {
        scala.collection.immutable.Map<String, String> map = scala.collection.immutable.Map$.MODULE$.empty();
        for (JsonnetVariable variable : variables) {
            String code = variable.code() ? variable.value() : JsonWriter.write(Node.of(variable.value()), 0);
            map = map.updated(variable.name(), code);
        }
        return map;
    }
}
