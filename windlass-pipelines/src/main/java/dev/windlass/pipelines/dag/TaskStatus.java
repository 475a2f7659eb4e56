package dev.windlass.pipelines.dag;

/**
 * Where one pipeline task stands, summed over its TaskRuns (all of a matrix's; retries already
 * spent): not started, running, or done with success, failure (timeouts included) or cancellation.
 */
public enum TaskStatus {
    NOT_STARTED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    /** Whether the task finished (skipped tasks are not represented here). */
    public boolean isDone() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    /** Whether the task failed or was cancelled: what makes a pipeline stop. */
    public boolean isFailure() {
        return this == FAILED || this == CANCELLED;
    }
}
