package dev.windlass.kustomize;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.model.tree.NumberText;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mutable, identity-compared copy of a node tree, for {@link KyamlMerge}: kustomize's merge edits
 * the resource in place and shares nodes between the resource and the patch, and its list merge
 * depends on that (an item merged into the resource's list is the same node the resource's list
 * still holds). Scalars keep their {@link Node}; a null scalar may be marked as kept, or as written
 * empty ({@code key:}).
 */
final class KyamlNode {

    enum Kind { MAP, SEQ, SCALAR }

    final Kind kind;
    /** Fields in order (MAP); replacing a value keeps its place, a new field goes last. */
    final Map<String, KyamlNode> fields;
    /** Items (SEQ); replaced as a whole by the list merge. */
    List<KyamlNode> items;
    /** The value (SCALAR). */
    Node scalar;
    /** A null the merge keeps (a null the resource had and the patch did not touch). */
    boolean keptNull;
    /** A null written as an empty value ({@code key:}), which the merge does not keep. */
    boolean writtenEmpty;

    private KyamlNode(Kind kind) {
        this.kind = kind;
        this.fields = kind == Kind.MAP ? new LinkedHashMap<>() : null;
        this.items = kind == Kind.SEQ ? new ArrayList<>() : null;
    }

    static KyamlNode map() {
        return new KyamlNode(Kind.MAP);
    }

    static KyamlNode seq(List<KyamlNode> items) {
        KyamlNode node = new KyamlNode(Kind.SEQ);
        node.items = new ArrayList<>(items);
        return node;
    }

    static KyamlNode scalar(Node value) {
        KyamlNode node = new KyamlNode(Kind.SCALAR);
        node.scalar = value;
        return node;
    }

    static KyamlNode of(Node node) {
        if (node instanceof MapNode map) {
            KyamlNode out = map();
            map.asJavaMap().forEach((k, v) -> out.fields.put(k, of(v)));
            return out;
        }
        if (node instanceof ListNode list) {
            List<KyamlNode> items = new ArrayList<>(list.size());
            list.items().forEach(item -> items.add(of(item)));
            return seq(items);
        }
        return scalar(node);
    }

    /** A copy of {@code node} with the nulls at {@code emptyValues} marked as written empty. */
    static KyamlNode of(Node node, Set<FieldPath> emptyValues) {
        KyamlNode out = of(node);
        for (FieldPath path : emptyValues) {
            KyamlNode at = out.at(path);
            if (at != null && at.isNull()) {
                at.writtenEmpty = true;
            }
        }
        return out;
    }

    private KyamlNode at(FieldPath path) {
        KyamlNode at = this;
        for (FieldPath.Segment segment : path.segments()) {
            if (segment instanceof FieldPath.Key key) {
                at = at.field(key.name());
            } else {
                int index = ((FieldPath.Index) segment).index();
                at = at.isSeq() && index < at.items.size() ? at.items.get(index) : null;
            }
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /** The paths of the nulls under this node still marked as written empty. */
    Set<FieldPath> emptyValues() {
        Set<FieldPath> out = new HashSet<>();
        collectEmpty(FieldPath.root(), out);
        return out;
    }

    private void collectEmpty(FieldPath here, Set<FieldPath> out) {
        switch (kind) {
            case MAP -> fields.forEach((k, v) -> v.collectEmpty(here.key(k), out));
            case SEQ -> {
                for (int i = 0; i < items.size(); i++) {
                    items.get(i).collectEmpty(here.index(i), out);
                }
            }
            case SCALAR -> {
                if (writtenEmpty && isNull()) {
                    out.add(here);
                }
            }
        }
    }

    Node toNode() {
        return switch (kind) {
            case MAP -> {
                MapNode.Builder out = MapNode.builder();
                fields.forEach((k, v) -> out.put(k, v.toNode()));
                yield out.build();
            }
            case SEQ -> new ListNode(items.stream().map(KyamlNode::toNode).toList());
            case SCALAR -> scalar;
        };
    }

    boolean isMap() {
        return kind == Kind.MAP;
    }

    boolean isSeq() {
        return kind == Kind.SEQ;
    }

    boolean isNull() {
        return kind == Kind.SCALAR && scalar instanceof NullNode;
    }

    /** kyaml's IsMissingOrNull. */
    static boolean missingOrNull(KyamlNode node) {
        return node == null || node.isNull();
    }

    /** kyaml's IsEmptyMap: missing, null, or a map without fields. */
    static boolean emptyMap(KyamlNode node) {
        return missingOrNull(node) || node.isMap() && node.fields.isEmpty();
    }

    /** kyaml's IsNilOrEmpty: missing, null, an empty map or an empty list. */
    static boolean nilOrEmpty(KyamlNode node) {
        return emptyMap(node) || node.isSeq() && node.items.isEmpty();
    }

    /** The field's value, or null when this is not a map or has no such field. */
    KyamlNode field(String name) {
        return isMap() ? fields.get(name) : null;
    }

    /**
     * The YAML text of a scalar as kyaml compares it ({@code null} for null); empty for maps and
     * lists, which have no scalar value.
     */
    String text() {
        if (kind != Kind.SCALAR) {
            return "";
        }
        return text(scalar);
    }

    static String text(Node node) {
        if (node instanceof StringNode s) {
            return s.value();
        }
        if (node instanceof IntNode i) {
            return Long.toString(i.value());
        }
        if (node instanceof BoolNode b) {
            return Boolean.toString(b.value());
        }
        if (node instanceof FloatNode f) {
            return NumberText.format(f.value());
        }
        return node instanceof NullNode ? "null" : "";
    }

    /** The kind's name as kyaml prints it in errors. */
    String kindName() {
        return kindName(kind);
    }

    static String kindName(Kind kind) {
        return switch (kind) {
            case MAP -> "MappingNode";
            case SEQ -> "SequenceNode";
            case SCALAR -> "ScalarNode";
        };
    }
}
