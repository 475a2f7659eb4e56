package dev.windlass.engine.sync;

/** Argo CD's operation phases, also written per resource as {@code syncResult.resources[].hookPhase}. */
public enum OperationPhase {
    RUNNING("Running"),
    TERMINATING("Terminating"),
    FAILED("Failed"),
    ERROR("Error"),
    SUCCEEDED("Succeeded");

    private final String text;

    OperationPhase(String text) {
        this.text = text;
    }

    /** The value Argo CD writes, e.g. {@code Succeeded}. */
    public String text() {
        return text;
    }

    /** True for the phases that end an operation: Failed, Error, Succeeded. */
    public boolean completed() {
        return this == FAILED || this == ERROR || this == SUCCEEDED;
    }

    @Override
    public String toString() {
        return text;
    }
}
