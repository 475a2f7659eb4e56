package dev.windlass.sandbox.apply;

import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.FieldManagement;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.resource.ApiResource;
import java.time.Clock;
import java.util.List;

/**
 * {@link FieldManagement} by the rules of server-side apply: {@link UpdateTracker} for ordinary
 * writes, {@link ServerSideApply} for apply patches, with the built-in merge-key schema.
 */
public final class ManagedFieldsAdapter implements FieldManagement {

    private final Clock clock;
    private final MergeSchema schema;

    public ManagedFieldsAdapter(Clock clock, MergeSchema schema) {
        this.clock = clock;
        this.schema = schema;
    }

    @Override
    public MapNode track(ApiResource resource, MapNode old, MapNode updated, String manager, String subresource) {
        return UpdateTracker.trackInto(new UpdateRequest(old, updated, manager, resource.groupVersion(), now(),
                resource.groupKind(), schema, subresource, resource.has(ApiResource.Subresource.STATUS)));
    }

    @Override
    public MapNode apply(ApiResource resource, MapNode live, MapNode applied, String manager, boolean force) {
        ApplyResult result = ServerSideApply.apply(new ApplyRequest(live, applied, manager, force,
                resource.groupKind(), resource.groupVersion(), schema, now(), "",
                resource.has(ApiResource.Subresource.STATUS)));
        if (result instanceof ApplyResult.Applied done) {
            return done.object();
        }
        if (result instanceof ApplyResult.Conflicted conflicted) {
            List<ApiException.Cause> causes = conflicted.conflicts().stream()
                    .map(c -> new ApiException.Cause("FieldManagerConflict", c.message(), c.field())).toList();
            throw new ApiException(409, "Conflict", conflicted.message(), new ApiException.Details(
                    Meta.name(applied), resource.group(), resource.plural(), causes));
        }
        throw ApiException.badRequest(((ApplyResult.Rejected) result).message());
    }

    @Override
    public String managerOf(WriteOptions options) {
        return ManagerNames.resolve(options.fieldManager(), options.userAgent());
    }

    private String now() {
        return Meta.timestamp(clock.instant());
    }
}
