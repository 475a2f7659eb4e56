package dev.windlass.model;

import dev.windlass.model.tree.FieldPath;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each field of a parsed document stood in its file, so an issue about a field can point at
 * {@code file:line:col}. Keys are JSON Pointers relative to the document root.
 */
public final class SourceMap {

    private static final SourceMap EMPTY = new SourceMap(Map.of());

    private final Map<String, Position> positions;

    private SourceMap(Map<String, Position> positions) {
        this.positions = positions;
    }

    public static SourceMap empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The position of exactly this field, if it was read from a file. */
    public Optional<Position> exact(FieldPath path) {
        return Optional.ofNullable(positions.get(path.toJsonPointer()));
    }

    /**
     * The position of this field or, when it is absent (a missing field is the typical subject of
     * an issue), of its nearest ancestor that was read.
     */
    public Optional<Position> nearest(FieldPath path) {
        FieldPath current = path;
        while (true) {
            Position found = positions.get(current.toJsonPointer());
            if (found != null) {
                return Optional.of(found);
            }
            if (current.isRoot()) {
                return Optional.empty();
            }
            current = current.parent();
        }
    }

    public int size() {
        return positions.size();
    }

    /** Collects positions while a document is read. */
    public static final class Builder {
        private Map<String, Position> positions = new HashMap<>();

        private Builder() {
        }

        public Builder put(String jsonPointer, Position position) {
            positions.putIfAbsent(jsonPointer, position);
            return this;
        }

        /** Builds the map; the builder must not be used afterwards. */
        public SourceMap build() {
            Map<String, Position> owned = positions;
            positions = null;
            return owned.isEmpty() ? EMPTY : new SourceMap(Collections.unmodifiableMap(owned));
        }
    }
}
