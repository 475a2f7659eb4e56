package dev.windlass.engine.diff;

/**
 * How one object compares, in Argo CD's terms: {@link #SYNCED} and {@link #OUT_OF_SYNC} for an
 * object both in Git and live; {@link #MISSING} and {@link #EXTRA} (both OutOfSync in Argo CD) for
 * one on a single side.
 */
public enum DiffStatus {
    /** Every field the manifest sets has its value live. */
    SYNCED,
    /** Some field the manifest sets differs live. */
    OUT_OF_SYNC,
    /** In Git, not live: a sync creates it. */
    MISSING,
    /** Live and tracked by the application, no longer in Git: a sync with pruning deletes it. */
    EXTRA
}
