package dev.windlass.pipelines.model;

/** A run's requested {@code spec.status}: how a user holds or stops it. */
public enum RunSpecStatus {
    NONE(""),
    PENDING("PipelineRunPending"),
    CANCELLED("Cancelled"),
    CANCELLED_RUN_FINALLY("CancelledRunFinally"),
    STOPPED_RUN_FINALLY("StoppedRunFinally");

    private final String text;

    RunSpecStatus(String text) {
        this.text = text;
    }

    /** The spelling used in YAML ({@code TaskRunCancelled} reads as {@link #CANCELLED}). */
    public String text() {
        return text;
    }
}
