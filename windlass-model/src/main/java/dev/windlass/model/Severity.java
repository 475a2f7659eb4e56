package dev.windlass.model;

/** How bad an {@link Issue} is. Errors stop the step that found them; warnings and notes do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in compiler-style messages: {@code error}, {@code warning}, {@code note}. */
    public String label() {
        return label;
    }
}
