package dev.windlass.render.jsonnet;

/**
 * The time budget of one evaluation, checked by the evaluator every so many expressions and
 * cancellable from outside. Exceeding it throws {@link Exceeded}, which sjsonnet wraps; the caller
 * asks {@link #timedOut()} afterwards rather than looking at the wrapped error.
 */
final class EvaluationBudget {

    /** Thrown inside the evaluator to stop it. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("jsonnet evaluation budget exceeded", null, false, false);
        }
    }

    private static final int CHECK_EVERY = 1024;

    private final long deadlineNanos;
    private volatile boolean cancelled;
    private volatile boolean timedOut;
    private int sinceLastCheck;

    EvaluationBudget(long timeoutNanos) {
        this.deadlineNanos = System.nanoTime() + timeoutNanos;
    }

    /** Called for every expression evaluated; cheap except every {@value #CHECK_EVERY}th call. */
    void tick() {
        if (++sinceLastCheck < CHECK_EVERY) {
            return;
        }
        sinceLastCheck = 0;
        if (cancelled || System.nanoTime() > deadlineNanos) {
            timedOut = true;
            throw new Exceeded();
        }
    }

    /** Asks the evaluation to stop at its next check. */
    void cancel() {
        cancelled = true;
        timedOut = true;
    }

    boolean timedOut() {
        return timedOut;
    }
}
