package dev.windlass.pipelines.run;

/**
 * The port that runs one TaskRun's steps somewhere: host processes ({@code local}) or a Pod on a
 * cluster. {@link #execute} blocks until the task ends, is cancelled or times out, and never throws
 * for a failing step: failures are outcomes.
 */
public interface TaskExecutor {

    /** Runs the task; {@code listener} receives its log lines as they come. */
    TaskRunOutcome execute(TaskRunRequest request, RunListener listener, Cancellation cancellation);
}
