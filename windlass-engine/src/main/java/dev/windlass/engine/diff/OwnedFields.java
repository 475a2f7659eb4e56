package dev.windlass.engine.diff;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields a set of field managers own in a live object, read from its
 * {@code metadata.managedFields} ({@code FieldsV1}: {@code f:<field>}, {@code k:<json key>} for
 * items of keyed lists, {@code v:<json value>} for set items, {@code i:<index>}, and {@code .} for
 * the container itself). A node with no children is owned whole; the comparison skips it.
 */
final class OwnedFields {

    static final OwnedFields NONE = new OwnedFields(false);
    private static final JsonReader JSON = JsonReader.create(CodecLimits.DEFAULT);

    /** Set while the tree is read from managedFields, never after {@link #of} returns. */
    private boolean whole;
    private final Map<String, OwnedFields> fields = new HashMap<>();
    private final List<Map.Entry<Node, OwnedFields>> keyed = new ArrayList<>();
    private final List<Map.Entry<Node, OwnedFields>> values = new ArrayList<>();
    private final Map<Integer, OwnedFields> indexes = new HashMap<>();

    private OwnedFields(boolean whole) {
        this.whole = whole;
    }

    /** What {@code managers} own in {@code live}; {@link #NONE} when they own nothing or none are named. */
    static OwnedFields of(MapNode live, Set<String> managers) {
        if (managers.isEmpty() || live == null) {
            return NONE;
        }
        OwnedFields root = new OwnedFields(false);
        live.getMap("metadata").flatMap(m -> m.getList("managedFields")).ifPresent(entries -> entries.items().forEach(entry -> {
            MapNode map = entry.asMap().orElse(MapNode.empty());
            if (map.getText("manager").filter(managers::contains).isPresent()) {
                map.getMap("fieldsV1").ifPresent(fields -> root.add(fields));
            }
        }));
        return root;
    }

    boolean isWhole() {
        return whole;
    }

    OwnedFields field(String name) {
        return fields.getOrDefault(name, NONE);
    }

    OwnedFields index(int index) {
        return indexes.getOrDefault(index, NONE);
    }

    /** The owned entry for a list item: by its key fields ({@code k:}), its value ({@code v:}) or its position. */
    OwnedFields item(Node liveItem, int liveIndex) {
        if (this == NONE) {
            return NONE;
        }
        for (Map.Entry<Node, OwnedFields> entry : keyed) {
            if (keyMatches(entry.getKey(), liveItem)) {
                return entry.getValue();
            }
        }
        for (Map.Entry<Node, OwnedFields> entry : values) {
            if (entry.getKey().equals(liveItem)) {
                return entry.getValue();
            }
        }
        return index(liveIndex);
    }

    private static boolean keyMatches(Node key, Node item) {
        if (!(key instanceof MapNode keyFields) || !(item instanceof MapNode fields)) {
            return false;
        }
        return keyFields.asJavaMap().entrySet().stream()
                .allMatch(e -> fields.get(e.getKey()).filter(v -> Values.equal(v, e.getValue())).isPresent());
    }

    private void add(MapNode set) {
        set.asJavaMap().forEach((member, value) -> {
            MapNode children = value.asMap().orElse(MapNode.empty());
            if (member.equals(".")) {
                return;
            }
            OwnedFields child = new OwnedFields(children.isEmpty());
            if (member.startsWith("f:")) {
                child = fields.merge(member.substring(2), child, OwnedFields::merged);
            } else if (member.startsWith("k:")) {
                child = keyedChild(keyed, json(member.substring(2)), child);
            } else if (member.startsWith("v:")) {
                child = keyedChild(values, json(member.substring(2)), child);
            } else if (member.startsWith("i:")) {
                child = indexes.merge(parseIndex(member.substring(2)), child, OwnedFields::merged);
            } else {
                return;
            }
            child.add(children);
        });
    }

    private static OwnedFields keyedChild(List<Map.Entry<Node, OwnedFields>> list, Optional<Node> key, OwnedFields child) {
        if (key.isEmpty()) {
            return new OwnedFields(false);
        }
        for (Map.Entry<Node, OwnedFields> entry : list) {
            if (entry.getKey().equals(key.get())) {
                return merged(entry.getValue(), child);
            }
        }
        list.add(Map.entry(key.get(), child));
        return child;
    }

    /** Two entries for one member (from two managers): owned whole if either says so, children shared. */
    private static OwnedFields merged(OwnedFields existing, OwnedFields added) {
        existing.whole = existing.whole || added.whole;
        return existing;
    }

    private static Optional<Node> json(String text) {
        ParsedStream parsed = JSON.read("managedFields", text);
        if (parsed.hasErrors() || parsed.documents().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parsed.documents().get(0).content());
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
