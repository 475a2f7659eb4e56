package dev.windlass.sandbox.store;

import dev.windlass.model.tree.MapNode;

/**
 * A change to the store. For {@link Type#DELETED} the object is its last state, stamped with the
 * deletion's resource version, as kube-apiserver sends it. {@code previous} is the state before a
 * MODIFIED or DELETED change (null for ADDED and for replayed initial state), so a filtered watch
 * can tell an object that stopped matching.
 */
public record WatchEvent(Type type, ObjectKey key, MapNode object, MapNode previous, long resourceVersion) {

    public enum Type { ADDED, MODIFIED, DELETED }
}
