package dev.windlass.model.patch;

import dev.windlass.model.GroupKind;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;

/**
 * Strategic merge patch ({@code application/strategic-merge-patch+json}, and Kustomize's
 * {@code patchesStrategicMerge}), with the semantics of Kubernetes' {@code strategicpatch}
 * package:
 *
 * <ul>
 *   <li>maps merge key by key; {@code null} deletes a key;</li>
 *   <li>a list whose field has patch strategy {@code merge} and a merge key merges item by item:
 *       a patch item with a known key merges into that item, one with a new key is added; a list of
 *       scalars with strategy {@code merge} is a union; every other list is replaced;</li>
 *   <li>merged lists are ordered as the API server orders them: patch items in patch order,
 *       server-only items in their old order, interleaved by the old order; new items come
 *       before the server-only items that follow them;
 *       {@code $setElementOrder/<field>} gives the order of the patch's items explicitly;</li>
 *   <li>{@code $patch: replace} in a map replaces the map, as a list item replaces the list;
 *       {@code $patch: delete} in a map empties it, as a list item
 *       ({@code {name: x, $patch: delete}}) deletes the items with that key;
 *       {@code $patch: merge} in a map is the default merge;
 *       {@code $retainKeys} keeps only the listed keys of the original;
 *       {@code $deleteFromPrimitiveList/<field>} removes scalars from a list.</li>
 * </ul>
 *
 * <p>Values taken whole from the patch (a key the original lacks, a replaced list) keep no
 * directives and no nulls. Fields the schema does not know merge as maps and replace as lists,
 * so a {@link MergeSchema#NONE} schema gives JSON merge patch semantics plus the directives.
 * Nothing here is specific to the API server: Kustomize uses the same function.
 */
public final class StrategicMergePatch {

    private StrategicMergePatch() {
    }

    /**
     * {@code original} with {@code patch} merged in.
     *
     * @param kind     the kind of the object, for schema lookups
     * @param original the object; {@code null} or a null node count as an empty map
     * @param patch    the patch, a map
     * @param schema   merge keys and strategies, usually {@link MergeSchema#builtin()}
     * @throws PatchException when the patch is not a map, a directive is unknown or malformed, or
     *                        an item of a keyed list has no key
     */
    public static MapNode apply(GroupKind kind, Node original, Node patch, MergeSchema schema) {
        if (!(patch instanceof MapNode patchMap)) {
            throw new PatchException(PatchException.Kind.INVALID_PATCH,
                    "a strategic merge patch must be a map, not a " + patch.type().name().toLowerCase());
        }
        MapNode base;
        if (original == null || original.isNull()) {
            base = MapNode.empty();
        } else if (original instanceof MapNode map) {
            base = map;
        } else {
            throw new PatchException(PatchException.Kind.INVALID_PATCH,
                    "a strategic merge patch applies to a map, not a " + original.type().name().toLowerCase());
        }
        return new SmpMerger(kind, schema).mergeMap(base, patchMap, List.of());
    }
}
