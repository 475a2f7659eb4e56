package dev.windlass.sandbox.store;

/** Which events a watch wants: one resource, in one namespace or ({@code namespace == null}) all. */
public record WatchScope(String group, String resource, String namespace) {

    boolean matches(ObjectKey key) {
        return key.group().equals(group)
                && key.resource().equals(resource)
                && (namespace == null || namespace.equals(key.namespace()));
    }

    String table() {
        return group + "/" + resource;
    }
}
