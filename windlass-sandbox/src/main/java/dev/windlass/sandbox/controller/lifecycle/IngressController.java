package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.controller.Controller;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.ObjectStore;
import dev.windlass.sandbox.store.StoredObject;
import dev.windlass.sandbox.store.WatchEvent;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * ingress-nginx as kind's manifest installs it ({@code --controller-class=k8s.io/ingress-nginx
 * --ingress-class=nginx --watch-ingress-without-class=true --publish-status-address=localhost}):
 * after the ready delay every Ingress the controller serves gets
 * {@code status.loadBalancer.ingress: [{hostname: localhost}]}, written through the status
 * subresource as {@code nginx-ingress-controller}.
 *
 * <p>It serves an Ingress whose {@code spec.ingressClassName} names an IngressClass with controller
 * {@value #CONTROLLER_CLASS}, or names {@value #CLASS_NAME} while no IngressClass of that name
 * exists (the class kind's manifest would have created); without a class name, one whose
 * {@code kubernetes.io/ingress.class} annotation is {@value #CLASS_NAME}, or one with neither.
 * Other Ingresses are left alone, and an Ingress that stops being served keeps the status it had,
 * as ingress-nginx leaves it. A served Ingress whose address differs is corrected.
 */
public final class IngressController implements Controller {

    static final String CONTROLLER_CLASS = "k8s.io/ingress-nginx";
    static final String CLASS_NAME = "nginx";
    static final String CLASS_ANNOTATION = "kubernetes.io/ingress.class";
    static final MapNode ADDRESS = MapNode.of("hostname", "localhost");
    private static final String GROUP = "networking.k8s.io";
    private static final WriteOptions AS_NGINX = WriteOptions.as("nginx-ingress-controller");

    private final Set<ObjectKey> pending = new HashSet<>();

    @Override
    public String name() {
        return "ingress-nginx-controller";
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return Resources.is(key, GROUP, "ingresses") || Resources.is(key, GROUP, "ingressclasses");
    }

    @Override
    public void handle(WatchEvent event, ControllerContext context) {
        if (Resources.is(event.key(), GROUP, "ingressclasses")) {
            String className = event.key().name();
            context.api().store().list(GROUP, "ingresses", null).stream()
                    .filter(i -> className(i.object()).filter(className::equals).isPresent())
                    .forEach(i -> consider(i.key(), i.object(), context));
        } else if (event.type() != WatchEvent.Type.DELETED) {
            consider(event.key(), event.object(), context);
        }
    }

    private void consider(ObjectKey key, MapNode ingress, ControllerContext context) {
        if (needsAddress(ingress, context.api().store()) && pending.add(key)) {
            context.schedule(context.readyDelay(), () -> {
                pending.remove(key);
                publish(key, context.api());
            });
        }
    }

    private static void publish(ObjectKey key, ObjectService api) {
        Optional<MapNode> ingress = api.store().get(key).map(StoredObject::object);
        if (ingress.isEmpty() || !needsAddress(ingress.get(), api.store())) {
            return;
        }
        MapNode status = ingress.get().getMap("status").orElse(MapNode.empty());
        MapNode loadBalancer = MapNode.of("ingress", ListNode.of(ADDRESS));
        ApiResource ingresses = Resources.of(api.registry(), GROUP, "ingresses").orElseThrow();
        Writes.attempt(() -> api.update(ingresses, key.namespace(), key.name(),
                ingress.get().with("status", status.with("loadBalancer", loadBalancer)), AS_NGINX,
                ApiResource.Subresource.STATUS));
    }

    private static boolean needsAddress(MapNode ingress, ObjectStore store) {
        return !Meta.deleting(ingress) && served(ingress, store) && !addresses(ingress).equals(ListNode.of(ADDRESS));
    }

    /** Whether ingress-nginx, configured as on kind, takes {@code ingress} as its own. */
    static boolean served(MapNode ingress, ObjectStore store) {
        Optional<String> className = className(ingress);
        if (className.isPresent()) {
            Optional<MapNode> ingressClass = store.get(ObjectKey.clusterScoped(GROUP, "ingressclasses", className.get()))
                    .map(StoredObject::object);
            return ingressClass.isEmpty() ? className.get().equals(CLASS_NAME)
                    : ingressClass.get().getMap("spec").flatMap(s -> s.getText("controller"))
                            .filter(CONTROLLER_CLASS::equals).isPresent();
        }
        return ingress.getMap("metadata")
                .flatMap(m -> m.getMap("annotations")).flatMap(a -> a.getText(CLASS_ANNOTATION))
                .map(CLASS_NAME::equals).orElse(true);
    }

    private static Optional<String> className(MapNode ingress) {
        return ingress.getMap("spec").flatMap(s -> s.getText("ingressClassName")).filter(n -> !n.isEmpty());
    }

    private static ListNode addresses(MapNode ingress) {
        return ingress.getMap("status").flatMap(s -> s.getMap("loadBalancer")).flatMap(l -> l.getList("ingress"))
                .orElse(ListNode.empty());
    }
}
