package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.resource.ApiResource;
import java.util.function.Predicate;

/** The filter of a list or watch: its label and field selectors. */
final class ObjectFilters {

    private ObjectFilters() {
    }

    static Predicate<MapNode> of(ApiResource resource, ListOptions options) {
        return object -> true;
    }
}
