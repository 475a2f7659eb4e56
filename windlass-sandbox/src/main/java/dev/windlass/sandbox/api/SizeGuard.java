package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.resource.ApiResource;

/** The storage limit on one object: etcd's default request limit of 1.5 MiB. */
final class SizeGuard {

    static final int MAX_OBJECT_BYTES = 1_572_864;

    private SizeGuard() {
    }

    static void check(ApiResource resource, MapNode object) {
        int size = WireJson.bytes(object).length;
        if (size > MAX_OBJECT_BYTES) {
            throw new ApiException(413, "RequestEntityTooLarge", resource.qualifiedName() + " \"" + Meta.name(object)
                    + "\" is too large to store: " + size + " bytes, the limit is " + MAX_OBJECT_BYTES
                    + " bytes; move large data to several objects or a volume", null);
        }
    }
}
