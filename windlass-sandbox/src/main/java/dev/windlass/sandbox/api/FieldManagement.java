package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.resource.ApiResource;

/**
 * Keeps {@code metadata.managedFields}: who set which field. Ordinary writes record an
 * {@code Update} by their manager; an apply patch merges the applied configuration by the
 * server-side apply rules and may refuse with a 409 listing conflicts.
 */
public interface FieldManagement {

    /**
     * The object {@code updated} with managedFields that record this write by {@code manager}.
     *
     * @param old         the stored object, null on create
     * @param subresource {@code "status"} for a status write, else empty
     */
    MapNode track(ApiResource resource, MapNode old, MapNode updated, String manager, String subresource);

    /**
     * The live object (null when absent) after {@code manager} applies {@code applied}, with
     * managedFields updated; a 409 {@link ApiException} when fields conflict and not {@code force}.
     */
    MapNode apply(ApiResource resource, MapNode live, MapNode applied, String manager, boolean force);

    /** The manager a request writes as: {@code fieldManager}, else one derived from its user agent. */
    String managerOf(WriteOptions options);
}
