package dev.windlass.kube;

import dev.windlass.engine.cluster.ResourceType;
import java.util.Objects;
import java.util.Set;

/**
 * One kind as discovery lists it: how it is addressed and which verbs the server allows.
 *
 * @param type  the resource name and scope
 * @param verbs the verbs, e.g. {@code get list watch create patch delete}
 */
record ServedKind(ResourceType type, Set<String> verbs) {

    ServedKind {
        Objects.requireNonNull(type, "type");
        verbs = Set.copyOf(verbs);
    }

    /** True when an informer can follow the kind (it can be listed and watched). */
    boolean watchable() {
        return verbs.contains("list") && verbs.contains("watch");
    }
}
