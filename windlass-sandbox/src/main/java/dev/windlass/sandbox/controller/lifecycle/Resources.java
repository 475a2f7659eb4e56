package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import dev.windlass.sandbox.store.ObjectKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finding the served resource for a stored key, an owner reference's kind, or every storage table. */
final class Resources {

    static final String CRDS_GROUP = "apiextensions.k8s.io";

    private Resources() {
    }

    /** The resource objects under {@code group}/{@code plural} are served as (its first version). */
    static Optional<ApiResource> of(ResourceRegistry registry, String group, String plural) {
        return registry.versionsOf(group, plural).stream().findFirst();
    }

    static Optional<ApiResource> of(ResourceRegistry registry, ObjectKey key) {
        return of(registry, key.group(), key.resource());
    }

    /** A core ({@code v1}) resource the sandbox always serves. */
    static ApiResource core(ResourceRegistry registry, String plural) {
        return of(registry, "", plural).orElseThrow(() ->
                new IllegalStateException("the registry serves no core resource " + plural));
    }

    /** The resource of {@code kind} in {@code group}, at any version: owner references may name an older one. */
    static Optional<ApiResource> byKind(ResourceRegistry registry, String group, String kind) {
        return registry.all().stream().filter(r -> r.group().equals(group) && r.kind().equals(kind)).findFirst();
    }

    /** One resource per storage table (versions of a resource share storage). */
    static List<ApiResource> distinct(ResourceRegistry registry) {
        Map<String, ApiResource> byTable = new LinkedHashMap<>();
        for (ApiResource resource : registry.all()) {
            byTable.putIfAbsent(resource.group() + "/" + resource.plural(), resource);
        }
        return List.copyOf(byTable.values());
    }

    static boolean is(ObjectKey key, String group, String plural) {
        return key.group().equals(group) && key.resource().equals(plural);
    }
}
