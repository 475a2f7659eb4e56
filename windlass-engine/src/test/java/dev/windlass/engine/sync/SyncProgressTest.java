package dev.windlass.engine.sync;

import static dev.windlass.engine.sync.TestObjects.configMap;
import static dev.windlass.engine.sync.TestObjects.deployment;
import static dev.windlass.engine.sync.TestObjects.hook;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.engine.health.Health;
import dev.windlass.engine.health.HealthStatus;
import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SyncProgressTest {

    private static final String WAVE = "argocd.argoproj.io/sync-wave";

    private final Map<ResourceKey, Health> health = new HashMap<>();
    private final Function<ResourceKey, Optional<Health>> lookup = key -> Optional.ofNullable(health.get(key));

    private static SyncPlan plan(List<KubeObject> targets, List<KubeObject> live, boolean prune) {
        return SyncPlanner.plan(SyncInput.of(targets, live, Set.of(), SyncOptions.NONE, prune, "prod", false));
    }

    private static SyncPlan plan(KubeObject... targets) {
        return plan(List.of(targets), List.of(), false);
    }

    private static List<String> names(SyncStep step) {
        assertThat(step).isInstanceOf(SyncStep.Run.class);
        return ((SyncStep.Run) step).tasks().stream().map(t -> t.key().name()).toList();
    }

    private static void mark(Map<String, TaskState> states, SyncStep step, TaskState state) {
        ((SyncStep.Run) step).tasks().forEach(task -> states.put(task.id(), state));
    }

    private void healthOf(KubeObject object, HealthStatus status, String message) {
        health.put(object.key(), new Health(status, message));
    }

    @Test
    void next_runsTheFirstWaveFirst() {
        SyncPlan plan = plan(configMap("a", WAVE, "1"), configMap("b"), configMap("c"));

        assertThat(names(SyncProgress.next(plan, Map.of(), lookup))).containsExactly("b", "c");
    }

    @Test
    void next_singleWaveWithoutHooks_isDoneOnceAppliedWithoutWaitingForHealth() {
        KubeObject web = deployment("web");
        SyncPlan plan = plan(web);
        Map<String, TaskState> states = new HashMap<>();
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.running("deployment.apps/web created"));
        healthOf(web, HealthStatus.PROGRESSING, "rolling out");

        assertThat(SyncProgress.next(plan, states, lookup))
                .isEqualTo(new SyncStep.Done(true, "successfully synced (all tasks run)"));
    }

    @Test
    void next_waitsForAWaveToBeHealthyBeforeTheNextWave() {
        KubeObject db = deployment("db", WAVE, "0");
        SyncPlan plan = plan(db, deployment("web", WAVE, "1"));
        Map<String, TaskState> states = new HashMap<>();
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.running("created"));
        healthOf(db, HealthStatus.PROGRESSING, "Waiting for rollout");

        SyncStep waiting = SyncProgress.next(plan, states, lookup);
        healthOf(db, HealthStatus.HEALTHY, "");
        SyncStep next = SyncProgress.next(plan, states, lookup);

        assertThat(waiting).isEqualTo(new SyncStep.Wait("waiting for healthy state of apps/Deployment/db",
                List.of(db.key())));
        assertThat(names(next)).containsExactly("web");
    }

    @Test
    void next_missingHealthWaitsAndSuspendedCountsAsDone() {
        KubeObject a = deployment("a");
        KubeObject b = deployment("b");
        SyncPlan plan = plan(a, b, configMap("later", WAVE, "1"));
        Map<String, TaskState> states = new HashMap<>();
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.running(""));
        healthOf(a, HealthStatus.MISSING, "");
        healthOf(b, HealthStatus.SUSPENDED, "paused");

        SyncStep step = SyncProgress.next(plan, states, lookup);
        healthOf(a, HealthStatus.HEALTHY, "");

        assertThat(step).isInstanceOf(SyncStep.Wait.class);
        assertThat(((SyncStep.Wait) step).pending()).containsExactly(a.key());
        assertThat(names(SyncProgress.next(plan, states, lookup))).containsExactly("later");
    }

    @Test
    void next_objectsWithoutHealthCheckCountAsHealthy() {
        SyncPlan plan = plan(configMap("settings"), deployment("web", WAVE, "1"));
        Map<String, TaskState> states = new HashMap<>();
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.running(""));

        assertThat(names(SyncProgress.next(plan, states, lookup))).containsExactly("web");
    }

    @Test
    void next_degradedObjectInAWave_failsTheOperationWithItsMessage() {
        KubeObject db = deployment("db");
        SyncPlan plan = plan(db, deployment("web", WAVE, "1"));
        Map<String, TaskState> states = new HashMap<>();
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.running(""));
        healthOf(db, HealthStatus.DEGRADED, "Deployment exceeded its progress deadline");

        SyncStep step = SyncProgress.next(plan, states, lookup);

        assertThat(step).isEqualTo(new SyncStep.Done(false, "one or more synchronization tasks completed "
                + "unsuccessfully, reason: Deployment exceeded its progress deadline"));
    }

    @Test
    void next_failedApply_runsSyncFailHooksThenFails() {
        KubeObject onFail = hook("Job", "page-oncall", "SyncFail");
        SyncPlan plan = plan(configMap("bad"), configMap("never", WAVE, "1"), onFail);
        Map<String, TaskState> states = new HashMap<>();
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.failed("admission webhook denied"));

        SyncStep runFailHooks = SyncProgress.next(plan, states, lookup);
        mark(states, runFailHooks, TaskState.running("job created"));
        healthOf(onFail, HealthStatus.PROGRESSING, "running");
        SyncStep waiting = SyncProgress.next(plan, states, lookup);
        healthOf(onFail, HealthStatus.HEALTHY, "job completed");
        SyncStep done = SyncProgress.next(plan, states, lookup);

        assertThat(names(runFailHooks)).containsExactly("page-oncall");
        assertThat(waiting).isInstanceOf(SyncStep.Wait.class);
        assertThat(((SyncStep.Wait) waiting).reason()).isEqualTo("waiting for completion of hook batch/Job/page-oncall");
        assertThat(done).isEqualTo(new SyncStep.Done(false,
                "one or more synchronization tasks completed unsuccessfully, reason: admission webhook denied"));
    }

    @Test
    void next_failedSyncFailHook_isNamedInTheFailureMessage() {
        KubeObject onFail = hook("Job", "cleanup", "SyncFail");
        SyncPlan plan = plan(configMap("bad"), onFail);
        Map<String, TaskState> states = new HashMap<>();
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.failed("boom"));
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.failed("image pull failed"));

        SyncStep done = SyncProgress.next(plan, states, lookup);

        assertThat(done).isEqualTo(new SyncStep.Done(false, "one or more synchronization tasks completed "
                + "unsuccessfully, reason: boom\none or more SyncFail hooks failed, reason: image pull failed"));
    }

    @Test
    void next_successNeverRunsSyncFailHooks() {
        SyncPlan plan = plan(configMap("ok"), hook("Job", "on-fail", "SyncFail"));
        Map<String, TaskState> states = new HashMap<>();
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.succeeded(""));

        assertThat(SyncProgress.next(plan, states, lookup)).isInstanceOf(SyncStep.Done.class)
                .extracting(step -> ((SyncStep.Done) step).succeeded()).isEqualTo(true);
    }

    @Test
    void next_hooksMustCompleteBeforeTheNextPhase() {
        KubeObject migrate = hook("Job", "migrate", "PreSync");
        SyncPlan plan = plan(migrate, deployment("web"));
        Map<String, TaskState> states = new HashMap<>();
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.running("job created"));
        healthOf(migrate, HealthStatus.PROGRESSING, "running");

        SyncStep waiting = SyncProgress.next(plan, states, lookup);
        healthOf(migrate, HealthStatus.HEALTHY, "");

        assertThat(waiting).isInstanceOf(SyncStep.Wait.class);
        assertThat(names(SyncProgress.next(plan, states, lookup))).containsExactly("web");
    }

    @Test
    void next_degradedHook_failsTheOperation() {
        KubeObject migrate = hook("Job", "migrate", "PreSync");
        SyncPlan plan = plan(migrate, deployment("web"));
        Map<String, TaskState> states = new HashMap<>();
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.running(""));
        healthOf(migrate, HealthStatus.DEGRADED, "Job has reached the specified backoff limit");

        SyncStep step = SyncProgress.next(plan, states, lookup);

        assertThat(step).isInstanceOf(SyncStep.Done.class);
        assertThat(((SyncStep.Done) step).succeeded()).isFalse();
        assertThat(((SyncStep.Done) step).message()).contains("backoff limit");
    }

    @Test
    void next_lastWaveResourcesAreAwaitedWhenAHookSharesTheWave() {
        KubeObject web = deployment("web");
        KubeObject smoke = hook("Job", "smoke", "Sync");
        SyncPlan plan = plan(configMap("first", WAVE, "-1"), web, smoke);
        Map<String, TaskState> states = new HashMap<>();
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.running(""));
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.running(""));
        healthOf(smoke, HealthStatus.HEALTHY, "");
        healthOf(web, HealthStatus.PROGRESSING, "");

        SyncStep step = SyncProgress.next(plan, states, lookup);

        assertThat(step).isEqualTo(new SyncStep.Wait("waiting for healthy state of apps/Deployment/web",
                List.of(web.key())));
    }

    @Test
    void next_resumesFromAPartiallyCompletedStateMap() {
        KubeObject pre = hook("Job", "pre", "PreSync");
        KubeObject db = deployment("db");
        SyncPlan plan = plan(pre, db, deployment("web", WAVE, "1"), hook("Job", "post", "PostSync"));
        Map<String, TaskState> persisted = new HashMap<>();
        persisted.put(plan.tasks().get(0).id(), TaskState.succeeded("job completed"));
        persisted.put(plan.tasks().get(1).id(), TaskState.running("deployment created"));
        healthOf(db, HealthStatus.HEALTHY, "");

        SyncPlan replanned = plan(pre, db, deployment("web", WAVE, "1"), hook("Job", "post", "PostSync"));

        assertThat(names(SyncProgress.next(replanned, persisted, lookup))).containsExactly("web");
    }

    @Test
    void next_afterACrashInsideAWave_runsTheRestOfThatWaveBeforeWaiting() {
        SyncPlan plan = plan(deployment("a"), deployment("b"), configMap("later", WAVE, "1"));
        Map<String, TaskState> states = new HashMap<>();
        states.put(plan.tasks().get(0).id(), TaskState.running("created"));

        assertThat(names(SyncProgress.next(plan, states, lookup))).containsExactly("b");
    }

    @Test
    void next_runningPruneWaitsUntilTheObjectIsGone() {
        KubeObject old = configMap("old");
        SyncPlan plan = plan(List.of(configMap("new", WAVE, "1")), List.of(old), true);
        Map<String, TaskState> states = new HashMap<>();
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.running("deleting"));
        healthOf(old, HealthStatus.PROGRESSING, "Pending deletion");

        SyncStep waiting = SyncProgress.next(plan, states, lookup);
        health.remove(old.key());

        assertThat(waiting).isEqualTo(new SyncStep.Wait("waiting for deletion of /ConfigMap/old", List.of(old.key())));
        assertThat(names(SyncProgress.next(plan, states, lookup))).containsExactly("new");
    }

    @Test
    void next_skippedPrunesAreNeverRun() {
        SyncPlan plan = plan(List.of(), List.of(configMap("extra")), false);

        assertThat(SyncProgress.next(plan, Map.of(), lookup))
                .isEqualTo(new SyncStep.Done(true, "successfully synced (no more tasks)"));
    }

    @Test
    void next_dryRunDoesNotWaitForHealth() {
        KubeObject db = deployment("db");
        SyncPlan plan = SyncPlanner.plan(SyncInput.of(List.of(db, deployment("web", WAVE, "1")), List.of(), Set.of(),
                SyncOptions.NONE, false, "prod", true));
        Map<String, TaskState> states = new HashMap<>();
        mark(states, SyncProgress.next(plan, states, lookup), TaskState.running("created (dry run)"));
        healthOf(db, HealthStatus.PROGRESSING, "");

        assertThat(names(SyncProgress.next(plan, states, lookup))).containsExactly("web");
    }

    @Test
    void settle_recordsWhatHealthDecided() {
        KubeObject db = deployment("db");
        SyncPlan plan = plan(db, deployment("web", WAVE, "1"));
        Map<String, TaskState> states = Map.of(plan.tasks().get(0).id(), TaskState.running("created"));
        healthOf(db, HealthStatus.HEALTHY, "ready");

        Map<String, TaskState> settled = SyncProgress.settle(plan, states, lookup);

        assertThat(settled).containsEntry(plan.tasks().get(0).id(), TaskState.succeeded("ready"))
                .containsEntry(plan.tasks().get(1).id(), TaskState.PENDING);
    }

    @Test
    void next_walksAWholeOperationToSuccess() {
        KubeObject pre = hook("Job", "pre", "PreSync");
        KubeObject web = deployment("web");
        KubeObject post = hook("Job", "post", "PostSync");
        SyncPlan plan = plan(pre, web, post);
        Map<String, TaskState> states = new HashMap<>();
        health.put(pre.key(), Health.healthy(""));
        health.put(web.key(), Health.healthy(""));
        health.put(post.key(), Health.healthy(""));

        SyncStep step = SyncProgress.next(plan, states, lookup);
        int steps = 0;
        while (step instanceof SyncStep.Run run && steps++ < 10) {
            mark(states, run, TaskState.running(""));
            step = SyncProgress.next(plan, states, lookup);
        }

        assertThat(steps).isEqualTo(3);
        assertThat(step).isEqualTo(new SyncStep.Done(true, "successfully synced (all tasks run)"));
    }
}
