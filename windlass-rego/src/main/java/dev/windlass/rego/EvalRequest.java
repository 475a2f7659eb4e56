package dev.windlass.rego;

import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
  * The inputs of one evaluation of a {@link PreparedQuery}.
  *
  * @param input the {@code input} document, or null for none (then {@code input} is undefined)
  * @param data extra base documents merged over the compiled data at the root for this evaluation
  *     only (Gatekeeper's {@code data.inventory}), or null
  * @param timeout the time budget; exceeding it fails with {@code eval_cancel_error}
  * @param maxDepth the bound on nested rule, function and comprehension evaluations
  * @param now what {@code time.now_ns} returns, or null for the clock at the start of evaluation
  * @param print where {@code print} output goes, or null to discard it
  */
public record EvalRequest(
        Value input, ObjectValue data, Duration timeout, int maxDepth, Instant now, Consumer<String> print) {

    /** Default time budget: generous for policies, small enough to stop a runaway loop. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Default depth bound. */
    public static final int DEFAULT_MAX_DEPTH = 1_000;

    /** A request with the given input and default budgets. */
    public static EvalRequest of(Value input) {
        return new EvalRequest(input, null, DEFAULT_TIMEOUT, DEFAULT_MAX_DEPTH, null, null);
    }

    /** A copy with extra base documents. */
    public EvalRequest withData(ObjectValue extra) {
        return new EvalRequest(input, extra, timeout, maxDepth, now, print);
    }

    /** A copy with another time budget. */
    public EvalRequest withTimeout(Duration budget) {
        return new EvalRequest(input, data, budget, maxDepth, now, print);
    }

    /** A copy with another depth bound. */
    public EvalRequest withMaxDepth(int depth) {
        return new EvalRequest(input, data, timeout, depth, now, print);
    }

    /** A copy with a fixed clock. */
    public EvalRequest withNow(Instant instant) {
        return new EvalRequest(input, data, timeout, maxDepth, instant, print);
    }

    /** A copy that sends {@code print} output to a sink. */
    public EvalRequest withPrint(Consumer<String> sink) {
        return new EvalRequest(input, data, timeout, maxDepth, now, sink);
    }
}
