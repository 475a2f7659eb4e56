package dev.windlass.model.patch;

import dev.windlass.model.GroupKind;
import java.util.List;
import java.util.Optional;

/**
 * How the fields of an object merge: the list types and merge keys that strategic merge patch,
 * server-side apply and Kustomize patches need. One schema serves all three, so the built-in
 * types' merge keys are written down once ({@link #builtin()}).
 *
 * <p>A path names map keys only; list items are skipped: the ports of a container in a Deployment
 * are {@code [spec, template, spec, containers, ports]}.
 */
public interface MergeSchema {

    /** What is known about the field at {@code path} of objects of {@code kind}; empty for an unknown field. */
    Optional<FieldSchema> field(GroupKind kind, List<String> path);

    /** The list type of the field, {@link ListType#ATOMIC} when unknown (JSON merge semantics). */
    default FieldSchema fieldOrAtomic(GroupKind kind, List<String> path) {
        return field(kind, path).orElse(FieldSchema.ATOMIC);
    }

    /** No knowledge: every list is atomic and replaced whole, as for a custom resource without a schema. */
    MergeSchema NONE = (kind, path) -> Optional.empty();

    /** The merge keys and strategies of Kubernetes' built-in types. */
    static MergeSchema builtin() {
        return BuiltinMergeSchema.INSTANCE;
    }

    /** How a list merges in server-side apply ({@code x-kubernetes-list-type}). */
    enum ListType { ATOMIC, SET, MAP }

    /** A {@code patchStrategy} of strategic merge patch. */
    enum PatchStrategy { MERGE, REPLACE, RETAIN_KEYS }

    /**
     * @param listType        server-side apply list type
     * @param listMapKeys     keys that identify an item when {@code listType} is MAP
     *                        ({@code [containerPort, protocol]})
     * @param patchMergeKey   strategic merge patch's single merge key ({@code containerPort}), or null
     * @param patchStrategies strategic merge patch strategies of the field
     * @param atomicMap       whether a map field is replaced whole ({@code x-kubernetes-map-type: atomic})
     */
    record FieldSchema(ListType listType, List<String> listMapKeys, String patchMergeKey,
                       List<PatchStrategy> patchStrategies, boolean atomicMap) {

        public static final FieldSchema ATOMIC = new FieldSchema(ListType.ATOMIC, List.of(), null, List.of(), false);

        public FieldSchema {
            listMapKeys = List.copyOf(listMapKeys);
            patchStrategies = List.copyOf(patchStrategies);
        }

        /** A list of maps merged by {@code keys} in both SMP (first key) and SSA. */
        public static FieldSchema mapList(String... keys) {
            return new FieldSchema(ListType.MAP, List.of(keys), keys[0], List.of(PatchStrategy.MERGE), false);
        }

        /** A list of scalars merged as a set in both SMP and SSA. */
        public static FieldSchema set() {
            return new FieldSchema(ListType.SET, List.of(), null, List.of(PatchStrategy.MERGE), false);
        }

        public boolean merges() {
            return patchStrategies.contains(PatchStrategy.MERGE);
        }
    }
}
