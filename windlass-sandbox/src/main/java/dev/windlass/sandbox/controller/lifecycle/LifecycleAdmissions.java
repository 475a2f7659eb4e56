package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.sandbox.api.Admission;
import dev.windlass.sandbox.resource.ResourceRegistry;
import dev.windlass.sandbox.store.ObjectStore;
import java.util.List;

/** The always-on admission steps: namespace defaults, service allocation, CRD validation. */
public final class LifecycleAdmissions {

    private LifecycleAdmissions() {
    }

    /**
     * The steps in the order they run; {@code store} is read (inside the write lock) for the
     * cluster IPs and node ports in use.
     */
    public static List<Admission> all(ResourceRegistry registry, ObjectStore store) {
        return List.of(new NamespaceAdmission(), new ServiceAdmission(store), new CrdAdmission(registry));
    }
}
