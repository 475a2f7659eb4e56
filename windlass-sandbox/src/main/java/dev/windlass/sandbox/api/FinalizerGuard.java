package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.resource.ApiResource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** While an object is being deleted, finalizers may only be removed. */
final class FinalizerGuard {

    private FinalizerGuard() {
    }

    static void check(ApiResource resource, MapNode current, MapNode updated) {
        if (!Meta.deleting(current)) {
            return;
        }
        Set<String> added = new HashSet<>(Meta.finalizers(updated));
        added.removeAll(Meta.finalizers(current));
        if (!added.isEmpty()) {
            throw ApiException.invalid(resource.group(), resource.kind(), Meta.name(current), List.of(
                    new ApiException.Cause("FieldValueForbidden",
                            "Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers "
                                    + added.stream().sorted().toList(), "metadata.finalizers")));
        }
    }
}
