package dev.windlass.sandbox.persist;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.WatchEvent;

/**
 * One decoded record of a log or snapshot: a change of {@code type} to the object at {@code key},
 * committed at {@code resourceVersion}. {@code object} is the stored state (already stamped with
 * that version) for ADDED and MODIFIED, and null for DELETED, whose last state is not needed to
 * recover.
 */
record JournalRecord(WatchEvent.Type type, ObjectKey key, long resourceVersion, MapNode object) {
}
