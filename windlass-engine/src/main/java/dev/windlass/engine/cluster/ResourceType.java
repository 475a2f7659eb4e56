package dev.windlass.engine.cluster;

import dev.windlass.model.GroupVersionKind;
import java.util.Objects;

/**
 * How the cluster serves one kind, as discovery reports it: the resource name in URLs and whether
 * objects of the kind live in a namespace.
 *
 * @param gvk        the group, version and kind
 * @param plural     the resource name, e.g. {@code deployments}
 * @param namespaced true for namespaced kinds, false for cluster-scoped ones
 */
public record ResourceType(GroupVersionKind gvk, String plural, boolean namespaced) {

    public ResourceType {
        Objects.requireNonNull(gvk, "gvk");
        Objects.requireNonNull(plural, "plural");
    }
}
