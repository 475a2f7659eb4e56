package dev.windlass.sandbox.schema;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops the fields a custom resource's schema does not declare, as apiextensions does when it
 * decodes a request: everything outside {@code properties}/{@code additionalProperties}, except
 * below {@code x-kubernetes-preserve-unknown-fields: true} and except {@code apiVersion},
 * {@code kind} and {@code metadata} of the object itself and of embedded resources. The dropped
 * fields' paths ({@code spec.bogus}, {@code spec.items[0].x}) are returned sorted, for
 * {@code fieldValidation=Strict} errors and {@code Warn} warnings.
 */
public final class Pruner {

    private static final Set<String> META_FIELDS = Set.of("apiVersion", "kind", "metadata");

    private final List<String> unknown = new ArrayList<>();

    private Pruner() {
    }

    /** The object without undeclared fields, and the sorted paths of the fields dropped. */
    public record Result(MapNode object, List<String> unknownFields) {
        public Result {
            unknownFields = List.copyOf(unknownFields);
        }
    }

    /** Prunes a whole custom resource against its version's root schema. */
    public static Result pruneObject(Schema root, MapNode object) {
        Pruner pruner = new Pruner();
        MapNode pruned = root.preserveUnknownFields() ? pruner.keepMap(object, root, true, "")
                : pruner.map(object, root, true, "");
        pruner.unknown.sort(null);
        return new Result(pruned, pruner.unknown);
    }

    private Node value(Node value, Schema s, String path) {
        if (s != null && s.preserveUnknownFields()) {
            return keep(value, s, path);
        }
        if (value instanceof MapNode map) {
            return map(map, s, s != null && s.embeddedResource(), path);
        }
        if (value instanceof ListNode list) {
            return list(list, s == null ? null : s.items(), path, false);
        }
        return value;
    }

    private MapNode map(MapNode map, Schema s, boolean embedded, String path) {
        MapNode.Builder out = MapNode.builder();
        for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
            String key = entry.getKey();
            Schema field = s == null ? null : s.fieldSchema(key);
            if (embedded && META_FIELDS.contains(key)) {
                out.put(key, entry.getValue());
            } else if (field != null) {
                out.put(key, value(entry.getValue(), field, child(path, key)));
            } else {
                unknown.add(child(path, key));
            }
        }
        return out.build();
    }

    private ListNode list(ListNode list, Schema items, String path, boolean preserving) {
        List<Node> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Node item = list.items().get(i);
            String at = path + "[" + i + "]";
            out.add(preserving ? keep(item, items, at) : value(item, items, at));
        }
        return new ListNode(out);
    }

    /** Below preserve-unknown-fields: undeclared fields stay, declared ones are pruned by their schema. */
    private Node keep(Node value, Schema s, String path) {
        if (s == null) {
            return value;
        }
        if (value instanceof MapNode map) {
            return keepMap(map, s, s.embeddedResource(), path);
        }
        if (value instanceof ListNode list) {
            return list(list, s.items(), path, true);
        }
        return value;
    }

    private MapNode keepMap(MapNode map, Schema s, boolean embedded, String path) {
        MapNode.Builder out = MapNode.builder();
        for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
            String key = entry.getKey();
            Schema field = embedded && META_FIELDS.contains(key) ? null : s.fieldSchema(key);
            out.put(key, field == null ? entry.getValue() : value(entry.getValue(), field, child(path, key)));
        }
        return out.build();
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
