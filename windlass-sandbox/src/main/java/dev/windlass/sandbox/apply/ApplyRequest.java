package dev.windlass.sandbox.apply;

import dev.windlass.model.GroupKind;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.tree.MapNode;
import java.util.Objects;

/**
 * A server-side apply of {@code config} to {@code live}.
 *
 * @param live              the stored object with its managedFields, or null to create
 * @param config            the applied configuration (the request body)
 * @param manager           the {@code fieldManager} query parameter
 * @param force             the {@code force} query parameter
 * @param kind              the object's group and kind, for the merge schema
 * @param apiVersion        the request's API version, e.g. {@code apps/v1}
 * @param schema            list types and merge keys
 * @param now               the time to record, RFC 3339 (e.g. {@code 2024-05-01T10:00:00Z})
 * @param subresource       the subresource applied to ({@code status}), or empty
 * @param statusSubresource whether the resource has a status subresource
 */
public record ApplyRequest(MapNode live, MapNode config, String manager, boolean force, GroupKind kind,
                           String apiVersion, MergeSchema schema, String now, String subresource,
                           boolean statusSubresource) {

    public ApplyRequest {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(apiVersion, "apiVersion");
        schema = Objects.requireNonNullElse(schema, MergeSchema.NONE);
        Objects.requireNonNull(now, "now");
        subresource = Objects.requireNonNullElse(subresource, "");
    }

    /** An apply to the main resource of a kind without a status subresource. */
    public static ApplyRequest of(MapNode live, MapNode config, String manager, boolean force, GroupKind kind,
                                  String apiVersion, MergeSchema schema, String now) {
        return new ApplyRequest(live, config, manager, force, kind, apiVersion, schema, now, "", false);
    }

    public ApplyRequest withForce(boolean newForce) {
        return new ApplyRequest(live, config, manager, newForce, kind, apiVersion, schema, now, subresource,
                statusSubresource);
    }

    public ApplyRequest withStatusSubresource(String newSubresource, boolean hasStatus) {
        return new ApplyRequest(live, config, manager, force, kind, apiVersion, schema, now, newSubresource,
                hasStatus);
    }
}
