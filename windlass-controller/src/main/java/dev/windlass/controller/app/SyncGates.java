package dev.windlass.controller.app;

import dev.windlass.engine.sync.SyncAction;
import dev.windlass.engine.sync.SyncPlan;
import dev.windlass.engine.sync.SyncTask;
import dev.windlass.engine.sync.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How {@link SyncRunner} uses its {@link SyncGate}: the objects of a plan go to the gate together
 * before anything is applied; each refused object's task fails with its denial lines, and the
 * operation fails with all of them. Warnings are added to the message of a successful operation.
 */
final class SyncGates {

    /** The start of the operation message when the gate refused objects. */
    static final String DENIED = "one or more objects were denied by policy, nothing was applied: ";

    private SyncGates() {
    }

    static Optional<String> deny(SyncGate gate, SyncPlan plan, TaskResults results) {
        SyncGate.Verdict verdict = gate.review(candidates(plan));
        if (verdict.denied().isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (SyncTask task : plan.tasks()) {
            List<String> denial = task.target() == null ? null : verdict.denied().get(task.target().key());
            if (denial != null && !denial.isEmpty()) {
                results.record(task, TaskState.failed(String.join("; ", denial)));
                lines.addAll(denial);
            }
        }
        return Optional.of(DENIED + String.join("; ", lines));
    }

    static String withWarnings(SyncGate gate, SyncPlan plan, String message) {
        if (plan.dryRun()) {
            return message;
        }
        List<String> warnings = gate.review(candidates(plan)).warnings();
        return warnings.isEmpty() ? message : message + "; policy warnings: " + String.join("; ", warnings);
    }

    private static List<SyncGate.Candidate> candidates(SyncPlan plan) {
        List<SyncGate.Candidate> candidates = new ArrayList<>();
        for (SyncTask task : plan.tasks()) {
            if (task.target() != null && !task.isPrune() && task.action() != SyncAction.PRUNE_SKIPPED) {
                candidates.add(new SyncGate.Candidate(task.target(), task.live()));
            }
        }
        return candidates;
    }
}
