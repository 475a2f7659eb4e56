package dev.windlass.sandbox.store;

import dev.windlass.model.tree.MapNode;

/**
 * One version of one stored object. {@code object} already carries
 * {@code metadata.resourceVersion} equal to {@code resourceVersion}.
 */
public record StoredObject(ObjectKey key, MapNode object, long resourceVersion) {
}
