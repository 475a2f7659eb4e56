package dev.windlass.sandbox.store;

import dev.windlass.model.tree.MapNode;

/**
 * A change to the store. For {@link Type#DELETED} the object is its last state, stamped with the
 * deletion's resource version, as kube-apiserver sends it.
 */
public record WatchEvent(Type type, ObjectKey key, MapNode object, long resourceVersion) {

    public enum Type { ADDED, MODIFIED, DELETED }
}
