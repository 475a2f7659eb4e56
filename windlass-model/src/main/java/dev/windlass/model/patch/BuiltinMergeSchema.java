package dev.windlass.model.patch;

import dev.windlass.model.GroupKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merge keys and strategies of Kubernetes' built-in types, looked up by kind and field path.
 * The data lives in {@link BuiltinKinds} (one entry per kind) and {@link BuiltinTypes} (the shared
 * structs); both say which Go types it was read from. A kind not in the table (a custom resource)
 * still has ObjectMeta's fields; everything else about it is unknown.
 */
final class BuiltinMergeSchema implements MergeSchema {

    static final BuiltinMergeSchema INSTANCE = new BuiltinMergeSchema();

    private final Map<GroupKind, TypeSchema> kinds = BuiltinKinds.table();

    private BuiltinMergeSchema() {
    }

    @Override
    public Optional<FieldSchema> field(GroupKind kind, List<String> path) {
        TypeSchema root = kinds.getOrDefault(kind, BuiltinKinds.ANY_OBJECT);
        return root.find(path).map(TypeSchema.Field::schema);
    }
}
