package dev.windlass.model.patch;

import dev.windlass.model.patch.MergeSchema.FieldSchema;
import dev.windlass.model.patch.MergeSchema.ListType;
import dev.windlass.model.patch.MergeSchema.PatchStrategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Go struct of the built-in API types, reduced to what merging needs: for each field worth
 * knowing, its {@link FieldSchema} and, for a struct or a list of structs, the schema of that
 * struct. Shared structs (ObjectMeta, PodSpec, Container) are built once and mounted under every
 * field that holds them. Fields left out are plain: maps and structs merge key by key, lists are
 * atomic.
 */
final class TypeSchema {

    /** A field: how it merges, and the struct inside it (of the field or of its items), if any. */
    record Field(FieldSchema schema, TypeSchema type) {
    }

    static final TypeSchema EMPTY = builder().build();

    private final Map<String, Field> fields;

    private TypeSchema(Map<String, Field> fields) {
        this.fields = Map.copyOf(fields);
    }

    static Builder builder() {
        return new Builder();
    }

    Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The field at {@code path} below this struct, walking through nested structs and list items. */
    Optional<Field> find(List<String> path) {
        TypeSchema current = this;
        Field found = null;
        for (String name : path) {
            if (current == null) {
                return Optional.empty();
            }
            found = current.fields.get(name);
            if (found == null) {
                return Optional.empty();
            }
            current = found.type();
        }
        return Optional.ofNullable(found);
    }

    /** Builds a struct's schema; each method names the Go marker or tag it stands for. */
    static final class Builder {
        private final Map<String, Field> fields = new LinkedHashMap<>();

        private Builder() {
        }

        /** Any field, spelled out. */
        Builder field(String name, FieldSchema schema, TypeSchema type) {
            fields.put(name, new Field(schema, type));
            return this;
        }

        /** A nested struct with no marker: merges field by field. */
        Builder struct(String name, TypeSchema type) {
            return field(name, FieldSchema.ATOMIC, type);
        }

        /** {@code +mapType=atomic} or a struct of {@code +structType=atomic}: replaced whole in apply. */
        Builder atomicMap(String name) {
            return field(name, new FieldSchema(ListType.ATOMIC, List.of(), null, List.of(), true), null);
        }

        /** {@code +listType=atomic} (also the default for a list without markers). */
        Builder atomicList(String name) {
            return field(name, FieldSchema.ATOMIC, null);
        }

        /** {@code patchStrategy:"merge" patchMergeKey:keys[0]} and {@code +listType=map} keyed by {@code keys}. */
        Builder mapList(String name, TypeSchema item, String... keys) {
            return field(name, FieldSchema.mapList(keys), item);
        }

        /** As {@link #mapList} with {@code patchStrategy:"merge,retainKeys"}. */
        Builder mapListRetainingKeys(String name, TypeSchema item, String key) {
            return field(name, new FieldSchema(ListType.MAP, List.of(key), key,
                    List.of(PatchStrategy.MERGE, PatchStrategy.RETAIN_KEYS), false), item);
        }

        /** {@code +listType=map} without a strategic merge key: merged by key in apply, replaced by SMP. */
        Builder applyMapList(String name, TypeSchema item, String... keys) {
            return field(name, new FieldSchema(ListType.MAP, List.of(keys), null, List.of(), false), item);
        }

        /** {@code patchStrategy:"merge"} by {@code key} with {@code +listType=atomic}: merged by SMP only. */
        Builder patchMergeList(String name, TypeSchema item, String key) {
            return field(name, new FieldSchema(ListType.ATOMIC, List.of(), key, List.of(PatchStrategy.MERGE), false), item);
        }

        /** {@code patchStrategy:"merge"} on scalars with {@code +listType=set}. */
        Builder set(String name) {
            return field(name, FieldSchema.set(), null);
        }

        /** {@code +listType=set} without a strategic merge strategy. */
        Builder applySet(String name) {
            return field(name, new FieldSchema(ListType.SET, List.of(), null, List.of(), false), null);
        }

        /** {@code patchStrategy:"retainKeys"} on a struct. */
        Builder retainingKeys(String name, TypeSchema type) {
            return field(name, new FieldSchema(ListType.ATOMIC, List.of(), null, List.of(PatchStrategy.RETAIN_KEYS), false), type);
        }

        /** {@code patchStrategy:"replace"} on a struct that is also {@code +structType=atomic}. */
        Builder replacedAtomicMap(String name) {
            return field(name, new FieldSchema(ListType.ATOMIC, List.of(), null, List.of(PatchStrategy.REPLACE), true), null);
        }

        TypeSchema build() {
            return new TypeSchema(fields);
        }
    }
}
