package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.DeleteOptions;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.controller.Controller;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.StoredObject;
import dev.windlass.sandbox.store.WatchEvent;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * kube-controller-manager's namespace controller. When a namespace gets a
 * {@code deletionTimestamp} it deletes every namespaced object in it, waits (on changes in the
 * namespace and on a periodic re-check) until none remain, then removes {@code kubernetes} from
 * {@code spec.finalizers} so the API server can let the namespace go.
 *
 * <p>While content remains it can report the real controller's conditions
 * ({@link NamespaceConditions}); that is off unless {@code reportWhileWaiting}, because a status
 * write to a terminating namespace must not end it (the API keeps it only while
 * {@code spec.finalizers} is non-empty).
 */
public final class NamespaceController implements Controller {

    /** The finalizer this controller owns in {@code spec.finalizers}. */
    public static final String FINALIZER = "kubernetes";
    private static final WriteOptions AS_CONTROLLER = WriteOptions.as("kube-controller-manager");
    private static final Duration DEBOUNCE = Duration.ofMillis(20);
    private static final Duration RECHECK = Duration.ofSeconds(1);

    private final boolean reportWhileWaiting;
    private final Set<String> terminating = new HashSet<>();
    private final Set<String> scheduled = new HashSet<>();

    /** @param reportWhileWaiting write status conditions while content remains */
    public NamespaceController(boolean reportWhileWaiting) {
        this.reportWhileWaiting = reportWhileWaiting;
    }

    @Override
    public String name() {
        return "namespace";
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return isNamespace(key) || terminating.contains(key.namespace());
    }

    @Override
    public void handle(WatchEvent event, ControllerContext context) {
        if (!isNamespace(event.key())) {
            requestSync(event.key().namespace(), DEBOUNCE, context);
            return;
        }
        String name = event.key().name();
        if (event.type() == WatchEvent.Type.DELETED) {
            terminating.remove(name);
        } else if (Meta.deleting(event.object()) && finalizers(event.object()).contains(FINALIZER)) {
            if (terminating.add(name)) {
                sync(name, context);
            }
        }
    }

    private void requestSync(String namespace, Duration delay, ControllerContext context) {
        if (scheduled.add(namespace)) {
            context.schedule(delay, () -> {
                scheduled.remove(namespace);
                sync(namespace, context);
            });
        }
    }

    /** Deletes what is left in {@code namespace}; finalizes it when nothing is. */
    private void sync(String namespace, ControllerContext context) {
        ObjectService api = context.api();
        ApiResource namespaces = Resources.core(api.registry(), "namespaces");
        Optional<MapNode> current = api.store().get(ObjectKey.clusterScoped("", "namespaces", namespace))
                .map(StoredObject::object);
        if (current.isEmpty() || !Meta.deleting(current.get()) || !finalizers(current.get()).contains(FINALIZER)) {
            terminating.remove(namespace);
            return;
        }
        NamespaceConditions.Content content = deleteContent(api, namespace);
        if (content.isEmpty()) {
            List<Node> rest = finalizers(current.get()).stream().filter(f -> !f.equals(FINALIZER))
                    .map(f -> (Node) Node.of(f)).toList();
            MapNode spec = current.get().getMap("spec").orElse(MapNode.empty()).with("finalizers", new ListNode(rest));
            if (!Writes.attempt(() -> api.update(namespaces, "", namespace, current.get().with("spec", spec),
                    AS_CONTROLLER, null))) {
                requestSync(namespace, DEBOUNCE, context);
            }
            return;
        }
        if (reportWhileWaiting) {
            MapNode status = NamespaceConditions.status(current.get(), content, context.clock().instant());
            if (!status.equals(current.get().getMap("status").orElse(MapNode.empty()))) {
                Writes.attempt(() -> api.update(namespaces, "", namespace, current.get().with("status", status),
                        AS_CONTROLLER, ApiResource.Subresource.STATUS));
            }
        }
        requestSync(namespace, RECHECK, context);
    }

    /** Deletes every namespaced object not already being deleted; returns what is still there. */
    private static NamespaceConditions.Content deleteContent(ObjectService api, String namespace) {
        NamespaceConditions.Content content = new NamespaceConditions.Content();
        for (ApiResource resource : Resources.distinct(api.registry())) {
            if (!resource.namespaced()) {
                continue;
            }
            for (StoredObject stored : api.store().list(resource.group(), resource.plural(), namespace)) {
                if (!Meta.deleting(stored.object())) {
                    Writes.attempt(() -> api.delete(resource, namespace, stored.key().name(),
                            new DeleteOptions(DeleteOptions.Propagation.BACKGROUND, Meta.uid(stored.object()), null, false)));
                }
            }
            api.store().list(resource.group(), resource.plural(), namespace)
                    .forEach(left -> content.add(resource, left.object()));
        }
        return content;
    }

    static List<String> finalizers(MapNode namespace) {
        return namespace.getMap("spec").flatMap(s -> s.getList("finalizers")).map(ListNode::items).orElse(List.of())
                .stream().flatMap(n -> n.asText().stream()).toList();
    }

    private static boolean isNamespace(ObjectKey key) {
        return Resources.is(key, "", "namespaces");
    }
}
