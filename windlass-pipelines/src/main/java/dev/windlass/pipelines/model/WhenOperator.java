package dev.windlass.pipelines.model;

/** The operator of a {@code when} expression. */
public enum WhenOperator {
    IN("in"),
    NOT_IN("notin");

    private final String text;

    WhenOperator(String text) {
        this.text = text;
    }

    /** The spelling used in YAML. */
    public String text() {
        return text;
    }
}
