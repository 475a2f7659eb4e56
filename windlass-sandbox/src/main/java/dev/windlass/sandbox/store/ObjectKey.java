package dev.windlass.sandbox.store;

import java.util.Objects;

/**
 * Where an object is stored: its group and resource (plural), namespace ({@code ""} for
 * cluster-scoped objects) and name. Versions share storage: {@code apps/v1} and a future
 * {@code apps/v2} of the same resource see the same objects.
 */
public record ObjectKey(String group, String resource, String namespace, String name) {

    public ObjectKey {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    public static ObjectKey clusterScoped(String group, String resource, String name) {
        return new ObjectKey(group, resource, "", name);
    }

    /** {@code deployments.apps default/web}, for messages. */
    @Override
    public String toString() {
        String res = group.isEmpty() ? resource : resource + "." + group;
        return namespace.isEmpty() ? res + " " + name : res + " " + namespace + "/" + name;
    }
}
