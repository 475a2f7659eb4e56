package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource;

/**
 * Serving one stored object at several versions. Versions of a resource share storage and the
 * sandbox converts with the {@code None} strategy of custom resources: only {@code apiVersion}
 * changes. Built-in kinds served at two versions (autoscaling v1 and v2) are not converted field
 * by field (see docs/sandbox.md).
 */
public final class Versions {

    private Versions() {
    }

    /** {@code object} as served at {@code resource}'s version: the same object when its apiVersion already matches. */
    public static MapNode as(ApiResource resource, MapNode object) {
        String apiVersion = resource.groupVersion();
        if (object.getText("apiVersion").filter(apiVersion::equals).isPresent()) {
            return object;
        }
        return object.with("apiVersion", Node.of(apiVersion));
    }
}
