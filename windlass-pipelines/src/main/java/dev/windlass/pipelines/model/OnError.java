package dev.windlass.pipelines.model;

/** A step's {@code onError}: stop and fail the task (the default) or continue with the next step. */
public enum OnError {
    STOP_AND_FAIL("stopAndFail"),
    CONTINUE("continue");

    private final String text;

    OnError(String text) {
        this.text = text;
    }

    /** The spelling used in YAML. */
    public String text() {
        return text;
    }
}
