package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.resource.ApiResource;
import java.util.List;

/**
 * What a fresh cluster holds before anyone writes: the namespaces {@code default},
 * {@code kube-system}, {@code kube-public} and {@code kube-node-lease}, the {@code kubernetes}
 * Service in {@code default} (10.96.0.1:443), one Ready Node {@value SandboxNode#NAME}, and in
 * every namespace the ServiceAccount {@code default} and the ConfigMap {@code kube-root-ca.crt}.
 * Safe to run again on a restored store: existing objects are kept.
 */
public final class Bootstrap {

    /** The namespaces every cluster starts with, in the order they are created. */
    public static final List<String> NAMESPACES = List.of("default", "kube-system", "kube-public", "kube-node-lease");
    private static final WriteOptions AS_SERVER = WriteOptions.as("kube-apiserver");

    private Bootstrap() {
    }

    /** Creates what is missing; {@code caPem} is the cluster CA (null or empty when not serving TLS). */
    public static void run(ObjectService api, String caPem) {
        ApiResource namespaces = Resources.core(api.registry(), "namespaces");
        for (String name : NAMESPACES) {
            createIfMissing(api, namespaces, "", MapNode.of("apiVersion", "v1", "kind", "Namespace",
                    "metadata", MapNode.of("name", name)));
        }
        createIfMissing(api, Resources.core(api.registry(), "services"), "default", kubernetesService());
        SandboxNode.register(api);
        String ca = caPem == null ? "" : caPem;
        NamespaceObjects.ensureRootCa(api, "kube-system", ca, AS_SERVER);
        for (var namespace : api.store().list("", "namespaces", null)) {
            NamespaceObjects.ensureServiceAccount(api, namespace.key().name(), AS_SERVER);
            NamespaceObjects.ensureRootCa(api, namespace.key().name(), ca, AS_SERVER);
        }
    }

    static void createIfMissing(ObjectService api, ApiResource resource, String namespace, MapNode object) {
        String name = object.getMap("metadata").flatMap(m -> m.getText("name")).orElse("");
        if (api.store().get(ObjectService.key(resource, namespace, name)).isEmpty()) {
            Writes.attempt(() -> api.create(resource, namespace, object, AS_SERVER));
        }
    }

    private static MapNode kubernetesService() {
        return MapNode.of("apiVersion", "v1", "kind", "Service",
                "metadata", MapNode.of("name", "kubernetes", "namespace", "default",
                        "labels", MapNode.of("component", "apiserver", "provider", "kubernetes")),
                "spec", MapNode.of("type", "ClusterIP", "clusterIP", "10.96.0.1",
                        "ports", List.of(MapNode.of("name", "https", "port", 443L, "protocol", "TCP",
                                "targetPort", 6443L))));
    }

}
