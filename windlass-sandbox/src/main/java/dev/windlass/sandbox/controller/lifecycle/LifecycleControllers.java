package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.sandbox.controller.Controller;
import java.util.List;

/** The lifecycle controllers, in the order they see each change. */
public final class LifecycleControllers {

    private LifecycleControllers() {
    }

    /**
     * What the API server itself depends on and so always runs: the garbage collector and the
     * namespace, CRD and service-account/root-CA controllers.
     */
    public static List<Controller> core() {
        return List.of(new GarbageCollector(), new NamespaceController(true), new CrdController(),
                new NamespaceContentsController());
    }

    /**
     * Simulated infrastructure, switched off with the workload controllers: load balancers get an
     * ingress IP, claims bind to volumes, Ingresses get ingress-nginx's address and
     * HorizontalPodAutoscalers the autoscaler's status.
     */
    public static List<Controller> simulated() {
        return List.of(new LoadBalancerController(), new VolumeController(), new IngressController(),
                new AutoscalerController());
    }
}
