package dev.windlass.engine.sync;

/** Where one {@link SyncTask} stands; a controller persists it per task id. */
public enum TaskStatus {
    /** Not started. */
    PENDING,
    /** Applied (or deleted) and waiting: for health, hook completion, or the object to disappear. */
    RUNNING,
    /** Done. */
    SUCCEEDED,
    /** Failed to apply or delete, or became Degraded; fails the operation. */
    FAILED,
    /** Deliberately not done (a skipped prune). */
    SKIPPED;

    /** True for SUCCEEDED, FAILED and SKIPPED. */
    public boolean completed() {
        return this == SUCCEEDED || this == FAILED || this == SKIPPED;
    }
}
