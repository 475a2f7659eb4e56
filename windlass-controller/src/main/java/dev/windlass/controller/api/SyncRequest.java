package dev.windlass.controller.api;

/**
 * The options of one manual sync, as {@code argocd app sync} takes them.
 *
 * @param prune    delete tracked objects that Git no longer renders
 * @param dryRun   validate every object with a server-side dry run and apply nothing
 * @param revision the revision to sync to; empty for the application's {@code targetRevision}
 */
public record SyncRequest(boolean prune, boolean dryRun, String revision) {

    public SyncRequest {
        revision = revision == null ? "" : revision;
    }

    /** A plain sync to the target revision without pruning. */
    public static SyncRequest defaults() {
        return new SyncRequest(false, false, "");
    }
}
