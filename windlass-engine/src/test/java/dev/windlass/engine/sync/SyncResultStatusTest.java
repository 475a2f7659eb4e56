package dev.windlass.engine.sync;

import static dev.windlass.engine.sync.TestObjects.configMap;
import static dev.windlass.engine.sync.TestObjects.deployment;
import static dev.windlass.engine.sync.TestObjects.hook;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SyncResultStatusTest {

    private static final SyncTask APPLY = task(SyncPlanner.plan(SyncInput.of(List.of(deployment("web")), List.of(),
            Set.of(), SyncOptions.NONE, true, "prod", false)));
    private static final SyncTask HOOK = task(SyncPlanner.plan(SyncInput.of(List.of(hook("Job", "pre", "PreSync")),
            List.of(), Set.of(), SyncOptions.NONE, true, "prod", false)));
    private static final SyncTask PRUNE = task(SyncPlanner.plan(SyncInput.of(List.of(), List.of(configMap("old")),
            Set.of(), SyncOptions.NONE, true, "prod", false)));
    private static final SyncTask KEPT = task(SyncPlanner.plan(SyncInput.of(List.of(), List.of(configMap("old")),
            Set.of(), SyncOptions.NONE, false, "prod", false)));

    private static SyncTask task(SyncPlan plan) {
        return plan.tasks().get(0);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(APPLY, TaskState.running("created"), ResultCode.SYNCED, OperationPhase.RUNNING),
                Arguments.of(APPLY, TaskState.succeeded(""), ResultCode.SYNCED, OperationPhase.SUCCEEDED),
                Arguments.of(APPLY, TaskState.failed("denied"), ResultCode.SYNC_FAILED, OperationPhase.FAILED),
                Arguments.of(HOOK, TaskState.running(""), ResultCode.SYNCED, OperationPhase.RUNNING),
                Arguments.of(PRUNE, TaskState.succeeded("pruned"), ResultCode.PRUNED, OperationPhase.SUCCEEDED),
                Arguments.of(PRUNE, TaskState.running("deleting"), ResultCode.PRUNED, OperationPhase.RUNNING),
                Arguments.of(PRUNE, TaskState.failed("forbidden"), ResultCode.SYNC_FAILED, OperationPhase.FAILED),
                Arguments.of(KEPT, TaskState.PENDING, ResultCode.PRUNE_SKIPPED, OperationPhase.SUCCEEDED));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void of_mapsTaskAndStateToArgoCdResultValues(SyncTask task, TaskState state, ResultCode code, OperationPhase phase) {
        SyncResultStatus result = SyncResultStatus.of(task, state).orElseThrow();

        assertThat(result.status()).isEqualTo(code);
        assertThat(result.hookPhase()).isEqualTo(phase);
        assertThat(result.key()).isEqualTo(task.key());
    }

    @Test
    void of_pendingTaskHasNoResultYet() {
        assertThat(SyncResultStatus.of(APPLY, TaskState.PENDING)).isEmpty();
    }

    @Test
    void of_writesArgoCdSpellingsAndTheHookType() {
        SyncResultStatus hook = SyncResultStatus.of(HOOK, TaskState.succeeded("job completed")).orElseThrow();
        SyncResultStatus kept = SyncResultStatus.of(KEPT, TaskState.PENDING).orElseThrow();

        assertThat(hook.hookType()).contains(HookType.PRE_SYNC);
        assertThat(hook.syncPhase().text()).isEqualTo("PreSync");
        assertThat(hook.hookPhase().text()).isEqualTo("Succeeded");
        assertThat(hook.version()).isEqualTo("v1");
        assertThat(kept.status().text()).isEqualTo("PruneSkipped");
        assertThat(kept.message()).isEqualTo("ignored (requires pruning)");
        assertThat(kept.hookType()).isEqualTo(Optional.empty());
        assertThat(SyncResultStatus.of(APPLY, TaskState.failed("x")).orElseThrow().status().text())
                .isEqualTo("SyncFailed");
    }
}
