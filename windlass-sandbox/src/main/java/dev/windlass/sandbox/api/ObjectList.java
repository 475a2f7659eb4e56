package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import java.util.List;

/**
 * One page of a list: the items, the resource version the list is consistent with, and the
 * token and estimated remainder when more pages follow.
 */
public record ObjectList(List<MapNode> items, long resourceVersion, String continueToken, long remainingItemCount) {

    public ObjectList {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return continueToken != null;
    }
}
