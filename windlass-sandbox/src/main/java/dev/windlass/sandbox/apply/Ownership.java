package dev.windlass.sandbox.apply;

import java.util.ArrayList;
import java.util.List;

/**
 * The ownership step shared by apply and update: every manager other than the writer loses the
 * fields the write removed, and the fields the write set are conflicts; an update (or a forced
 * apply) takes those fields away from their owners instead of failing.
 */
final class Ownership {

    /** The entries after the step, or the conflicts that stopped it. */
    record Outcome(ManagedFields managed, List<ApplyConflict> conflicts) {
        boolean conflicted() {
            return !conflicts.isEmpty();
        }
    }

    private Ownership() {
    }

    static Outcome transfer(ManagedFields managed, String writerIdentity, Comparison comparison, boolean force) {
        FieldSet changed = comparison.changed();
        List<ApplyConflict> conflicts = new ArrayList<>();
        List<ManagedFieldsEntry> entries = new ArrayList<>();
        for (ManagedFieldsEntry entry : managed.entries()) {
            if (entry.identity().equals(writerIdentity)) {
                entries.add(entry);
                continue;
            }
            FieldSet taken = entry.fieldsV1().intersection(changed);
            taken.paths().forEach(path -> conflicts.add(ApplyConflict.of(entry, path)));
            entries.add(entry.withFields(entry.fieldsV1().difference(taken).difference(comparison.removed())));
        }
        if (!force && !conflicts.isEmpty()) {
            return new Outcome(managed, ConflictMessages.ordered(conflicts));
        }
        entries.removeIf(entry -> entry.fieldsV1().isEmpty());
        return new Outcome(new ManagedFields(entries), List.of());
    }
}
