package dev.windlass.sandbox.apply;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.apply.ManagedFieldsEntry.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Server-side apply as the API server does it (structured-merge-diff's {@code Apply}): merge the
 * applied configuration into the live object, make the applier's {@code Apply} entry exactly the
 * configuration's fields, remove what the applier applied before and no longer applies unless
 * another manager owns it, and refuse to change fields other managers own unless forced.
 *
 * <pre>{@code
 * ApplyResult result = ServerSideApply.apply(ApplyRequest.of(live, body, "kubectl", false,
 *         new GroupKind("apps", "Deployment"), "apps/v1", MergeSchema.builtin(), now));
 * }</pre>
 */
public final class ServerSideApply {

    /** The manager that takes the fields of an object that had no managed fields before its first apply. */
    public static final String BEFORE_FIRST_APPLY = "before-first-apply";

    private ServerSideApply() {
    }

    public static ApplyResult apply(ApplyRequest request) {
        ApplyResult result = applyOnce(request);
        if (result instanceof ApplyResult.Conflicted conflicted && !request.force()
                && LastAppliedUpgrade.covers(request, conflicted.conflicts())) {
            result = applyOnce(new ApplyRequest(request.live(), request.config(), request.manager(), true,
                    request.kind(), request.apiVersion(), request.schema(), request.now(), request.subresource(),
                    request.statusSubresource()));
        }
        return LastAppliedUpgrade.syncAnnotation(request, result);
    }

    private static ApplyResult applyOnce(ApplyRequest request) {
        if (ManagedFields.present(request.config())) {
            return new ApplyResult.Rejected("metadata.managedFields must be nil");
        }
        SchemaCursor cursor = new SchemaCursor(request.kind(), request.schema());
        MapNode live = request.live() == null ? MapNode.empty() : ManagedFields.strip(request.live());
        ManagedFields managed = request.live() == null ? ManagedFields.empty() : ManagedFields.read(request.live());
        FieldSet reset = IgnoredFields.reset(request.subresource(), request.statusSubresource());
        if (request.live() != null && managed.isEmpty()) {
            managed = beforeFirstApply(live, request, reset, cursor);
        }
        MapNode config = (MapNode) FieldRemover.remove(ManagedFields.strip(request.config()), reset, cursor);
        FieldSet applied;
        try {
            applied = AppliedFieldSet.of(config, cursor).difference(IgnoredFields.STRIPPED);
        } catch (IllegalArgumentException e) {
            return new ApplyResult.Rejected("failed to create typed patch object (" + request.apiVersion()
                    + ", Kind=" + request.kind().kind() + "): " + e.getMessage());
        }
        ManagedFieldsEntry entry = ManagedFieldsEntry.of(request.manager(), Operation.APPLY, request.apiVersion(),
                request.now(), applied, request.subresource());
        FieldSet last = managed.find(entry.identity()).map(ManagedFieldsEntry::fieldsV1).orElse(FieldSet.empty());
        ManagedFields withApplier = replace(managed, entry);
        MapNode merged = (MapNode) ApplyMerger.merge(live, config, cursor);
        MapNode pruned = (MapNode) FieldRemover.remove(merged, prunable(last, withApplier.owned()), cursor);
        Comparison comparison = Comparison.of(live, pruned, cursor).excluding(reset);
        Ownership.Outcome outcome = Ownership.transfer(withApplier, entry.identity(), comparison, request.force());
        if (outcome.conflicted()) {
            return new ApplyResult.Conflicted(outcome.conflicts());
        }
        if (request.live() != null && PathElement.Values.equal(live, pruned)
                && outcome.managed().sameIgnoringTimes(ManagedFields.read(request.live()))) {
            return new ApplyResult.Applied(request.live(), false);
        }
        return new ApplyResult.Applied(outcome.managed().writeTo(pruned), true);
    }

    /** Gives every field of an object without managed fields to an {@code Update} entry, as the server does before a first apply. */
    private static ManagedFields beforeFirstApply(MapNode live, ApplyRequest request, FieldSet reset,
                                                  SchemaCursor cursor) {
        FieldSet fields = Comparison.of(MapNode.empty(), live, cursor).excluding(reset).changed()
                .difference(IgnoredFields.STRIPPED);
        if (fields.isEmpty()) {
            return ManagedFields.empty();
        }
        return new ManagedFields(List.of(ManagedFieldsEntry.of(BEFORE_FIRST_APPLY, Operation.UPDATE,
                request.apiVersion(), request.now(), fields, request.subresource())));
    }

    private static ManagedFields replace(ManagedFields managed, ManagedFieldsEntry entry) {
        List<ManagedFieldsEntry> entries = new ArrayList<>();
        managed.entries().stream().filter(e -> !e.identity().equals(entry.identity())).forEach(entries::add);
        entries.add(entry);
        return new ManagedFields(entries);
    }

    /**
     * What to remove from the merged object: each field or item the applier applied last time that
     * no manager (the applier's new configuration included) owns, where a map field counts as
     * owned when anything below it is.
     */
    static FieldSet prunable(FieldSet last, FieldSet owned) {
        FieldSet.Builder out = new FieldSet.Builder();
        collectPrunable(last, owned, out);
        return out.build();
    }

    private static void collectPrunable(FieldSet last, FieldSet owned, FieldSet.Builder out) {
        List<PathElement> elements = new ArrayList<>(last.members());
        last.children().keySet().stream().filter(e -> !last.members().contains(e)).forEach(elements::add);
        for (PathElement element : elements) {
            boolean kept = owned.members().contains(element)
                    || (element instanceof PathElement.Field && !owned.child(element).isEmpty());
            if (!kept) {
                out.member(element);
            } else if (!last.child(element).isEmpty()) {
                collectPrunable(last.child(element), owned.child(element), out.descend(element));
            }
        }
    }
}
