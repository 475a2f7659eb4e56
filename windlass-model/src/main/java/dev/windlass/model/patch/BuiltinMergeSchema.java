package dev.windlass.model.patch;

import dev.windlass.model.GroupKind;
import java.util.List;
import java.util.Optional;

/** Placeholder until the built-in table lands; every field is unknown. */
final class BuiltinMergeSchema implements MergeSchema {

    static final BuiltinMergeSchema INSTANCE = new BuiltinMergeSchema();

    @Override
    public Optional<FieldSchema> field(GroupKind kind, List<String> path) {
        return Optional.empty();
    }
}
