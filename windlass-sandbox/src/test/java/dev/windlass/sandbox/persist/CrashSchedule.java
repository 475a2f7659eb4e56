package dev.windlass.sandbox.persist;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.ObjectStore;
import java.util.HashMap;
import java.util.Map;

/**
 * The writes of the crash test, a pure function of the step number so the parent can compute what
 * a store must hold after any number of steps. Step s is the s-th write and gets resource version
 * s: steps 4k+1 and 4k+2 create {@code cm-s}; step 4k+3 updates {@code cm-(4k+1)}; step 4k+4
 * deletes {@code cm-(4k+2)}.
 */
final class CrashSchedule {

    private CrashSchedule() {
    }

    static ObjectKey key(long step) {
        return new ObjectKey("", "configmaps", "default", "cm-" + step);
    }

    /** Performs step {@code step} on {@code store}; returns the resource version it committed at. */
    static long run(ObjectStore store, long step, String padding) {
        return switch ((int) (step % 4)) {
            case 1, 2 -> store.create(key(step), object(step, step, padding)).resourceVersion();
            case 3 -> store.update(key(step - 2), object(step - 2, step, padding), 0).resourceVersion();
            default -> store.delete(key(step - 2), 0).resourceVersion();
        };
    }

    /** What the store holds after steps 1..{@code steps}: key to the step that last wrote it. */
    static Map<ObjectKey, Long> expected(long steps) {
        Map<ObjectKey, Long> out = new HashMap<>();
        for (long step = 1; step <= steps; step++) {
            switch ((int) (step % 4)) {
                case 1, 2 -> out.put(key(step), step);
                case 3 -> out.put(key(step - 2), step);
                default -> out.remove(key(step - 2));
            }
        }
        return out;
    }

    private static MapNode object(long name, long step, String padding) {
        return MapNode.of(
                "apiVersion", Node.of("v1"),
                "kind", Node.of("ConfigMap"),
                "metadata", MapNode.of("name", Node.of("cm-" + name), "namespace", Node.of("default")),
                "data", MapNode.of("step", Node.of(Long.toString(step)), "padding", Node.of(padding)));
    }
}
