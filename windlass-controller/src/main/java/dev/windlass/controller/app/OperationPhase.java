package dev.windlass.controller.app;

/** Argo CD's {@code operationState.phase}. */
enum OperationPhase {
    RUNNING("Running"),
    SUCCEEDED("Succeeded"),
    FAILED("Failed"),
    ERROR("Error");

    private final String text;

    OperationPhase(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    static OperationPhase fromText(String text) {
        for (OperationPhase phase : values()) {
            if (phase.text.equals(text)) {
                return phase;
            }
        }
        return RUNNING;
    }
}
