package dev.windlass.controller.policy;

import dev.windlass.engine.sync.SyncPlan;
import dev.windlass.engine.sync.SyncTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts each ConstraintTemplate of a sync plan before the first of its constraints (taking that
 * task's phase and wave), as gitops-engine moves a CRD before its custom resources: otherwise the
 * two, both kinds unknown to the kind order, would go by name, and a constraint named before its
 * template would be applied while its kind does not exist yet.
 */
final class PolicyOrder {

    private PolicyOrder() {
    }

    static SyncPlan arrange(SyncPlan plan) {
        List<SyncTask> tasks = new ArrayList<>(plan.tasks());
        boolean moved = false;
        for (int i = 0; i < tasks.size(); i++) {
            SyncTask task = tasks.get(i);
            Optional<String> kind = defines(task);
            if (kind.isEmpty()) {
                continue;
            }
            int first = firstConstraint(tasks, kind.get(), i);
            if (first >= 0) {
                SyncTask anchor = tasks.get(first);
                tasks.remove(i);
                tasks.add(first, new SyncTask(SyncTask.idOf(anchor.phase(), anchor.wave(), task.action(), task.key()),
                        task.key(), task.target(), task.live(), task.action(), anchor.phase(), anchor.wave(),
                        task.message(), task.options(), task.deletePolicies()));
                moved = true;
            }
        }
        return moved ? new SyncPlan(tasks, plan.issues(), plan.dryRun()) : plan;
    }

    private static Optional<String> defines(SyncTask task) {
        if (task.target() == null || task.isPrune() || !GatekeeperKinds.isTemplate(task.target())) {
            return Optional.empty();
        }
        return GatekeeperKinds.constraintKind(task.target());
    }

    /** The index of the first task before {@code limit} that applies a constraint of {@code kind}, or -1. */
    private static int firstConstraint(List<SyncTask> tasks, String kind, int limit) {
        for (int i = 0; i < limit; i++) {
            SyncTask task = tasks.get(i);
            if (task.target() != null && !task.isPrune() && GatekeeperKinds.isConstraint(task.target())
                    && task.target().kind().equals(kind)) {
                return i;
            }
        }
        return -1;
    }
}
