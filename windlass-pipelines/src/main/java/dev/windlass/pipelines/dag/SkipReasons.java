package dev.windlass.pipelines.dag;

/** Tekton's skipping reasons ({@code status.skippedTasks[].reason}), spelled exactly as Tekton does. */
public final class SkipReasons {

    public static final String WHEN_FALSE = "When Expressions evaluated to false";
    public static final String PARENT_SKIPPED = "Parent Tasks were skipped";
    public static final String STOPPING = "PipelineRun was stopping";
    public static final String GRACEFULLY_CANCELLED = "PipelineRun was gracefully cancelled";
    public static final String GRACEFULLY_STOPPED = "PipelineRun was gracefully stopped";
    public static final String MISSING_RESULTS = "Results were missing";
    public static final String PIPELINE_TIMEOUT = "PipelineRun timeout has been reached";
    public static final String TASKS_TIMEOUT = "PipelineRun Tasks timeout has been reached";
    public static final String FINALLY_TIMEOUT = "PipelineRun Finally timeout has been reached";
    public static final String EMPTY_MATRIX = "Matrix Parameters have an empty array";

    private SkipReasons() {
    }

    /** Whether a task skipped for {@code reason} counts as skipped because of a timeout (the run then fails). */
    public static boolean isTimeout(String reason) {
        return PIPELINE_TIMEOUT.equals(reason) || TASKS_TIMEOUT.equals(reason) || FINALLY_TIMEOUT.equals(reason);
    }
}
