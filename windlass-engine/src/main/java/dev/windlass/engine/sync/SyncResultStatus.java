package dev.windlass.engine.sync;

import dev.windlass.model.ResourceKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of Argo CD's {@code status.operationState.syncResult.resources[]}, derived from a task
 * and its state the way gitops-engine records results: applies and hooks are {@code Synced} (or
 * {@code SyncFailed}) with the hook phase {@code Running} until they are done; prunes are
 * {@code Pruned}; kept extra objects are {@code PruneSkipped} with Argo CD's message.
 *
 * @param key       the object
 * @param version   the object's API version (without the group), as Argo CD records it
 * @param status    the result code
 * @param hookPhase the operation phase of the task ({@code hookPhase} is written for every resource)
 * @param hookType  the hook type for hooks; empty for other objects
 * @param syncPhase the sync phase the task ran in
 * @param message   the task's message
 */
public record SyncResultStatus(ResourceKey key, String version, ResultCode status, OperationPhase hookPhase,
                               Optional<HookType> hookType, SyncPhase syncPhase, String message) {

    public SyncResultStatus {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(hookPhase, "hookPhase");
        Objects.requireNonNull(hookType, "hookType");
        Objects.requireNonNull(syncPhase, "syncPhase");
        version = version == null ? "" : version;
        message = message == null ? "" : message;
    }

    /** The result entry for {@code task} in {@code state}; empty while the task is pending (Argo CD lists it only once started). */
    public static Optional<SyncResultStatus> of(SyncTask task, TaskState state) {
        if (task.action() == SyncAction.PRUNE_SKIPPED) {
            return Optional.of(entry(task, ResultCode.PRUNE_SKIPPED, OperationPhase.SUCCEEDED, task.message()));
        }
        return switch (state.status()) {
            case PENDING -> Optional.empty();
            case SKIPPED -> task.isPrune()
                    ? Optional.of(entry(task, ResultCode.PRUNE_SKIPPED, OperationPhase.SUCCEEDED, state.message()))
                    : Optional.empty();
            case RUNNING -> Optional.of(entry(task, done(task), OperationPhase.RUNNING, state.message()));
            case SUCCEEDED -> Optional.of(entry(task, done(task), OperationPhase.SUCCEEDED, state.message()));
            case FAILED -> Optional.of(entry(task, ResultCode.SYNC_FAILED, OperationPhase.FAILED, state.message()));
        };
    }

    private static ResultCode done(SyncTask task) {
        return task.isPrune() ? ResultCode.PRUNED : ResultCode.SYNCED;
    }

    private static SyncResultStatus entry(SyncTask task, ResultCode code, OperationPhase phase, String message) {
        Optional<HookType> hookType = task.isHook()
                ? HookType.fromText(task.phase().text()) : Optional.empty();
        return new SyncResultStatus(task.key(), task.object().gvk().version(), code, phase, hookType, task.phase(),
                message);
    }
}
