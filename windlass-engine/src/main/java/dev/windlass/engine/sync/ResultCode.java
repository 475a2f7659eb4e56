package dev.windlass.engine.sync;

/** Argo CD's {@code syncResult.resources[].status} values. */
public enum ResultCode {
    SYNCED("Synced"),
    SYNC_FAILED("SyncFailed"),
    PRUNED("Pruned"),
    PRUNE_SKIPPED("PruneSkipped");

    private final String text;

    ResultCode(String text) {
        this.text = text;
    }

    /** The value Argo CD writes, e.g. {@code PruneSkipped}. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
