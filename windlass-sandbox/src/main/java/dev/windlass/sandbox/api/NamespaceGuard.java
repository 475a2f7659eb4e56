package dev.windlass.sandbox.api;

import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.ObjectStore;
import dev.windlass.sandbox.store.StoredObject;
import java.util.List;

/** A namespaced object can be created only in a namespace that exists and is not terminating. */
final class NamespaceGuard {

    private NamespaceGuard() {
    }

    static void requireActive(ObjectStore store, ApiResource resource, String namespace) {
        if (!resource.namespaced()) {
            return;
        }
        StoredObject stored = store.get(ObjectKey.clusterScoped("", "namespaces", namespace)).orElseThrow(() ->
                new ApiException(404, "NotFound", "namespaces \"" + namespace + "\" not found",
                        new ApiException.Details(namespace, "", "namespaces", List.of())));
        if (Meta.deleting(stored.object())) {
            throw new ApiException(403, "Forbidden", resource.qualifiedName() + " is forbidden: unable to create new"
                    + " content in namespace " + namespace + " because it is being terminated",
                    new ApiException.Details("", resource.group(), resource.plural(), List.of(new ApiException.Cause(
                            "NamespaceTerminating", "namespace " + namespace + " is being terminated",
                            "metadata.namespace"))));
        }
    }
}
