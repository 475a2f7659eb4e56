package dev.windlass.kustomize;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one mapping of a kustomization field that kustomize decodes into a Go struct (a
 * replacement, a var): field names match ignoring case, as Go's JSON decoding does, and, when
 * strict, unknown fields are refused as kustomize refuses them in a kustomization file.
 */
final class TypedFields {

    private final MapNode map;
    private final String file;
    private final FieldPath at;

    private TypedFields(MapNode map, String file, FieldPath at) {
        this.map = map;
        this.file = file;
        this.at = at;
    }

    /** The mapping {@code node} at {@code at} in {@code file}, with {@code known} field names. */
    static TypedFields of(Node node, String file, FieldPath at, Set<String> known, boolean strict, String what)
            throws KustomizeFailure {
        MapNode map = node.asMap().orElseThrow(() -> KustomizeFailure.at(KustomizationReader.INVALID, file, at,
                what + " must be a mapping"));
        if (strict) {
            for (String key : map.keys()) {
                if (known.stream().noneMatch(key::equalsIgnoreCase)) {
                    throw KustomizeFailure.at(KustomizationReader.INVALID, file, at.key(key), "unknown field '" + key
                            + "' in " + what + "; the known fields are " + String.join(", ", known.stream().sorted().toList()));
                }
            }
        }
        return new TypedFields(map, file, at);
    }

    FieldPath at() {
        return at;
    }

    FieldPath at(String key) {
        return at.key(key);
    }

    String file() {
        return file;
    }

    Optional<Node> get(String key) {
        for (String k : map.keys()) {
            if (k.equalsIgnoreCase(key)) {
                return map.get(k).filter(v -> !v.isNull());
            }
        }
        return Optional.empty();
    }

    boolean has(String key) {
        return get(key).isPresent();
    }

    String text(String key) throws KustomizeFailure {
        Node value = get(key).orElse(null);
        if (value == null) {
            return "";
        }
        if (value instanceof MapNode || value instanceof ListNode) {
            throw fail(key, "'" + key + "' must be a string");
        }
        return Scalars.text(value);
    }

    int integer(String key) throws KustomizeFailure {
        Node value = get(key).orElse(null);
        if (value == null) {
            return 0;
        }
        if (!(value instanceof IntNode number) || number.value() != (int) number.value()) {
            throw fail(key, "'" + key + "' must be a whole number, not " + value);
        }
        return (int) number.value();
    }

    boolean flag(String key) throws KustomizeFailure {
        Node value = get(key).orElse(null);
        if (value == null) {
            return false;
        }
        if (!(value instanceof BoolNode b)) {
            throw fail(key, "'" + key + "' must be true or false, not " + value);
        }
        return b.value();
    }

    /** The list under {@code key}; empty when missing or null. */
    List<Node> list(String key) throws KustomizeFailure {
        Node value = get(key).orElse(null);
        if (value == null) {
            return List.of();
        }
        return value.asList().orElseThrow(() -> fail(key, "'" + key + "' must be a list")).items();
    }

    KustomizeFailure fail(String key, String message) {
        return KustomizeFailure.at(KustomizationReader.INVALID, file, key == null ? at : at.key(key), message);
    }
}
