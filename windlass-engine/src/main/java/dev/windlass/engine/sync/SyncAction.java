package dev.windlass.engine.sync;

/** What a {@link SyncTask} does to its object. */
public enum SyncAction {
    /** Apply the desired object (create or update). */
    APPLY,
    /** Delete a live object that is no longer desired. */
    PRUNE,
    /** A live object that is no longer desired but is kept; the task's message says why. Nothing to do. */
    PRUNE_SKIPPED,
    /** Create a hook object and wait for it to complete. */
    HOOK
}
