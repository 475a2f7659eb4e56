package dev.windlass.model;

import dev.windlass.model.tree.FieldPath;
import java.util.List;
import java.util.Objects;

/**
 * Where an object was read from: the file (a path relative to its source root), the index of the
 * YAML document in that file (0-based), where the object starts, and where each field of the
 * document is. {@code base} is the path of the object inside its document: the root for a plain
 * document, {@code items[3]} for an item of a {@code kind: List} document.
 */
public record Origin(String file, int documentIndex, Position position, SourceMap sourceMap, FieldPath base) {

    public Origin {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(position, "position");
        sourceMap = sourceMap == null ? SourceMap.empty() : sourceMap;
        base = base == null ? FieldPath.root() : base;
    }

    public Origin(String file, int documentIndex, Position position, SourceMap sourceMap) {
        this(file, documentIndex, position, sourceMap, FieldPath.root());
    }

    /** The location of the object. */
    public Location location() {
        return Location.at(file, position);
    }

    /** The location of {@code field} of the object, or of its nearest ancestor that was read. */
    public Location locate(FieldPath field) {
        FieldPath inDocument = new FieldPath(concat(base.segments(), field.segments()));
        return Location.at(file, sourceMap.nearest(inDocument).orElse(position)).withField(field);
    }

    /** The origin of an item of a list document: its fields sit under {@code base.items[index]}. */
    public Origin item(int index) {
        FieldPath itemBase = base.key("items").index(index);
        Position itemPosition = sourceMap.exact(itemBase).orElse(position);
        return new Origin(file, documentIndex, itemPosition, sourceMap, itemBase);
    }

    private static List<FieldPath.Segment> concat(List<FieldPath.Segment> a, List<FieldPath.Segment> b) {
        if (a.isEmpty()) {
            return b;
        }
        java.util.ArrayList<FieldPath.Segment> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public String toString() {
        return file + ":" + position + " (document " + documentIndex + ")";
    }
}
