package dev.windlass.pipelines.model;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.model.tree.StringNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One read of a Tekton object: the object issues are located in, its API version, and the issues
 * found so far. Field helpers read a value, report a wrong shape, and return a usable default.
 */
final class Reading {

    private final KubeObject owner;
    private final boolean v1beta1;
    private final List<Issue> issues = new ArrayList<>();

    Reading(KubeObject owner) {
        this.owner = owner;
        this.v1beta1 = owner.apiVersion().endsWith("/v1beta1") || owner.apiVersion().endsWith("/v1alpha1");
    }

    KubeObject owner() {
        return owner;
    }

    /** True for {@code tekton.dev/v1beta1} (and v1alpha1) objects, which keep the older field names. */
    boolean v1beta1() {
        return v1beta1;
    }

    List<Issue> issues() {
        return List.copyOf(issues);
    }

    void error(String code, FieldPath at, String message) {
        issues.add(Issue.error(code, owner.locate(at), message));
    }

    void warning(String code, FieldPath at, String message) {
        issues.add(Issue.warning(code, owner.locate(at), message));
    }

    void addAll(List<Issue> more) {
        issues.addAll(more);
    }

    /** A string field; scalars read as their text; missing reads as {@code ""}. */
    String text(MapNode map, String key, FieldPath at) {
        return optText(map, key, at).orElse("");
    }

    Optional<String> optText(MapNode map, String key, FieldPath at) {
        Optional<Node> node = map.get(key);
        if (node.isEmpty() || node.get() instanceof NullNode) {
            return Optional.empty();
        }
        Optional<String> scalar = scalarText(node.get());
        if (scalar.isEmpty()) {
            error(ModelCodes.INVALID_FIELD, at.key(key), "expected a string but found a " + kind(node.get())
                    + "; write " + key + " as a single value");
        }
        return scalar;
    }

    /** A list of maps; an item that is not a map is reported and read as an empty map (indexes stay aligned). */
    List<MapNode> maps(MapNode map, String key, FieldPath at) {
        List<MapNode> out = new ArrayList<>();
        for (Node item : list(map, key, at)) {
            if (item instanceof MapNode m) {
                out.add(m);
            } else {
                error(ModelCodes.INVALID_FIELD, at.key(key).index(out.size()),
                        "expected an object but found a " + kind(item));
                out.add(MapNode.empty());
            }
        }
        return out;
    }

    /** The items of a list field; missing reads as empty. */
    List<Node> list(MapNode map, String key, FieldPath at) {
        Optional<Node> node = map.get(key);
        if (node.isEmpty() || node.get() instanceof NullNode) {
            return List.of();
        }
        if (node.get() instanceof ListNode list) {
            return list.items();
        }
        error(ModelCodes.INVALID_FIELD, at.key(key), "expected a list but found a " + kind(node.get())
                + "; write " + key + " as a YAML list");
        return List.of();
    }

    /** A list of strings. */
    List<String> strings(MapNode map, String key, FieldPath at) {
        List<String> out = new ArrayList<>();
        List<Node> items = list(map, key, at);
        for (int i = 0; i < items.size(); i++) {
            Optional<String> text = scalarText(items.get(i));
            if (text.isEmpty()) {
                error(ModelCodes.INVALID_FIELD, at.key(key).index(i), "expected a string but found a "
                        + kind(items.get(i)));
            }
            out.add(text.orElse(""));
        }
        return out;
    }

    Optional<MapNode> map(MapNode map, String key, FieldPath at) {
        Optional<Node> node = map.get(key);
        if (node.isEmpty() || node.get() instanceof NullNode) {
            return Optional.empty();
        }
        if (node.get() instanceof MapNode m) {
            return Optional.of(m);
        }
        error(ModelCodes.INVALID_FIELD, at.key(key), "expected an object but found a " + kind(node.get()));
        return Optional.empty();
    }

    boolean bool(MapNode map, String key, FieldPath at) {
        Optional<Node> node = map.get(key);
        if (node.isEmpty() || node.get() instanceof NullNode) {
            return false;
        }
        if (node.get() instanceof BoolNode b) {
            return b.value();
        }
        error(ModelCodes.INVALID_FIELD, at.key(key), "expected true or false but found a " + kind(node.get()));
        return false;
    }

    int integer(MapNode map, String key, FieldPath at) {
        Optional<Node> node = map.get(key);
        if (node.isEmpty() || node.get() instanceof NullNode) {
            return 0;
        }
        if (node.get() instanceof IntNode n && n.value() >= Integer.MIN_VALUE && n.value() <= Integer.MAX_VALUE) {
            return (int) n.value();
        }
        if (node.get() instanceof FloatNode f && f.isIntegral() && Math.abs(f.value()) <= Integer.MAX_VALUE) {
            return (int) f.value();
        }
        error(ModelCodes.INVALID_FIELD, at.key(key), "expected a whole number but found " + node.get());
        return 0;
    }

    /** A Go duration field ({@code 1h30m}); an unparsable one is reported. */
    Optional<Duration> duration(MapNode map, String key, FieldPath at) {
        Optional<String> text = optText(map, key, at);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Duration> parsed = GoDuration.parse(text.get());
        if (parsed.isEmpty()) {
            error(ModelCodes.INVALID_DURATION, at.key(key), "invalid value: \"" + text.get()
                    + "\" is not a duration; write it as Go does, e.g. 1h30m, 90s or 0 for no timeout");
        }
        return parsed;
    }

    /** Warns about keys of {@code map} outside {@code known}; they are kept in the raw tree. */
    void unknownFields(MapNode map, FieldPath at, Set<String> known) {
        for (String key : map.keys()) {
            if (!known.contains(key)) {
                warning(ModelCodes.UNKNOWN_FIELD, at.key(key), "unknown field \"" + key + "\" is kept but not"
                        + " understood by Windlass; check its spelling against the " + owner.apiVersion() + " API");
            }
        }
    }

    /** The text of a scalar node (Go's JSON text for numbers and booleans), or empty for maps and lists. */
    static Optional<String> scalarText(Node node) {
        if (node instanceof StringNode s) {
            return Optional.of(s.value());
        }
        if (node instanceof IntNode || node instanceof FloatNode || node instanceof BoolNode) {
            return Optional.of(node.toString());
        }
        if (node instanceof NullNode) {
            return Optional.of("");
        }
        return Optional.empty();
    }

    static String kind(Node node) {
        switch (node.type()) {
            case MAP:
                return "map";
            case LIST:
                return "list";
            case STRING:
                return "string";
            case NULL:
                return "null";
            default:
                return "number or boolean";
        }
    }
}
