package dev.windlass.rego.testing;

import dev.windlass.rego.EvalRequest;
import dev.windlass.rego.PreparedQuery;
import dev.windlass.rego.QueryResult;
import dev.windlass.rego.Rego;
import dev.windlass.rego.RegoCompileException;
import dev.windlass.rego.RegoEvalException;
import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Location;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Evaluates one test rule against compiled modules and judges the answer as {@code opa test} does. */
final class TestEvaluation {
    private static final Location QUERY = new Location("", 1, 1);

    private final Rego rego;
    private final Duration timeout;

    TestEvaluation(Rego rego, Duration timeout) {
        this.rego = rego;
        this.timeout = timeout;
    }

    TestResult run(TestCase test) {
        StringBuilder printed = new StringBuilder();
        long start = System.nanoTime();
        try {
            PreparedQuery query = rego.prepare(query(test.path()));
            EvalRequest request = EvalRequest.of(null).withTimeout(timeout)
                    .withPrint(line -> printed.append(line).append('\n'));
            QueryResult result = query.eval(request);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            return judge(test, result, took, printed.toString());
        } catch (RegoCompileException e) {
            String message = e.errors().stream().map(OpaErrors::of).collect(Collectors.joining("\n"));
            return error(test, start, message, printed);
        } catch (RegoEvalException e) {
            return error(test, start, OpaErrors.of(e), printed);
        }
    }

    private static TestResult error(TestCase test, long start, String message, StringBuilder printed) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new TestResult(test, TestOutcome.ERROR, took, message, printed.toString(), List.of());
    }

    /** {@code data.<path>} as a parsed query. */
    static Body query(List<String> path) {
        List<Term> elements = new ArrayList<>();
        for (String part : path) {
            elements.add(new Term.Str(part, false, QUERY));
        }
        Term.Ref ref = new Term.Ref(new Term.Var("data", QUERY), elements, QUERY);
        return new Body(List.of(new Literal.Expr(ref, false, List.of(), QUERY)), QUERY);
    }

    /** Undefined fails; {@code true} passes; an object is a set of named cases; anything else fails. */
    static TestResult judge(TestCase test, QueryResult result, Duration took, String printed) {
        if (result.isUndefined() || result.solutions().get(0).expressions().isEmpty()) {
            return new TestResult(test, TestOutcome.FAIL, took, null, printed, List.of());
        }
        Value value = result.solutions().get(0).expressions().get(0);
        if (test.cases() && value instanceof ObjectValue cases) {
            List<SubResult> subs = subResults(cases);
            boolean fail = subs.stream().anyMatch(SubResult::fail);
            return new TestResult(test, fail ? TestOutcome.FAIL : TestOutcome.PASS, took, null, printed, subs);
        }
        TestOutcome outcome = BoolValue.TRUE.equals(value) ? TestOutcome.PASS : TestOutcome.FAIL;
        return new TestResult(test, outcome, took, null, printed, List.of());
    }

    private static List<SubResult> subResults(ObjectValue cases) {
        List<SubResult> subs = new ArrayList<>();
        for (Map.Entry<Value, Value> e : cases.entries().entrySet()) {
            String name = e.getKey() instanceof StringValue s ? s.value() : e.getKey().toJson();
            if (e.getValue() instanceof ObjectValue nested) {
                List<SubResult> children = subResults(nested);
                subs.add(new SubResult(name, children.stream().anyMatch(SubResult::fail), children));
            } else {
                subs.add(new SubResult(name, !BoolValue.TRUE.equals(e.getValue()), List.of()));
            }
        }
        return subs;
    }
}
