package dev.windlass.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Identifies one object in a cluster regardless of the API version it is read at: group, kind,
 * namespace ({@code ""} for cluster-scoped objects or when unset) and name.
 * Prints as {@code group/Kind/namespace/name}, the form Argo CD uses.
 */
public record ResourceKey(String group, String kind, String namespace, String name) implements Comparable<ResourceKey> {

    private static final Comparator<ResourceKey> ORDER = Comparator.comparing(ResourceKey::group)
            .thenComparing(ResourceKey::kind)
            .thenComparing(ResourceKey::namespace)
            .thenComparing(ResourceKey::name);

    public ResourceKey {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
        namespace = namespace == null ? "" : namespace;
        name = name == null ? "" : name;
    }

    public GroupKind groupKind() {
        return new GroupKind(group, kind);
    }

    /** A human form for messages: {@code Deployment/prod/web} or {@code Namespace/prod}. */
    public String describe() {
        String kindPart = group.isEmpty() ? kind : kind + "." + group;
        return namespace.isEmpty() ? kindPart + "/" + name : kindPart + "/" + namespace + "/" + name;
    }

    @Override
    public int compareTo(ResourceKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return group + "/" + kind + "/" + namespace + "/" + name;
    }
}
