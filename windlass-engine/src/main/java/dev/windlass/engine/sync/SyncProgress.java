package dev.windlass.engine.sync;

import dev.windlass.engine.health.Health;
import dev.windlass.model.ResourceKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The sync step machine: from a plan, the persisted task states and the current health of objects,
 * what to do next. It keeps no state of its own, so a restarted controller resumes where it stopped
 * by calling it again. It follows gitops-engine's {@code syncContext.Sync}: a wave runs only when
 * every earlier wave's objects are healthy and its hooks completed; a failed task fails the
 * operation after the SyncFail hooks ran; the last wave's resources are not waited for unless
 * hooks share it.
 */
public final class SyncProgress {

    static final String ALL_RUN = "successfully synced (all tasks run)";
    static final String NO_TASKS = "successfully synced (no more tasks)";
    static final String FAILED = "one or more synchronization tasks completed unsuccessfully";
    static final String SYNC_FAIL_FAILED = "one or more SyncFail hooks failed";

    private SyncProgress() {
    }

    /** The next step for {@code plan} given the persisted {@code states} (missing ids are pending) and live health. */
    public static SyncStep next(SyncPlan plan, Map<String, TaskState> states,
                                Function<ResourceKey, Optional<Health>> health) {
        return decide(plan, settle(plan, states, health));
    }

    /**
     * Every task's state with running tasks moved on by health: an awaited object that is Healthy
     * (or Suspended, or has no health check) succeeds, a Degraded one fails; a hook succeeds when
     * Healthy and fails when Degraded or Unknown; a prune succeeds once its object is gone. In a dry
     * run every running task succeeds. Persist the answer to keep what health decided.
     */
    public static Map<String, TaskState> settle(SyncPlan plan, Map<String, TaskState> states,
                                                Function<ResourceKey, Optional<Health>> health) {
        PlanShape shape = PlanShape.of(plan);
        Map<String, TaskState> settled = new LinkedHashMap<>();
        for (SyncTask task : plan.tasks()) {
            TaskState state = stateOf(task, states);
            if (state.status() == TaskStatus.RUNNING && plan.dryRun()) {
                state = TaskState.succeeded(state.message());
            } else if (state.status() == TaskStatus.RUNNING && shape.awaited(task)) {
                state = TaskHealth.settle(task, state, health.apply(task.key()));
            }
            settled.put(task.id(), state);
        }
        return settled;
    }

    private static TaskState stateOf(SyncTask task, Map<String, TaskState> states) {
        if (task.action() == SyncAction.PRUNE_SKIPPED) {
            return TaskState.skipped(task.message());
        }
        return states.getOrDefault(task.id(), TaskState.PENDING);
    }

    private static SyncStep decide(SyncPlan plan, Map<String, TaskState> states) {
        PlanShape shape = PlanShape.of(plan);
        List<SyncTask> active = plan.tasks().stream().filter(t -> t.action() != SyncAction.PRUNE_SKIPPED).toList();
        if (active.isEmpty()) {
            return new SyncStep.Done(true, NO_TASKS);
        }
        List<SyncTask> main = active.stream().filter(t -> t.phase() != SyncPhase.SYNC_FAIL).toList();
        List<SyncTask> syncFail = active.stream().filter(t -> t.phase() == SyncPhase.SYNC_FAIL).toList();
        List<SyncTask> blocking = active.stream()
                .filter(t -> states.get(t.id()).status() == TaskStatus.RUNNING && shape.awaited(t)).toList();
        List<SyncTask> failed = withStatus(main, states, TaskStatus.FAILED);
        if (!failed.isEmpty()) {
            List<SyncTask> pendingSyncFail = withStatus(syncFail, states, TaskStatus.PENDING);
            if (!pendingSyncFail.isEmpty()) {
                return new SyncStep.Run(pendingSyncFail);
            }
            if (!blocking.isEmpty()) {
                return waitFor(blocking);
            }
            return new SyncStep.Done(false, failureMessage(failed, syncFail, states));
        }
        List<SyncTask> pending = withStatus(main, states, TaskStatus.PENDING);
        if (!pending.isEmpty()) {
            Position next = Position.of(pending.get(0));
            boolean earlierRunning = blocking.stream().anyMatch(t -> Position.of(t).compareTo(next) < 0);
            if (!earlierRunning) {
                return new SyncStep.Run(pending.stream().filter(t -> Position.of(t).equals(next)).toList());
            }
        }
        if (!blocking.isEmpty()) {
            return waitFor(blocking);
        }
        return new SyncStep.Done(true, ALL_RUN);
    }

    private static List<SyncTask> withStatus(List<SyncTask> tasks, Map<String, TaskState> states, TaskStatus status) {
        return tasks.stream().filter(t -> states.get(t.id()).status() == status).toList();
    }

    /** Argo CD's running message: hooks before resources, deletions only when nothing else is awaited. */
    private static SyncStep waitFor(List<SyncTask> blocking) {
        List<SyncTask> awaited = blocking.stream().filter(t -> !t.isPrune()).toList();
        boolean deletion = awaited.isEmpty();
        List<SyncTask> subject = deletion ? blocking : awaited;
        List<SyncTask> hooks = subject.stream().filter(SyncTask::isHook).toList();
        List<SyncTask> resources = subject.stream().filter(t -> !t.isHook()).toList();
        String reason = hooks.isEmpty() ? "healthy state of" : "completion of hook";
        if (deletion) {
            reason = hooks.isEmpty() ? "deletion of" : "deletion of hook";
        }
        String type = resources.isEmpty() ? "hooks" : "resources";
        SyncTask first = hooks.isEmpty() ? resources.get(0) : hooks.get(0);
        ResourceKey key = first.key();
        String message = "waiting for " + reason + " " + key.group() + "/" + key.kind() + "/" + key.name();
        if (subject.size() > 1) {
            message += " and " + (subject.size() - 1) + " more " + type;
        }
        return new SyncStep.Wait(message, blocking.stream().map(SyncTask::key).toList());
    }

    private static String failureMessage(List<SyncTask> failed, List<SyncTask> syncFail, Map<String, TaskState> states) {
        String message = withReasons(FAILED, failed, states);
        List<SyncTask> failedHooks = withStatus(syncFail, states, TaskStatus.FAILED);
        if (!failedHooks.isEmpty()) {
            message += "\n" + withReasons(SYNC_FAIL_FAILED, failedHooks, states);
        }
        return message;
    }

    private static String withReasons(String message, List<SyncTask> tasks, Map<String, TaskState> states) {
        Set<String> reasons = new LinkedHashSet<>();
        tasks.forEach(t -> {
            String reason = states.get(t.id()).message();
            if (!reason.isEmpty()) {
                reasons.add(reason);
            }
        });
        return reasons.isEmpty() ? message : message + ", reason: " + String.join(",", reasons);
    }

    /** A task's place in execution order: phase, then wave. */
    record Position(SyncPhase phase, int wave) implements Comparable<Position> {
        static Position of(SyncTask task) {
            return new Position(task.phase(), task.wave());
        }

        @Override
        public int compareTo(Position other) {
            int byPhase = phase.compareTo(other.phase);
            return byPhase != 0 ? byPhase : Integer.compare(wave, other.wave);
        }
    }

    /** Facts about the whole plan that decide which running tasks are awaited. */
    record PlanShape(boolean multiStep, Position last, boolean lastHasHooks) {
        static PlanShape of(SyncPlan plan) {
            List<SyncTask> active = new ArrayList<>(plan.tasks().stream()
                    .filter(t -> t.action() != SyncAction.PRUNE_SKIPPED).toList());
            if (active.isEmpty()) {
                return new PlanShape(false, null, false);
            }
            boolean multiStep = !Position.of(active.get(0)).equals(Position.of(active.get(active.size() - 1)));
            List<SyncTask> main = active.stream().filter(t -> t.phase() != SyncPhase.SYNC_FAIL).toList();
            Position last = main.isEmpty() ? null : Position.of(main.get(main.size() - 1));
            boolean lastHasHooks = main.stream().anyMatch(t -> t.isHook() && Position.of(t).equals(last));
            return new PlanShape(multiStep, last, lastHasHooks);
        }

        /**
         * True when a running task holds the operation: hooks and prunes always; resources only in a
         * multi-step sync and not in the last wave, unless hooks share that wave.
         */
        boolean awaited(SyncTask task) {
            if (task.isHook() || task.isPrune()) {
                return true;
            }
            boolean inLast = Position.of(task).equals(last);
            return multiStep && (!inLast || lastHasHooks);
        }
    }
}
