package dev.windlass.sandbox.apply;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.apply.ManagedFieldsEntry.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Managed-fields tracking for writes other than apply: the fields a write adds or changes move to
 * the writer's {@code Update} entry (merged with what it owned before) and out of every other
 * entry; removed fields leave every entry. At most {@value #MAX_UPDATE_ENTRIES} update entries are
 * kept; the oldest are merged into {@value #ANCIENT_CHANGES} per API version.
 */
public final class UpdateTracker {

    public static final int MAX_UPDATE_ENTRIES = 10;
    public static final String ANCIENT_CHANGES = "ancient-changes";

    private UpdateTracker() {
    }

    /** The managed fields the new object should carry; write them with {@link ManagedFields#writeTo(MapNode)}. */
    public static ManagedFields track(UpdateRequest request) {
        SchemaCursor cursor = new SchemaCursor(request.kind(), request.schema());
        MapNode before = request.oldObject() == null ? MapNode.empty() : ManagedFields.strip(request.oldObject());
        MapNode after = ManagedFields.strip(request.newObject());
        FieldSet reset = IgnoredFields.reset(request.subresource(), request.statusSubresource());
        Comparison comparison = Comparison.of(before, after, cursor).excluding(reset);
        ManagedFields start = startingEntries(request);
        ManagedFields others = Ownership.transfer(start, null, comparison, true).managed();
        FieldSet written = comparison.changed().difference(IgnoredFields.STRIPPED);
        if (written.isEmpty()) {
            return others;
        }
        ManagedFieldsEntry entry = ManagedFieldsEntry.of(request.manager(), Operation.UPDATE, request.apiVersion(),
                request.now(), written, request.subresource());
        Optional<ManagedFieldsEntry> previous = others.find(entry.identity());
        List<ManagedFieldsEntry> entries = new ArrayList<>(others.entries());
        previous.ifPresent(entries::remove);
        entries.add(entry.withFields(previous.map(p -> p.fieldsV1().union(written)).orElse(written)));
        return cap(entries);
    }

    /** {@link #track} written onto the new object. */
    public static MapNode trackInto(UpdateRequest request) {
        return track(request).writeTo(ManagedFields.strip(request.newObject()));
    }

    /**
     * Where tracking starts: a subresource write keeps the stored entries; otherwise entries the
     * client sent are honoured, {@code [{}]} clears them, and no (or unreadable) entries keep the
     * stored ones.
     */
    private static ManagedFields startingEntries(UpdateRequest request) {
        ManagedFields stored = request.oldObject() == null ? ManagedFields.empty() : ManagedFields.read(request.oldObject());
        if (!request.subresource().isEmpty()) {
            return stored;
        }
        if (ManagedFields.requestsReset(request.newObject())) {
            return ManagedFields.empty();
        }
        ManagedFields sent = ManagedFields.read(request.newObject());
        return sent.isEmpty() ? stored : sent;
    }

    private static ManagedFields cap(List<ManagedFieldsEntry> entries) {
        List<ManagedFieldsEntry> updates = new ArrayList<>(entries.stream()
                .filter(e -> e.operation() == Operation.UPDATE).toList());
        if (updates.size() <= MAX_UPDATE_ENTRIES) {
            return new ManagedFields(entries);
        }
        updates.sort(Comparator.comparingLong((ManagedFieldsEntry e) -> ManagedFields.epochSeconds(e.time()))
                .thenComparing(ManagedFieldsEntry::identity));
        List<ManagedFieldsEntry> result = new ArrayList<>(entries);
        Set<String> versionsSeen = new HashSet<>();
        int count = updates.size();
        for (int i = 0; i < updates.size() && count > MAX_UPDATE_ENTRIES; i++) {
            ManagedFieldsEntry oldest = updates.get(i);
            if (versionsSeen.add(oldest.apiVersion())) {
                continue;
            }
            result.remove(oldest);
            ManagedFieldsEntry bucket = ManagedFieldsEntry.of(ANCIENT_CHANGES, Operation.UPDATE, oldest.apiVersion(),
                    oldest.time(), FieldSet.empty(), "");
            if (result.stream().noneMatch(e -> e.identity().equals(bucket.identity()))) {
                ManagedFieldsEntry first = firstOfVersion(updates, i, oldest.apiVersion());
                result.remove(first);
                result.add(bucket.withFields(first.fieldsV1()));
            }
            result.add(ManagedFieldsEntry.of(ANCIENT_CHANGES, Operation.UPDATE, oldest.apiVersion(), oldest.time(),
                    oldest.fieldsV1(), ""));
            count--;
        }
        return new ManagedFields(result);
    }

    private static ManagedFieldsEntry firstOfVersion(List<ManagedFieldsEntry> sorted, int before, String version) {
        for (int i = 0; i < before; i++) {
            if (sorted.get(i).apiVersion().equals(version)) {
                return sorted.get(i);
            }
        }
        throw new IllegalStateException("no earlier update entry for " + version);
    }
}
