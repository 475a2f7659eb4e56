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
import java.util.UUID;

/**
 * Create and update, step by step: check the body against the URL, stamp server-owned metadata,
 * keep spec and status apart, run admission (defaulting, allocation, validation), bump the
 * generation, record field managers, store. Called inside the store's write lock by
 * {@link ObjectService}.
 */
final class ObjectWriter {

    /** Metadata the server owns: a client's value is ignored on update. */
    private static final List<String> SERVER_METADATA =
            List.of("uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation");

    private final ObjectStore store;
    private final ResourceRegistry registry;
    private final Clock clock;
    private final List<Admission> admissions;
    private final FieldManagement fields;

    ObjectWriter(ObjectStore store, ResourceRegistry registry, Clock clock, List<Admission> admissions,
                 FieldManagement fields) {
        this.store = store;
        this.registry = registry;
        this.clock = clock;
        this.admissions = List.copyOf(admissions);
        this.fields = fields;
    }

    MapNode current(ApiResource resource, String namespace, String name) {
        return store.get(ObjectService.key(resource, namespace, name))
                .map(stored -> Versions.as(resource, stored.object()))
                .orElseThrow(() -> ApiException.notFound(resource.group(), resource.plural(), name));
    }

    MapNode create(ApiResource resource, String namespace, MapNode body, WriteOptions options) {
        BodyChecks.kindMatches(resource, body);
        MapNode object = BodyChecks.namespaceMatches(resource, namespace, body);
        object = NameGenerator.assign(resource, object);
        object = stampNew(resource, object, options.fieldsTracked());
        object = admit(Operation.CREATE, resource, null, object, options);
        if (!options.fieldsTracked()) {
            object = fields.track(resource, null, object, fields.managerOf(options), "");
        }
        NamespaceGuard.requireActive(store, resource, Meta.namespace(object));
        if (options.dryRun()) {
            return object;
        }
        try {
            StoredObject stored = store.create(ObjectService.key(resource, Meta.namespace(object), Meta.name(object)), object);
            return Versions.as(resource, stored.object());
        } catch (StoreException e) {
            throw new ApiException(409, "AlreadyExists", resource.qualifiedName() + " \"" + Meta.name(object)
                    + "\" already exists", new ApiException.Details(Meta.name(object), resource.group(),
                    resource.plural(), List.of()));
        }
    }

    MapNode update(ApiResource resource, MapNode current, MapNode body, WriteOptions options,
                   Subresource subresource) {
        BodyChecks.kindMatches(resource, body);
        BodyChecks.nameMatches(resource, Meta.name(current), body);
        MapNode object = BodyChecks.namespaceMatches(resource, Meta.namespace(current), body);
        BodyChecks.versionMatches(resource, current, object);
        object = keepServerMetadata(current, object);
        object = splitStatus(resource, current, object, subresource);
        object = admit(Operation.UPDATE, resource, current, object, options);
        object = bumpGeneration(resource, current, object);
        if (!options.fieldsTracked()) {
            String sub = subresource == null ? "" : subresource.path();
            object = fields.track(resource, current, object, fields.managerOf(options), sub);
        }
        if (object.equals(current)) {
            return current;
        }
        if (options.dryRun()) {
            return object;
        }
        ObjectKey key = ObjectService.key(resource, Meta.namespace(current), Meta.name(current));
        long version = Long.parseLong(Meta.text(current, "resourceVersion").orElse("0"));
        if (Meta.deleting(object) && Meta.finalizers(object).isEmpty() && !namespaceStillFinalizing(resource, object)) {
            return Versions.as(resource, store.delete(key, version).object());
        }
        return Versions.as(resource, store.update(key, object, version).object());
    }

    /** Writes a stored object as a controller would, skipping admission: for deletion bookkeeping. */
    MapNode store(ApiResource resource, MapNode current, MapNode updated) {
        ObjectKey key = ObjectService.key(resource, Meta.namespace(current), Meta.name(current));
        long version = Long.parseLong(Meta.text(current, "resourceVersion").orElse("0"));
        return Versions.as(resource, store.update(key, updated, version).object());
    }

    /** A terminating namespace stays until its {@code spec.finalizers} are empty too. */
    private static boolean namespaceStillFinalizing(ApiResource resource, MapNode object) {
        return Deleter.isNamespace(resource) && object.getMap("spec").flatMap(spec -> spec.getList("finalizers"))
                .filter(list -> !list.isEmpty()).isPresent();
    }

    /**
     * Server-owned metadata of a new object. A client's managedFields are dropped (the write is
     * recorded afresh) unless an apply patch has just computed them.
     */
    private MapNode stampNew(ApiResource resource, MapNode object, boolean keepManagedFields) {
        MapNode cleaned = Meta.of(object).without("resourceVersion").without("deletionTimestamp")
                .without("deletionGracePeriodSeconds");
        MapNode metadata = (keepManagedFields ? cleaned : cleaned.without("managedFields"))
                .with("uid", Node.of(UUID.randomUUID().toString()))
                .with("creationTimestamp", Node.of(Meta.timestamp(clock.instant())));
        if (Generation.tracked(resource, registry)) {
            metadata = metadata.with("generation", Node.of(1L));
        } else {
            metadata = metadata.without("generation");
        }
        MapNode stamped = object.with("metadata", metadata);
        return resource.has(Subresource.STATUS) ? stamped.without("status") : stamped;
    }

    private static MapNode keepServerMetadata(MapNode current, MapNode object) {
        MapNode metadata = Meta.of(object);
        MapNode stored = Meta.of(current);
        for (String field : SERVER_METADATA) {
            java.util.Optional<Node> value = stored.get(field);
            metadata = value.isPresent() ? metadata.with(field, value.get()) : metadata.without(field);
        }
        return object.with("metadata", metadata.with("resourceVersion",
                stored.get("resourceVersion").orElse(Node.of(""))));
    }

    /** On the main resource the stored status wins; on {@code /status} only status changes. */
    private static MapNode splitStatus(ApiResource resource, MapNode current, MapNode object, Subresource sub) {
        if (sub == Subresource.STATUS) {
            MapNode result = current.with("metadata", Meta.of(current).with("resourceVersion",
                    Meta.of(object).get("resourceVersion").orElse(Node.of(""))));
            return object.get("status").map(status -> result.with("status", status)).orElse(result.without("status"));
        }
        if (!resource.has(Subresource.STATUS)) {
            return object;
        }
        return current.get("status").map(status -> object.with("status", status)).orElse(object.without("status"));
    }

    private MapNode bumpGeneration(ApiResource resource, MapNode current, MapNode object) {
        if (!Generation.tracked(resource, registry) || !Generation.specChanged(current, object)) {
            return object;
        }
        long generation = Meta.of(current).get("generation").flatMap(n -> n instanceof dev.windlass.model.tree.IntNode i
                ? java.util.Optional.of(i.value()) : java.util.Optional.empty()).orElse(0L);
        return Meta.with(object, "generation", Node.of(generation + 1));
    }

    private MapNode admit(Operation operation, ApiResource resource, MapNode old, MapNode object,
                          WriteOptions options) {
        MapNode result = object;
        for (Admission admission : admissions) {
            result = admission.admit(operation, resource, old, result, options);
        }
        return result;
    }
}
