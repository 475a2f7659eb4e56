package dev.windlass.engine.sync;

/**
 * The value of Argo CD's {@code Prune=} and {@code Delete=} sync options: allowed (the default),
 * disabled ({@code false}) or allowed only after the Application carries the
 * {@code argocd.argoproj.io/deletion-approved} annotation ({@code confirm}).
 */
public enum DeletionMode {
    ALLOW("true"),
    DISABLED("false"),
    CONFIRM("confirm");

    private final String text;

    DeletionMode(String text) {
        this.text = text;
    }

    /** The option value, e.g. {@code confirm}. */
    public String text() {
        return text;
    }

    static DeletionMode fromText(String text) {
        for (DeletionMode mode : values()) {
            if (mode.text.equals(text)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("not a deletion mode: " + text);
    }
}
