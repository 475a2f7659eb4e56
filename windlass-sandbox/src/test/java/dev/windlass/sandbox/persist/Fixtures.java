package dev.windlass.sandbox.persist;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.ObjectStore;
import dev.windlass.sandbox.store.StoredObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Objects and store helpers shared by the persistence tests. */
final class Fixtures {

    private Fixtures() {
    }

    static ObjectKey configMapKey(String namespace, String name) {
        return new ObjectKey("", "configmaps", namespace, name);
    }

    static MapNode configMap(String namespace, String name, String value) {
        return MapNode.of(
                "apiVersion", Node.of("v1"),
                "kind", Node.of("ConfigMap"),
                "metadata", MapNode.of("name", Node.of(name), "namespace", Node.of(namespace)),
                "data", MapNode.of("value", Node.of(value)));
    }

    static StoredObject create(ObjectStore store, String namespace, String name, String value) {
        return store.create(configMapKey(namespace, name), configMap(namespace, name, value));
    }

    /** Every config map in {@code store}: key to {@code data.value}. */
    static Map<ObjectKey, String> values(ObjectStore store) {
        Map<ObjectKey, String> out = new LinkedHashMap<>();
        for (StoredObject stored : store.list("", "configmaps", null)) {
            out.put(stored.key(), stored.object().getMap("data").orElseThrow().getText("value").orElseThrow());
        }
        return out;
    }

    /** A fresh store with {@code dir} opened into it. */
    static Opened open(Path dir, long threshold) throws IOException {
        ObjectStore store = new ObjectStore();
        return new Opened(store, DataDirectory.open(dir, store, threshold));
    }

    static Opened open(Path dir) throws IOException {
        return open(dir, DataDirectory.DEFAULT_SNAPSHOT_THRESHOLD);
    }

    /** A store and the journal of the directory opened into it. */
    record Opened(ObjectStore store, FileJournal journal) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            journal.close();
        }
    }
}
