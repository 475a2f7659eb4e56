package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.sandbox.controller.Controller;
import java.util.List;

/** The always-on controllers, in the order they see each change. */
public final class LifecycleControllers {

    private LifecycleControllers() {
    }

    /**
     * Garbage collector, namespace, CRD, service-account/root-CA, load balancer and volume
     * controllers. The namespace controller reports conditions while waiting only once the API
     * keeps a terminating namespace through status writes (see {@link NamespaceController}).
     */
    public static List<Controller> all() {
        return List.of(new GarbageCollector(), new NamespaceController(false), new CrdController(),
                new NamespaceContentsController(), new LoadBalancerController(), new VolumeController());
    }
}
