package dev.windlass.pipelines.model;

/** The type of a Tekton param or result: {@code string} (the default), {@code array} or {@code object}. */
public enum ParamType {
    STRING("string"),
    ARRAY("array"),
    OBJECT("object");

    private final String text;

    ParamType(String text) {
        this.text = text;
    }

    /** The spelling used in YAML. */
    public String text() {
        return text;
    }
}
