package dev.windlass.sandbox.apply;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.Iterator;
import java.util.Map;

/**
 * The {@code FieldsV1} encoding of a {@link FieldSet}: one JSON object per level whose keys are
 * serialized {@link PathElement}s; a leaf member maps to {@code {}}; an element that is a member
 * and has members below it carries a {@code ".": {}} entry first.
 */
final class FieldsV1 {

    private FieldsV1() {
    }

    static MapNode encode(FieldSet set) {
        return level(set, false);
    }

    private static MapNode level(FieldSet set, boolean includeSelf) {
        MapNode.Builder out = MapNode.builder();
        if (includeSelf && !set.isEmpty()) {
            out.put(".", MapNode.empty());
        }
        Iterator<PathElement> members = set.members().iterator();
        Iterator<Map.Entry<PathElement, FieldSet>> children = set.children().entrySet().iterator();
        PathElement member = next(members);
        Map.Entry<PathElement, FieldSet> child = next(children);
        while (member != null || child != null) {
            int order = member == null ? 1 : child == null ? -1 : member.compareTo(child.getKey());
            if (order < 0) {
                out.put(member.serialize(), MapNode.empty());
                member = next(members);
            } else {
                out.put(child.getKey().serialize(), level(child.getValue(), order == 0));
                if (order == 0) {
                    member = next(members);
                }
                child = next(children);
            }
        }
        return out.build();
    }

    private static <T> T next(Iterator<T> iterator) {
        return iterator.hasNext() ? iterator.next() : null;
    }

    static FieldSet decode(Node fieldsV1) {
        if (!(fieldsV1 instanceof MapNode map)) {
            throw new IllegalArgumentException("fieldsV1 must be a JSON object, not " + fieldsV1.type());
        }
        FieldSet.Builder builder = new FieldSet.Builder();
        read(map, builder);
        return builder.build();
    }

    /** Reads one level into {@code builder}; true when the level says its element is a member. */
    private static boolean read(MapNode level, FieldSet.Builder builder) {
        boolean self = level.isEmpty();
        for (Map.Entry<String, Node> entry : level.asJavaMap().entrySet()) {
            String key = entry.getKey();
            if (key.equals(".")) {
                self = true;
                continue;
            }
            if (key.length() >= 2 && key.charAt(1) == ':' && "fkvi".indexOf(key.charAt(0)) < 0) {
                continue;
            }
            PathElement element = PathElement.parse(key);
            if (!(entry.getValue() instanceof MapNode below)) {
                throw new IllegalArgumentException("fieldsV1 entry \"" + key + "\" must hold a JSON object, not "
                        + entry.getValue().type());
            }
            if (read(below, builder.descend(element))) {
                builder.member(element);
            }
        }
        return self;
    }
}
