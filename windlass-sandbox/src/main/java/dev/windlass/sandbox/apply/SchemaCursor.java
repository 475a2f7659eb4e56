package dev.windlass.sandbox.apply;

import dev.windlass.model.GroupKind;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.patch.MergeSchema.FieldSchema;
import dev.windlass.model.patch.MergeSchema.ListType;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a walk over an object stands in the merge schema: the kind and the map keys from the root
 * (list items add nothing, as {@link MergeSchema} paths skip them). Also names list items as
 * path elements the way the API server does.
 */
record SchemaCursor(GroupKind kind, MergeSchema schema, List<String> path) {

    /** Key fields the built-in schema defaults when an item omits them (ports' protocol). */
    private static final Map<String, Node> KEY_DEFAULTS = Map.of("protocol", Node.of("TCP"));

    SchemaCursor(GroupKind kind, MergeSchema schema) {
        this(kind, schema, List.of());
    }

    SchemaCursor {
        path = List.copyOf(path);
    }

    SchemaCursor child(String key) {
        List<String> next = new ArrayList<>(path.size() + 1);
        next.addAll(path);
        next.add(key);
        return new SchemaCursor(kind, schema, next);
    }

    FieldSchema field() {
        return path.isEmpty() ? FieldSchema.ATOMIC : schema.fieldOrAtomic(kind, path);
    }

    boolean atomicMap() {
        return !path.isEmpty() && schema.field(kind, path).map(FieldSchema::atomicMap).orElse(false);
    }

    /**
     * How the list at this cursor merges, taking its items into account: a map list whose items
     * are not all maps, or a set whose items are not all scalars, is treated as atomic.
     */
    ListType listType(ListNode list) {
        FieldSchema field = field();
        if (field.listType() == ListType.MAP && list.items().stream().allMatch(i -> i instanceof MapNode)) {
            return field.listMapKeys().isEmpty() ? ListType.ATOMIC : ListType.MAP;
        }
        if (field.listType() == ListType.SET
                && list.items().stream().noneMatch(i -> i instanceof MapNode || i instanceof ListNode)) {
            return ListType.SET;
        }
        return ListType.ATOMIC;
    }

    /** The path element of a map-list item: its key fields, defaulted where the schema defaults them. */
    Optional<PathElement> keyOf(MapNode item) {
        List<PathElement.KeyField> fields = new ArrayList<>();
        for (String key : field().listMapKeys()) {
            Optional<Node> value = item.get(key).filter(v -> !v.isNull());
            if (value.isEmpty() && KEY_DEFAULTS.containsKey(key)) {
                value = Optional.of(KEY_DEFAULTS.get(key));
            }
            value.ifPresent(v -> fields.add(new PathElement.KeyField(key, v)));
        }
        return fields.isEmpty() ? Optional.empty() : Optional.of(new PathElement.Key(fields));
    }

    /**
     * The path elements of a list's items, in order. When {@code strict} (an applied
     * configuration), an item of a map list that lacks every key field or two items with one key
     * fail with the API server's message; otherwise such a map list is named by index and
     * duplicates are kept.
     */
    ListElements elements(ListNode list, ManagedPath at, boolean strict) {
        ListType type = listType(list);
        if (!strict && type == ListType.MAP
                && list.items().stream().anyMatch(i -> keyOf((MapNode) i).isEmpty())) {
            type = ListType.ATOMIC;
        }
        List<PathElement> elements = new ArrayList<>(list.size());
        Set<PathElement> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Node item = list.items().get(i);
            PathElement element;
            if (type == ListType.MAP) {
                Optional<PathElement> key = keyOf((MapNode) item);
                if (key.isEmpty()) {
                    return ListElements.failed(at + ": element " + i + ": associative list with keys has an"
                            + " element that omits all key fields " + goList(field().listMapKeys())
                            + " (and doesn't have default values for any key fields)");
                }
                element = key.get();
            } else if (type == ListType.SET) {
                element = PathElement.value(item);
            } else {
                element = PathElement.index(i);
            }
            if (!seen.add(element) && strict) {
                return ListElements.failed(at + ": duplicate entries for key " + element);
            }
            elements.add(element);
        }
        return new ListElements(type, elements, null);
    }

    private static String goList(List<String> names) {
        List<String> quoted = new ArrayList<>();
        names.forEach(n -> quoted.add(GoQuote.quote(n)));
        return "[" + String.join(" ", quoted) + "]";
    }

    /** The elements of a list's items, or why they could not be named. */
    record ListElements(ListType type, List<PathElement> elements, String failure) {
        static ListElements failed(String failure) {
            return new ListElements(ListType.ATOMIC, List.of(), failure);
        }

        boolean ok() {
            return failure == null;
        }
    }
}
