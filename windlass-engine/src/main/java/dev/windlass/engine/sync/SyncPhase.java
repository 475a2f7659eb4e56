package dev.windlass.engine.sync;

import java.util.Optional;

/**
 * The phases of an Argo CD sync operation, in the order they run. {@code SyncFail} runs only when
 * the operation fails. Written to {@code syncResult.resources[].syncPhase} as {@link #text()}.
 */
public enum SyncPhase {
    /** Hooks that run before anything is applied. */
    PRE_SYNC("PreSync"),
    /** Ordinary resources and {@code Sync} hooks. */
    SYNC("Sync"),
    /** Hooks that run after every resource is applied and healthy. */
    POST_SYNC("PostSync"),
    /** Hooks that run when the operation failed. */
    SYNC_FAIL("SyncFail");

    private final String text;

    SyncPhase(String text) {
        this.text = text;
    }

    /** The name Argo CD writes, e.g. {@code PreSync}. */
    public String text() {
        return text;
    }

    /** The phase Argo CD names {@code text} (case-sensitive), if any. */
    public static Optional<SyncPhase> fromText(String text) {
        for (SyncPhase phase : values()) {
            if (phase.text.equals(text)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
