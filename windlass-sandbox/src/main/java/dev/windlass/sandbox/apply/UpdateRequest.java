package dev.windlass.sandbox.apply;

import dev.windlass.model.GroupKind;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.tree.MapNode;
import java.util.Objects;

/**
 * A non-apply write (create, update or patch) whose managed fields to track.
 *
 * @param oldObject         the stored object, or null for a create
 * @param newObject         the object about to be stored, as the request left it (its managedFields
 *                          are honoured when the client set them, cleared when set to {@code [{}]})
 * @param manager           the field manager ({@link ManagerNames#resolve(String, String)})
 * @param apiVersion        the request's API version
 * @param now               the time to record, RFC 3339
 * @param kind              the object's group and kind, for the merge schema
 * @param schema            list types and merge keys
 * @param subresource       the subresource written ({@code status}), or empty
 * @param statusSubresource whether the resource has a status subresource
 */
public record UpdateRequest(MapNode oldObject, MapNode newObject, String manager, String apiVersion, String now,
                            GroupKind kind, MergeSchema schema, String subresource, boolean statusSubresource) {

    public UpdateRequest {
        Objects.requireNonNull(newObject, "newObject");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(kind, "kind");
        schema = Objects.requireNonNullElse(schema, MergeSchema.NONE);
        subresource = Objects.requireNonNullElse(subresource, "");
    }

    /** A write to the main resource of a kind without a status subresource. */
    public static UpdateRequest of(MapNode oldObject, MapNode newObject, String manager, String apiVersion,
                                   String now, GroupKind kind, MergeSchema schema) {
        return new UpdateRequest(oldObject, newObject, manager, apiVersion, now, kind, schema, "", false);
    }
}
