package dev.windlass.kube;

import dev.windlass.model.KubeObject;

/**
 * Hears the changes of the objects one {@link KubeCluster#watch} follows. The first list reports
 * every existing object as {@link Change#ADDED}; after that each change arrives once, in order per
 * object, on the watch's own thread (keep the listener quick: enqueue, do not block).
 */
@FunctionalInterface
public interface ObjectListener {

    /** What happened to the object. */
    enum Change {
        /** The object appeared (or existed when the watch started). */
        ADDED,
        /** The object changed; {@code object} is the new state. */
        MODIFIED,
        /** The object is gone; {@code object} is its last known state. */
        DELETED
    }

    void onChange(Change change, KubeObject object);
}
