package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.controller.Controller;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.StoredObject;
import dev.windlass.sandbox.store.WatchEvent;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A cloud provider for {@code LoadBalancer} Services: after the ready delay a service gets
 * {@code status.loadBalancer.ingress: [{ip: 172.18.255.N, ipMode: VIP}]}, N unique among the
 * services holding one. A service that stops being a load balancer loses its ingress.
 */
public final class LoadBalancerController implements Controller {

    static final String PREFIX = "172.18.255.";
    private static final WriteOptions AS_CLOUD = WriteOptions.as("cloud-controller-manager");

    private final Set<ObjectKey> pending = new HashSet<>();

    @Override
    public String name() {
        return "service-lb-controller";
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return Resources.is(key, "", "services");
    }

    @Override
    public void handle(WatchEvent event, ControllerContext context) {
        if (event.type() == WatchEvent.Type.DELETED) {
            return;
        }
        MapNode service = event.object();
        boolean wanted = isLoadBalancer(service) && !Meta.deleting(service);
        boolean has = !ingress(service).isEmpty();
        if (wanted && !has && pending.add(event.key())) {
            context.schedule(context.readyDelay(), () -> {
                pending.remove(event.key());
                provision(event.key(), context);
            });
        } else if (!wanted && has) {
            writeIngress(context.api(), service, ListNode.empty());
        }
    }

    private void provision(ObjectKey key, ControllerContext context) {
        ObjectService api = context.api();
        Optional<MapNode> service = api.store().get(key).map(StoredObject::object);
        if (service.isEmpty() || !isLoadBalancer(service.get()) || !ingress(service.get()).isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        api.store().list("", "services", null).forEach(s -> ingress(s.object()).items().forEach(i ->
                i.asMap().flatMap(m -> m.getText("ip")).ifPresent(used::add)));
        for (int n = 1; n < 255; n++) {
            if (!used.contains(PREFIX + n)) {
                writeIngress(api, service.get(), ListNode.of(MapNode.of("ip", PREFIX + n, "ipMode", "VIP")));
                return;
            }
        }
    }

    private static void writeIngress(ObjectService api, MapNode service, ListNode ingress) {
        MapNode status = service.getMap("status").orElse(MapNode.empty());
        MapNode loadBalancer = ingress.isEmpty() ? MapNode.empty() : MapNode.of("ingress", ingress);
        ApiResource services = Resources.core(api.registry(), "services");
        Writes.attempt(() -> api.update(services, Meta.namespace(service), Meta.name(service),
                service.with("status", status.with("loadBalancer", loadBalancer)), AS_CLOUD,
                ApiResource.Subresource.STATUS));
    }

    private static boolean isLoadBalancer(MapNode service) {
        return service.getMap("spec").flatMap(s -> s.getText("type")).filter("LoadBalancer"::equals).isPresent();
    }

    private static ListNode ingress(MapNode service) {
        return service.getMap("status").flatMap(s -> s.getMap("loadBalancer")).flatMap(l -> l.getList("ingress"))
                .orElse(ListNode.empty());
    }

}
