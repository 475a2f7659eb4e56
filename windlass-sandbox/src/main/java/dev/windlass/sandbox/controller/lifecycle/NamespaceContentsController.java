package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.controller.Controller;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.StoredObject;
import dev.windlass.sandbox.store.WatchEvent;
import java.util.Optional;

/**
 * The service-account controller and the root CA publisher: every active namespace holds a
 * ServiceAccount {@code default} and a ConfigMap {@value #ROOT_CA} whose {@code ca.crt} is the
 * cluster CA. Both come back when deleted; the ConfigMap's data is restored when changed. The CA
 * is the one {@link Bootstrap} publishes in {@code kube-system}.
 */
public final class NamespaceContentsController implements Controller {

    static final String ROOT_CA = "kube-root-ca.crt";
    private static final WriteOptions AS_CONTROLLER = WriteOptions.as("kube-controller-manager");

    private String caPem;

    @Override
    public String name() {
        return "serviceaccount";
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return Resources.is(key, "", "namespaces")
                || (Resources.is(key, "", "serviceaccounts") && key.name().equals("default"))
                || (Resources.is(key, "", "configmaps") && key.name().equals(ROOT_CA));
    }

    @Override
    public void handle(WatchEvent event, ControllerContext context) {
        ObjectKey key = event.key();
        if (Resources.is(key, "", "namespaces")) {
            if (event.type() != WatchEvent.Type.DELETED) {
                ensure(context.api(), key.name());
            }
            return;
        }
        if (Resources.is(key, "", "configmaps") && key.namespace().equals("kube-system")
                && event.type() != WatchEvent.Type.DELETED) {
            String published = NamespaceObjects.caOf(event.object());
            if (!published.equals(caPem)) {
                caPem = published;
                context.api().store().list("", "namespaces", null).forEach(ns -> ensure(context.api(), ns.key().name()));
                return;
            }
        }
        ensure(context.api(), key.namespace());
    }

    /** Creates or repairs the default objects of {@code namespace} when it is active. */
    private void ensure(ObjectService api, String namespace) {
        Optional<MapNode> ns = api.store().get(ObjectKey.clusterScoped("", "namespaces", namespace))
                .map(StoredObject::object);
        if (ns.isEmpty() || Meta.deleting(ns.get())) {
            return;
        }
        NamespaceObjects.ensureServiceAccount(api, namespace, AS_CONTROLLER);
        if (caPem != null) {
            NamespaceObjects.ensureRootCa(api, namespace, caPem, AS_CONTROLLER);
        }
    }
}
