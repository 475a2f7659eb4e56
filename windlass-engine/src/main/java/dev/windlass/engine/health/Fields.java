package dev.windlass.engine.health;

import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import dev.windlass.model.tree.BoolNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads from one object's tree, the way Argo CD sees the object after converting it to its
 * typed Go struct: an absent or null field reads as the zero value, and a field of the wrong type
 * makes the whole assessment fail ({@link UnreadableField}). Paths are dotted: {@code status.replicas}.
 */
final class Fields {

    private final MapNode root;

    Fields(MapNode root) {
        this.root = root;
    }

    MapNode root() {
        return root;
    }

    Optional<Long> optionalInteger(String path) {
        Node node = find(path);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof IntNode i) {
            return Optional.of(i.value());
        }
        if (node instanceof FloatNode f && f.value() == Math.rint(f.value())) {
            return Optional.of((long) f.value());
        }
        throw new UnreadableField(path, "an integer", node);
    }

    long integer(String path) {
        return optionalInteger(path).orElse(0L);
    }

    String text(String path) {
        Node node = find(path);
        if (node == null) {
            return "";
        }
        if (node instanceof StringNode s) {
            return s.value();
        }
        throw new UnreadableField(path, "a string", node);
    }

    boolean flag(String path) {
        Node node = find(path);
        if (node == null) {
            return false;
        }
        if (node instanceof BoolNode b) {
            return b.value();
        }
        throw new UnreadableField(path, "a boolean", node);
    }

    boolean present(String path) {
        return find(path) != null;
    }

    /** The list at {@code path} as objects; empty when absent. */
    List<Fields> objects(String path) {
        Node node = find(path);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof ListNode list)) {
            throw new UnreadableField(path, "a list", node);
        }
        List<Fields> out = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof MapNode map)) {
                throw new UnreadableField(path + "[]", "an object", item);
            }
            out.add(new Fields(map));
        }
        return out;
    }

    /** The list at {@code path}, of any items; empty when absent. */
    List<Node> items(String path) {
        Node node = find(path);
        if (node == null) {
            return List.of();
        }
        if (node instanceof ListNode list) {
            return list.items();
        }
        throw new UnreadableField(path, "a list", node);
    }

    /** The object at {@code path}; when absent, one with no fields. */
    Fields object(String path) {
        Node node = find(path);
        if (node == null) {
            return new Fields(MapNode.empty());
        }
        if (node instanceof MapNode map) {
            return new Fields(map);
        }
        throw new UnreadableField(path, "an object", node);
    }

    /** The first object in the list at {@code path} whose {@code type} is {@code type}. */
    Optional<Fields> condition(String path, String type) {
        return objects(path).stream().filter(c -> c.text("type").equals(type)).findFirst();
    }

    private Node find(String path) {
        Node current = root;
        for (String key : path.split("\\.")) {
            if (!(current instanceof MapNode map)) {
                return null;
            }
            current = map.get(key).orElse(null);
            if (current == null) {
                return null;
            }
        }
        return current.isNull() ? null : current;
    }

    /** A field whose value has a type Argo CD's typed conversion would reject. */
    static final class UnreadableField extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableField(String path, String expected, Node actual) {
            super("field " + path + " must be " + expected + ", not " + actual.type().name().toLowerCase(java.util.Locale.ROOT)
                    + "; fix the value in the object");
        }
    }
}
