package dev.windlass.engine.sync;

import java.util.Optional;

/**
 * The values of Argo CD's {@code argocd.argoproj.io/hook} annotation. The four sync hooks map to a
 * {@link SyncPhase}; {@code Skip} keeps a resource out of the sync; {@code PreDelete} and
 * {@code PostDelete} run only when the Application is deleted, never during a sync.
 */
public enum HookType {
    PRE_SYNC("PreSync", SyncPhase.PRE_SYNC),
    SYNC("Sync", SyncPhase.SYNC),
    POST_SYNC("PostSync", SyncPhase.POST_SYNC),
    SYNC_FAIL("SyncFail", SyncPhase.SYNC_FAIL),
    SKIP("Skip", null),
    PRE_DELETE("PreDelete", null),
    POST_DELETE("PostDelete", null);

    private final String text;
    private final SyncPhase phase;

    HookType(String text, SyncPhase phase) {
        this.text = text;
        this.phase = phase;
    }

    /** The annotation value, e.g. {@code PostSync}. */
    public String text() {
        return text;
    }

    /** The sync phase a hook of this type runs in; empty for Skip, PreDelete and PostDelete. */
    public Optional<SyncPhase> syncPhase() {
        return Optional.ofNullable(phase);
    }

    /** The hook type Argo CD names {@code text} (case-sensitive, as Argo CD compares), if any. */
    public static Optional<HookType> fromText(String text) {
        for (HookType type : values()) {
            if (type.text.equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
