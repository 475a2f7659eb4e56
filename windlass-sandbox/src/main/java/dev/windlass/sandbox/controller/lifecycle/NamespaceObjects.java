package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.StoredObject;
import java.util.Optional;

/** The objects every namespace holds, written when missing or (the CA ConfigMap) changed. */
final class NamespaceObjects {

    static final String ROOT_CA_DESCRIPTION = "Contains a CA bundle that can be used to verify the kube-apiserver "
            + "when using internal endpoints such as the internal service IP or kubernetes.default.svc. "
            + "No other usage is guaranteed across distributions of Kubernetes clusters.";

    private NamespaceObjects() {
    }

    static void ensureServiceAccount(ObjectService api, String namespace, WriteOptions as) {
        if (api.store().get(new ObjectKey("", "serviceaccounts", namespace, "default")).isPresent()) {
            return;
        }
        ApiResource accounts = Resources.core(api.registry(), "serviceaccounts");
        Writes.attempt(() -> api.create(accounts, namespace, MapNode.of("apiVersion", "v1", "kind", "ServiceAccount",
                "metadata", MapNode.of("name", "default", "namespace", namespace)), as));
    }

    static void ensureRootCa(ObjectService api, String namespace, String caPem, WriteOptions as) {
        ApiResource configMaps = Resources.core(api.registry(), "configmaps");
        Optional<MapNode> current = api.store()
                .get(new ObjectKey("", "configmaps", namespace, NamespaceContentsController.ROOT_CA))
                .map(StoredObject::object);
        MapNode data = MapNode.of("ca.crt", caPem);
        if (current.isEmpty()) {
            Writes.attempt(() -> api.create(configMaps, namespace, MapNode.of("apiVersion", "v1", "kind", "ConfigMap",
                    "metadata", MapNode.of("name", NamespaceContentsController.ROOT_CA, "namespace", namespace,
                            "annotations", MapNode.of("kubernetes.io/description", ROOT_CA_DESCRIPTION)),
                    "data", data), as));
        } else if (!current.get().getMap("data").orElse(MapNode.empty()).equals(data)) {
            Writes.attempt(() -> api.update(configMaps, namespace, NamespaceContentsController.ROOT_CA,
                    current.get().with("data", data), as, null));
        }
    }

    static String caOf(MapNode configMap) {
        return configMap.getMap("data").flatMap(d -> d.getText("ca.crt")).orElse("");
    }
}
