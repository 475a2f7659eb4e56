package dev.windlass.kustomize;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expands {@code $(VAR)} in the field one var reference spec leads to, the way kustomize's
 * refvar filter does: lists on the way are stepped into; at the field, a string is expanded, a
 * map has its string values expanded, and a list must hold only strings; other scalars are left
 * alone. A path that runs into a scalar before its end is an error, as in kustomize.
 */
final class VarReferences {

    static final String FAILED = "KustomizeVarReferenceFailed";

    private final FieldSpec spec;
    private final Map<String, Object> values;
    private final String file;

    private VarReferences(FieldSpec spec, Map<String, Object> values, String file) {
        this.spec = spec;
        this.values = values;
        this.file = file;
    }

    static MapNode expand(MapNode object, FieldSpec spec, Map<String, Object> values, String file)
            throws KustomizeFailure {
        Node out = new VarReferences(spec, values, file).walk(object, 0, FieldPath.root());
        return out instanceof MapNode map ? map : object;
    }

    private Node walk(Node node, int at, FieldPath where) throws KustomizeFailure {
        if (at == spec.path().size()) {
            return set(node, where);
        }
        if (node instanceof NullNode) {
            return node;
        }
        if (node instanceof ListNode list) {
            List<Node> items = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                items.add(walk(list.items().get(i), at, where.index(i)));
            }
            return items.equals(list.items()) ? list : new ListNode(items);
        }
        if (!(node instanceof MapNode map)) {
            throw fail(where, "expected sequence or mapping node at '" + spec.path().get(at) + "'");
        }
        String segment = spec.path().get(at);
        String key = segment.endsWith("[]") ? segment.substring(0, segment.length() - 2) : segment;
        Node child = map.get(key).orElse(null);
        if (child == null) {
            return map;
        }
        Node changed = walk(child, at + 1, where.key(key));
        return changed == child ? map : map.with(key, changed);
    }

    private Node set(Node node, FieldPath where) throws KustomizeFailure {
        if (node instanceof StringNode s) {
            return typed(VarExpansion.expand(s.value(), values::get));
        }
        if (node instanceof MapNode map) {
            MapNode out = map;
            for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
                if (entry.getValue() instanceof StringNode s) {
                    out = out.with(entry.getKey(), typed(VarExpansion.expand(s.value(), values::get)));
                }
            }
            return out;
        }
        if (node instanceof ListNode list) {
            List<Node> items = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                if (!(list.items().get(i) instanceof StringNode s)) {
                    throw fail(where.index(i), "invalid value type expect a string: vars expand only in lists of"
                            + " strings; quote the value");
                }
                items.add(typed(VarExpansion.expand(s.value(), values::get)));
            }
            return new ListNode(items);
        }
        return node;
    }

    private static Node typed(Object value) {
        if (value instanceof Long l) {
            return Node.of(l.longValue());
        }
        if (value instanceof Double d) {
            return Node.of(d.doubleValue());
        }
        if (value instanceof Boolean b) {
            return Node.of(b.booleanValue());
        }
        return Node.of((String) value);
    }

    private KustomizeFailure fail(FieldPath where, String message) {
        return KustomizeFailure.at(FAILED, file, where, "considering field '" + String.join("/", spec.path())
                + "' for vars: " + message);
    }
}
