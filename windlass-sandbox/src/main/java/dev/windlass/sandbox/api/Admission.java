package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.resource.ApiResource;

/**
 * One step every write passes before it is stored: defaulting, allocation (a Service's cluster
 * IP) or validation. Steps run in order inside the store's write lock, so they must be quick and
 * must not write themselves. A step refuses a write by throwing {@link ApiException}.
 */
@FunctionalInterface
public interface Admission {

    /**
     * @param old      the stored object, null on CREATE
     * @param incoming the object about to be stored (metadata already stamped)
     * @return the object to store, {@code incoming} when nothing changes
     */
    MapNode admit(Operation operation, ApiResource resource, MapNode old, MapNode incoming);

    /**
     * The same step, for steps that depend on the request's options ({@code fieldValidation}) or
     * send warnings; the write path calls this one. By default it ignores the options.
     */
    default MapNode admit(Operation operation, ApiResource resource, MapNode old, MapNode incoming,
                          WriteOptions options) {
        return admit(operation, resource, old, incoming);
    }
}
