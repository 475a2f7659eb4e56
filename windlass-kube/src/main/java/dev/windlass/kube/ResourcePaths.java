package dev.windlass.kube;

import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.model.GroupVersionKind;

/**
 * REST paths of the API server: {@code /api/v1/namespaces/prod/services/web} for the core group,
 * {@code /apis/apps/v1/namespaces/prod/deployments/web} for named groups. The namespace is left
 * out for cluster-scoped kinds whatever the caller passed.
 */
final class ResourcePaths {

    private ResourcePaths() {
    }

    /** The group version's root: {@code /api/v1} or {@code /apis/apps/v1}. */
    static String groupVersion(GroupVersionKind gvk) {
        return gvk.group().isEmpty() ? "/api/" + gvk.version() : "/apis/" + gvk.group() + "/" + gvk.version();
    }

    /** The collection, across all namespaces when {@code namespace} is empty or null. */
    static String collection(ResourceType type, String namespace) {
        StringBuilder path = new StringBuilder(groupVersion(type.gvk()));
        if (type.namespaced() && namespace != null && !namespace.isEmpty()) {
            path.append("/namespaces/").append(namespace);
        }
        return path.append('/').append(type.plural()).toString();
    }

    /** One object. */
    static String object(ResourceType type, String namespace, String name) {
        return collection(type, namespace) + "/" + name;
    }

    /** One object's subresource, such as {@code status}. */
    static String subresource(ResourceType type, String namespace, String name, String subresource) {
        return object(type, namespace, name) + "/" + subresource;
    }
}
