package dev.windlass.kustomize;

import dev.windlass.model.GroupKind;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.patch.MergeSchema.FieldSchema;
import dev.windlass.model.patch.PatchException;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strategic merge patch as kustomize applies it (kyaml's {@code merge2} walk with the patch's list
 * items put first), which is not the API server's {@code strategicpatch}:
 *
 * <ul>
 *   <li>a merged keyed list holds the patch's items in patch order, then the resource's items the
 *       patch did not name; a list of scalars with strategy merge likewise;</li>
 *   <li>lists with two keys (container ports, service ports) match items by every key the items
 *       give, and an item whose key is missing matches on the others;</li>
 *   <li>{@code $patch: delete} removes a map field altogether; {@code $patch} on a list is read
 *       from an item holding only {@code $patch}; {@code $retainKeys},
 *       {@code $setElementOrder/…} and {@code $deleteFromPrimitiveList/…} are not directives and
 *       are merged in as ordinary fields;</li>
 *   <li>lists the schema does not merge, and every list of a kind without a built-in schema
 *       (custom resources), are replaced by the patch's list as written;</li>
 *   <li>the patch's value and the resource's value must be of the same kind (map, list, scalar);</li>
 *   <li>a null the resource has is kept where the patch does not touch it, unless it was written
 *       as an empty value ({@code key:}); every null of the patch removes its field.</li>
 * </ul>
 *
 * <p>Which lists merge comes from the schema given: the built-in one ({@link MergeSchema#builtin()}),
 * or a kustomization's {@code openapi:} file ({@link OpenApiSchema}), which replaces it. A map
 * inside an object the schema does not describe that has its own {@code apiVersion} and
 * {@code kind} of a described type is merged with that type's schema, as kyaml does.
 */
final class KyamlMerge {

    /** Where a node sits in a built-in type's schema; {@code null} stands for no schema. */
    record SchemaAt(GroupKind kind, List<String> path) {
        SchemaAt child(String key) {
            List<String> out = new ArrayList<>(path.size() + 1);
            out.addAll(path);
            out.add(key);
            return new SchemaAt(kind, List.copyOf(out));
        }
    }

    enum Directive { MERGE, REPLACE, DELETE, UNKNOWN }

    static final String PATCH = "$patch";

    /**
     * Lists that merge by key in Kubernetes' types today but not in the Kubernetes 1.21 schema
     * kustomize v5 carries, so kustomize replaces them (with the built-in schema; a custom schema
     * file says for itself).
     */
    private static final Set<String> NOT_MERGED_BY_KUSTOMIZE = Set.of("schedulingGates", "resourceClaims", "matchConditions");

    private final MergeSchema schema;
    private final KyamlLists lists = new KyamlLists(this);

    private KyamlMerge(MergeSchema schema) {
        this.schema = schema;
    }

    /**
     * {@code resource} with {@code patch} merged in, or empty when the patch deletes the whole
     * resource.
     *
     * @throws PatchException when the patch's and the resource's values are of different kinds or
     *                        a {@code $patch} directive is unknown
     */
    static Optional<MapNode> apply(MapNode resource, MapNode patch, MergeSchema schema) {
        return apply(resource, Set.of(), patch, schema).map(Merged::object);
    }

    /**
     * A merged object and where it still has nulls written as empty values (in lists the merge
     * does not walk into).
     */
    record Merged(MapNode object, Set<FieldPath> emptyValues) {
        Merged {
            emptyValues = Set.copyOf(emptyValues);
        }
    }

    /**
     * {@code resource} with {@code patch} merged in, or empty when the patch deletes the whole
     * resource. The resource's nulls at {@code emptyValues} (fields written {@code key:}) are
     * dropped wherever the merge walks, as kustomize does; nulls written out stay.
     */
    static Optional<Merged> apply(MapNode resource, Set<FieldPath> emptyValues, MapNode patch, MergeSchema schema) {
        KyamlNode dest = KyamlNode.of(resource, emptyValues);
        KyamlNode result = new KyamlMerge(schema).walk(dest, KyamlNode.of(patch), null);
        if (KyamlNode.missingOrNull(result) || !result.isMap() || result.fields.isEmpty()) {
            return Optional.empty();
        }
        // kustomize keeps the resource's own node: a patch that replaces the whole object changes nothing
        return Optional.of(result == dest ? new Merged((MapNode) result.toNode(), emptyValues.isEmpty() ? Set.of()
                : result.emptyValues()) : new Merged(resource, emptyValues));
    }

    /** One step of the walk: the merged value of a field, or null to remove the field. */
    KyamlNode walk(KyamlNode dest, KyamlNode origin, SchemaAt at) {
        SchemaAt here = at != null ? at : schemaOf(dest, origin);
        KyamlNode first = !KyamlNode.missingOrNull(dest) ? dest : origin;
        if (KyamlNode.missingOrNull(first) || first.isMap()) {
            requireKind(first, dest, origin);
            return walkMap(dest, origin, here);
        }
        requireKind(first, dest, origin);
        if (first.isSeq()) {
            Optional<List<String>> keys = mergeKeys(here);
            return keys.isPresent() ? lists.walkAssociative(dest, origin, here, keys.get())
                    : (origin != null ? origin : dest);
        }
        return origin != null ? origin : dest;
    }

    private KyamlNode walkMap(KyamlNode dest, KyamlNode origin, SchemaAt at) {
        KyamlNode merged = visitMap(dest, origin);
        if (merged == null || !merged.isMap()) {
            return merged;
        }
        Set<String> keys = new TreeSet<>(merged.fields.keySet());
        if (origin != null && origin.isMap()) {
            keys.addAll(origin.fields.keySet());
        }
        for (String key : keys) {
            KyamlNode value = walk(merged.field(key), origin == null ? null : origin.field(key),
                    at == null ? null : at.child(key));
            if (value == null || value.isNull() && !value.keptNull) {
                merged.fields.remove(key);
            } else {
                merged.fields.put(key, value);
            }
        }
        return merged;
    }

    /** What a map becomes before its fields are merged: the resource's, the patch's, or nothing. */
    private KyamlNode visitMap(KyamlNode dest, KyamlNode origin) {
        if (KyamlNode.missingOrNull(dest)) {
            Directive directive = directiveOrUnknown(origin);
            if (directive == Directive.DELETE) {
                return null;
            }
            if (origin == null && dest != null && !dest.writtenEmpty) {
                dest.keptNull = true;
                return dest;
            }
            return origin;
        }
        if (origin != null && origin.isNull()) {
            return null;
        }
        return switch (directive(origin)) {
            case DELETE -> null;
            case REPLACE -> origin;
            default -> dest;
        };
    }

    /** What a list becomes before its items are merged (lists the schema merges). */
    KyamlNode visitList(KyamlNode dest, KyamlNode origin) {
        if (KyamlNode.missingOrNull(dest)) {
            return origin;
        }
        if (origin != null && origin.isNull()) {
            return null;
        }
        return switch (directive(origin)) {
            case DELETE -> null;
            case REPLACE -> origin;
            default -> dest;
        };
    }

    private Directive directiveOrUnknown(KyamlNode node) {
        try {
            return directive(node);
        } catch (PatchException e) {
            return Directive.UNKNOWN;
        }
    }

    /**
     * The {@code $patch} of a patch map or list, removed from it once read; merge when there is
     * none.
     */
    static Directive directive(KyamlNode patch) {
        if (patch == null) {
            return Directive.MERGE;
        }
        if (patch.isMap()) {
            KyamlNode value = patch.field(PATCH);
            if (value == null) {
                return Directive.MERGE;
            }
            Directive directive = parse(value.text());
            patch.fields.remove(PATCH);
            return directive;
        }
        if (patch.isSeq()) {
            return KyamlLists.listDirective(patch);
        }
        throw new PatchException(PatchException.Kind.INVALID_DIRECTIVE, "no implemented strategic merge patch strategy for "
                + KyamlNode.text(patch.scalar) + "; a $patch directive goes in a map or a list");
    }

    static Directive parse(String text) {
        return switch (text) {
            case "delete" -> Directive.DELETE;
            case "replace" -> Directive.REPLACE;
            case "merge" -> Directive.MERGE;
            default -> throw new PatchException(PatchException.Kind.INVALID_DIRECTIVE, "unknown patch strategy '" + text
                    + "'; use replace, delete or merge");
        };
    }

    /**
     * The merge keys of the list at {@code at} when the schema merges it ({@code []} for a list of
     * scalars merged as a set); empty when the list is replaced.
     */
    private Optional<List<String>> mergeKeys(SchemaAt at) {
        if (at == null) {
            return Optional.empty();
        }
        Optional<FieldSchema> field = schema.field(at.kind(), at.path());
        if (field.isEmpty() || !field.get().merges() || !(schema instanceof OpenApiSchema)
                && !at.path().isEmpty() && NOT_MERGED_BY_KUSTOMIZE.contains(at.path().get(at.path().size() - 1))) {
            return Optional.empty();
        }
        FieldSchema f = field.get();
        if (f.listType() == MergeSchema.ListType.MAP && !f.listMapKeys().isEmpty()) {
            return Optional.of(f.listMapKeys());
        }
        return Optional.of(f.patchMergeKey() == null ? List.of() : List.of(f.patchMergeKey()));
    }

    /**
     * The schema of an object of a kind the schema knows among the sources, as kyaml looks one up
     * where it has none: a built-in kind, or with a custom schema ({@link OpenApiSchema}) a kind
     * that schema describes at that API version.
     */
    private SchemaAt schemaOf(KyamlNode dest, KyamlNode origin) {
        for (KyamlNode source : new KyamlNode[] {dest, origin}) {
            if (KyamlNode.missingOrNull(source) || !source.isMap()) {
                continue;
            }
            String apiVersion = textOf(source.field("apiVersion"));
            String kind = textOf(source.field("kind"));
            if (apiVersion.isEmpty() || kind.isEmpty()) {
                continue;
            }
            if (schema instanceof OpenApiSchema custom) {
                Optional<GroupKind> key = custom.keyFor(apiVersion, kind);
                if (key.isPresent()) {
                    return new SchemaAt(key.get(), List.of());
                }
                continue;
            }
            String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
            if (builtinGroup(group)) {
                return new SchemaAt(new GroupKind(group, kind), List.of());
            }
        }
        return null;
    }

    private static String textOf(KyamlNode node) {
        return node == null || node.kind != KyamlNode.Kind.SCALAR || node.isNull() ? "" : node.text();
    }

    /** Whether kustomize has a built-in schema for the group's kinds (core and {@code *.k8s.io} groups). */
    static boolean builtinGroup(String group) {
        return group.isEmpty() || !group.contains(".") || group.endsWith(".k8s.io");
    }

    private static void requireKind(KyamlNode first, KyamlNode dest, KyamlNode origin) {
        KyamlNode.Kind expected = KyamlNode.missingOrNull(first) ? KyamlNode.Kind.MAP : first.kind;
        for (KyamlNode source : new KyamlNode[] {dest, origin}) {
            if (!KyamlNode.missingOrNull(source) && source.kind != expected) {
                throw new PatchException(PatchException.Kind.INVALID_PATCH, "wrong node kind: expected "
                        + KyamlNode.kindName(expected) + " but got " + source.kindName() + " (" + source.toNode()
                        + "); the patch and the resource must both have a map, a list or a scalar here");
            }
        }
    }
}
