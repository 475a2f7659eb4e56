package dev.windlass.pipelines.dag;

/**
 * Where one pipeline task stands, summed over its TaskRuns (all of a matrix's; retries already
 * spent): not started, running, or done with success, failure (timeouts included), a failure
 * ignored because the task has {@code onError: continue}, or cancellation.
 */
public enum TaskStatus {
    NOT_STARTED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    FAILURE_IGNORED,
    CANCELLED;

    /** Whether the task finished (skipped tasks are not represented here). */
    public boolean isDone() {
        return this == SUCCEEDED || this == FAILED || this == FAILURE_IGNORED || this == CANCELLED;
    }

    /** Whether the task failed or was cancelled: what makes a pipeline stop (an ignored failure does not). */
    public boolean isFailure() {
        return this == FAILED || this == CANCELLED;
    }
}
