package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ApiResource.Subresource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.ObjectStore;
import dev.windlass.sandbox.store.StoreException;
import dev.windlass.sandbox.store.StoredObject;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/**
 * The API server's request semantics, independent of HTTP: what create, get, list, update,
 * patch and delete do to stored objects. The HTTP layer and the simulated controllers both go
 * through it, so a controller's write is checked and versioned like a client's.
 *
 * <p>Every write is a read-check-write inside the store's write lock: no lost updates, and a
 * patch never needs a retry.
 */
public final class ObjectService {

    private final ObjectStore store;
    private final ResourceRegistry registry;
    private final ObjectWriter writer;
    private final Deleter deleter;
    private final Patcher patcher;

    public ObjectService(ObjectStore store, ResourceRegistry registry, Clock clock, List<Admission> admissions,
                         FieldManagement fields) {
        this.store = store;
        this.registry = registry;
        this.writer = new ObjectWriter(store, registry, clock, admissions, fields);
        this.deleter = new Deleter(store, writer, clock);
        this.patcher = new Patcher(fields);
    }

    public ObjectStore store() {
        return store;
    }

    public ResourceRegistry registry() {
        return registry;
    }

    public MapNode get(ApiResource resource, String namespace, String name) {
        return store.get(key(resource, namespace, name))
                .map(stored -> Versions.as(resource, stored.object()))
                .orElseThrow(() -> ApiException.notFound(resource.group(), resource.plural(), name));
    }

    /** Lists one resource in {@code namespace} (null or empty: all namespaces for namespaced resources). */
    public ObjectList list(ApiResource resource, String namespace, ListOptions options) {
        Predicate<MapNode> filter = ObjectFilters.of(resource, options);
        String scope = resource.namespaced() && namespace != null && !namespace.isEmpty() ? namespace : null;
        return Paging.page(store, resource, scope, filter, options);
    }

    /** The predicate a list or watch with these selectors applies; a 400 for a bad selector. */
    public Predicate<MapNode> filter(ApiResource resource, ListOptions options) {
        return ObjectFilters.of(resource, options);
    }

    public MapNode create(ApiResource resource, String namespace, MapNode body, WriteOptions options) {
        return store.inTransaction(() -> writer.create(resource, namespace, body, options));
    }

    /**
     * Replaces an object (PUT). {@code subresource} null updates the main resource (status kept
     * as stored when the resource has a status subresource); {@code STATUS} updates only status.
     */
    public MapNode update(ApiResource resource, String namespace, String name, MapNode body,
                          WriteOptions options, Subresource subresource) {
        return store.inTransaction(() -> {
            MapNode current = writer.current(resource, namespace, name);
            return writer.update(resource, current, body, options, subresource);
        });
    }

    /** Patches an object; an apply patch creates it when missing. */
    public MapNode patch(ApiResource resource, String namespace, String name, PatchType type, byte[] body,
                         WriteOptions options, Subresource subresource) {
        return store.inTransaction(() -> {
            StoredObject stored = store.get(key(resource, namespace, name)).orElse(null);
            if (stored == null && !(type == PatchType.APPLY_YAML && subresource == null)) {
                throw ApiException.notFound(resource.group(), resource.plural(), name);
            }
            MapNode current = stored == null ? null : Versions.as(resource, stored.object());
            boolean custom = registry.customResource(resource.group(), resource.plural()).isPresent();
            Patcher.Outcome outcome = patcher.patch(resource, custom, namespace, name, current, type, body, options);
            if (current == null) {
                return writer.create(resource, namespace, outcome.object(), outcome.fieldsTracked(options));
            }
            return writer.update(resource, current, outcome.object(), outcome.fieldsTracked(options),
                    subresource);
        });
    }

    /**
     * Binds a pod to a node, as the scheduler's {@code pods/binding} subresource does: sets
     * {@code spec.nodeName}, which an ordinary update may not change. A pod already bound
     * elsewhere is a 409.
     */
    public MapNode bind(ApiResource pods, String namespace, String name, String node) {
        return store.inTransaction(() -> {
            MapNode current = writer.current(pods, namespace, name);
            MapNode spec = current.getMap("spec").orElse(MapNode.empty());
            String bound = spec.getText("nodeName").orElse("");
            if (bound.equals(node)) {
                return current;
            }
            if (!bound.isEmpty()) {
                throw BodyChecks.conflict(pods, name, "pod " + name + " is already assigned to node \"" + bound + "\"");
            }
            return writer.store(pods, current, current.with("spec", spec.with("nodeName", Node.of(node))));
        });
    }

    /** Deletes an object, or marks it for deletion while finalizers remain. */
    public DeleteResult delete(ApiResource resource, String namespace, String name, DeleteOptions options) {
        return store.inTransaction(() -> deleter.delete(resource, writer.current(resource, namespace, name), options));
    }

    /** Deletes every object a list with {@code selection} returns. */
    public List<DeleteResult> deleteCollection(ApiResource resource, String namespace, ListOptions selection,
                                               DeleteOptions options) {
        ObjectList matching = list(resource, namespace, new ListOptions(
                selection.labelSelector(), selection.fieldSelector(), 0, null, null));
        return matching.items().stream()
                .map(item -> store.inTransaction(() -> store.get(key(resource, Meta.namespace(item), Meta.name(item)))
                        .map(s -> deleter.delete(resource, Versions.as(resource, s.object()), options))
                        .orElse(null)))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** The resource an object of this key belongs to, for controllers that hold only a key. */
    public static ObjectKey key(ApiResource resource, String namespace, String name) {
        return new ObjectKey(resource.group(), resource.plural(), resource.namespaced() ? namespace : "", name);
    }

    /** A delete's outcome: the object's last state, and whether it is gone or only marked. */
    public record DeleteResult(MapNode object, boolean gone) {
    }

    static Node text(String value) {
        return Node.of(value);
    }

    static StoreException notFound(ObjectKey key) {
        return new StoreException(StoreException.Reason.NOT_FOUND, key, key + " not found");
    }
}
