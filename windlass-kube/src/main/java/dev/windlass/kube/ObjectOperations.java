package dev.windlass.kube;

import dev.windlass.engine.cluster.ApplyOptions;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterException.Reason;
import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * REST operations on single objects and collections, addressed through discovery: server-side
 * apply, get, paged list, create, status update, merge patch and delete. A namespaced object
 * without a namespace goes to the client's default namespace; a cluster-scoped one loses any
 * namespace it was given, as Argo CD does.
 */
final class ObjectOperations {

    /** The field manager of every write. */
    static final String FIELD_MANAGER = "windlass";

    private final ApiClient api;
    private final ApiDiscovery discovery;
    private final String defaultNamespace;

    ObjectOperations(ApiClient api, ApiDiscovery discovery, String defaultNamespace) {
        this.api = api;
        this.discovery = discovery;
        this.defaultNamespace = defaultNamespace == null || defaultNamespace.isEmpty() ? "default" : defaultNamespace;
    }

    KubeObject apply(KubeObject desired, ApplyOptions options) throws ClusterException {
        String verb = options.dryRun() ? "dry-run apply" : "apply";
        ResourceType type = discovery.require(desired.gvk());
        KubeObject body = placed(type, desired);
        requireName(verb, body);
        String path = ApiClient.query(ResourcePaths.object(type, body.namespace(), body.name()), ApiClient.params(
                "fieldManager", FIELD_MANAGER,
                "force", options.force() ? "true" : null,
                "dryRun", options.dryRun() ? "All" : null));
        return object(api.call(verb, ObjectRef.of(body), "PATCH", path, ApiClient.APPLY_PATCH, body.content()));
    }

    Optional<KubeObject> get(GroupVersionKind gvk, String namespace, String name) throws ClusterException {
        ResourceType type = discovery.require(gvk);
        ObjectRef ref = new ObjectRef(gvk, namespaceOf(type, namespace), name);
        ApiClient.Answer answer = api.send("get", ref, "GET", ResourcePaths.object(type, ref.namespace(), name),
                null, null, null);
        if (answer.code() == 404) {
            return Optional.empty();
        }
        if (!answer.ok()) {
            throw Failures.fromStatus("get", ref, answer.code(), answer.body());
        }
        return Optional.of(GenericObjects.withTypeMeta(answer.body(), gvk));
    }

    /** Every object of {@code gvk} in {@code namespace}, or in all namespaces when it is null or empty. */
    List<KubeObject> list(GroupVersionKind gvk, String namespace) throws ClusterException {
        List<KubeObject> out = new ArrayList<>();
        listPages(gvk, namespace, Informers.PAGE, out::addAll);
        return out;
    }

    /** Lists {@code gvk} {@code pageSize} objects per request, handing each page on before reading the next. */
    void listPages(GroupVersionKind gvk, String namespace, long pageSize,
            java.util.function.Consumer<List<KubeObject>> pages) throws ClusterException {
        ResourceType type = discovery.require(gvk);
        ObjectRef ref = new ObjectRef(gvk, namespace, "");
        String next = null;
        do {
            String path = ApiClient.query(ResourcePaths.collection(type, namespace),
                    ApiClient.params("limit", String.valueOf(pageSize), "continue", next));
            MapNode page = api.call("list", ref, "GET", path, null, null);
            List<KubeObject> items = new ArrayList<>();
            for (Node item : page.getList("items").orElse(ListNode.empty()).items()) {
                item.asMap().ifPresent(map -> items.add(GenericObjects.withTypeMeta(map, gvk)));
            }
            pages.accept(items);
            next = page.getMap("metadata").flatMap(m -> m.getText("continue")).filter(c -> !c.isEmpty()).orElse(null);
        } while (next != null);
    }

    KubeObject create(KubeObject object) throws ClusterException {
        ResourceType type = discovery.require(object.gvk());
        KubeObject body = placed(type, object);
        String path = ApiClient.query(ResourcePaths.collection(type, body.namespace()),
                ApiClient.params("fieldManager", FIELD_MANAGER));
        return object(api.call("create", ObjectRef.of(body), "POST", path, ApiClient.JSON, body.content()));
    }

    KubeObject updateStatus(KubeObject object) throws ClusterException {
        ResourceType type = discovery.require(object.gvk());
        KubeObject body = placed(type, object);
        requireName("update status of", body);
        String path = ApiClient.query(ResourcePaths.subresource(type, body.namespace(), body.name(), "status"),
                ApiClient.params("fieldManager", FIELD_MANAGER));
        return object(api.call("update status of", ObjectRef.of(body), "PUT", path, ApiClient.JSON, body.content()));
    }

    KubeObject mergePatch(GroupVersionKind gvk, String namespace, String name, MapNode patch)
            throws ClusterException {
        ResourceType type = discovery.require(gvk);
        ObjectRef ref = new ObjectRef(gvk, namespaceOf(type, namespace), name);
        String path = ApiClient.query(ResourcePaths.object(type, ref.namespace(), name),
                ApiClient.params("fieldManager", FIELD_MANAGER));
        return object(api.call("patch", ref, "PATCH", path, ApiClient.MERGE_PATCH, patch));
    }

    void delete(GroupVersionKind gvk, String namespace, String name, PropagationPolicy policy)
            throws ClusterException {
        ResourceType type = discovery.require(gvk);
        ObjectRef ref = new ObjectRef(gvk, namespaceOf(type, namespace), name);
        MapNode options = MapNode.of("apiVersion", "v1", "kind", "DeleteOptions",
                "propagationPolicy", policy.wireName());
        ApiClient.Answer answer = api.send("delete", ref, "DELETE", ResourcePaths.object(type, ref.namespace(), name),
                ApiClient.JSON, options, null);
        if (!answer.ok() && answer.code() != 404) {
            throw Failures.fromStatus("delete", ref, answer.code(), answer.body());
        }
    }

    /** The namespace a request about {@code type} uses: none for cluster-scoped kinds, else the default when unset. */
    String namespaceOf(ResourceType type, String namespace) {
        if (!type.namespaced()) {
            return "";
        }
        return namespace == null || namespace.isEmpty() ? defaultNamespace : namespace;
    }

    private KubeObject placed(ResourceType type, KubeObject object) {
        if (!type.namespaced()) {
            MapNode metadata = object.metadata();
            return metadata.containsKey("namespace")
                    ? object.withField(FieldPath.of("metadata"), metadata.without("namespace"))
                    : object;
        }
        return object.namespace().isEmpty() ? object.withNamespace(defaultNamespace) : object;
    }

    private static void requireName(String verb, KubeObject object) throws ClusterException {
        if (object.name().isEmpty()) {
            throw new ClusterException(Reason.INVALID, verb + " " + ObjectRef.of(object).describe()
                    + " failed: metadata.name is empty; server-side apply and status updates address objects by"
                    + " name (generateName is not supported here), so set metadata.name");
        }
    }

    private static KubeObject object(MapNode body) {
        return KubeObject.of(body);
    }
}
