package dev.windlass.engine.sync;

import static dev.windlass.engine.sync.TestObjects.configMap;
import static dev.windlass.engine.sync.TestObjects.deployment;
import static dev.windlass.engine.sync.TestObjects.hook;
import static dev.windlass.engine.sync.TestObjects.namespace;
import static dev.windlass.engine.sync.TestObjects.order;
import static dev.windlass.engine.sync.TestObjects.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.model.KubeObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Prune tasks: which extra objects, skipped with which message, in which order and wave. */
class SyncPlannerPruneTest {

    private static final String WAVE = "argocd.argoproj.io/sync-wave";
    private static final String OPTIONS = "argocd.argoproj.io/sync-options";

    private static SyncPlan plan(List<KubeObject> targets, List<KubeObject> live, SyncOptions options, boolean prune) {
        return SyncPlanner.plan(SyncInput.of(targets, live, Set.of(), options, prune, "prod", false));
    }

    private static SyncTask only(SyncPlan plan, String name) {
        return plan.tasks().stream().filter(t -> t.key().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void plan_prunesLiveObjectsNoTargetClaims() {
        SyncPlan plan = plan(List.of(configMap("kept")), List.of(configMap("kept"), configMap("gone")),
                SyncOptions.NONE, true);

        SyncTask gone = only(plan, "gone");
        assertThat(gone.action()).isEqualTo(SyncAction.PRUNE);
        assertThat(gone.target()).isNull();
        assertThat(gone.live()).isEqualTo(configMap("gone"));
        assertThat(only(plan, "kept").action()).isEqualTo(SyncAction.APPLY);
        assertThat(only(plan, "kept").live()).isNotNull();
    }

    @Test
    void plan_withoutPruning_skipsExtraObjectsWithArgoCdsMessage() {
        SyncTask gone = only(plan(List.of(), List.of(configMap("gone")), SyncOptions.NONE, false), "gone");

        assertThat(gone.action()).isEqualTo(SyncAction.PRUNE_SKIPPED);
        assertThat(gone.message()).isEqualTo("ignored (requires pruning)");
    }

    @Test
    void plan_pruneFalseOnTheLiveObject_skipsItWithArgoCdsMessage() {
        SyncTask gone = only(plan(List.of(), List.of(configMap("gone", OPTIONS, "Prune=false")),
                SyncOptions.NONE, true), "gone");

        assertThat(gone.action()).isEqualTo(SyncAction.PRUNE_SKIPPED);
        assertThat(gone.message()).isEqualTo("ignored (no prune)");
    }

    @Test
    void plan_pruneFalseOnTheApplication_isOverriddenByTheResource() {
        SyncOptions app = SyncOptions.NONE.with(SyncOption.PRUNE, "false");
        SyncPlan plan = plan(List.of(), List.of(configMap("a"), configMap("b", OPTIONS, "Prune=true")), app, true);

        assertThat(only(plan, "a").action()).isEqualTo(SyncAction.PRUNE_SKIPPED);
        assertThat(only(plan, "b").action()).isEqualTo(SyncAction.PRUNE);
    }

    @Test
    void plan_pruneConfirm_skipsUntilConfirmedAndSaysWhichAnnotationApproves() {
        List<KubeObject> live = List.of(namespace("critical", OPTIONS, "Prune=confirm"));
        SyncPlan unconfirmed = plan(List.of(), live, SyncOptions.NONE, true);
        SyncPlan confirmed = SyncPlanner.plan(SyncInput.of(List.of(), live, Set.of(), SyncOptions.NONE, true, "prod",
                false).withPruneConfirmed(true));

        SyncTask skipped = unconfirmed.tasks().get(0);
        assertThat(skipped.action()).isEqualTo(SyncAction.PRUNE_SKIPPED);
        assertThat(skipped.message()).contains("argocd.argoproj.io/deletion-approved");
        assertThat(unconfirmed.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("PruneRequiresConfirmation");
            assertThat(issue.message()).contains("Namespace/critical", "argocd.argoproj.io/deletion-approved");
        });
        assertThat(confirmed.tasks().get(0).action()).isEqualTo(SyncAction.PRUNE);
    }

    @Test
    void plan_prunesInReverseKindOrderBeforeAppliesOfTheSameWave() {
        SyncPlan plan = plan(List.of(configMap("new")),
                List.of(namespace("old-ns"), configMap("old-cm"), deployment("old-deploy"), service("old-svc")),
                SyncOptions.NONE, true);

        assertThat(order(plan)).containsExactly(
                "Deployment/old-deploy", "Service/old-svc", "ConfigMap/old-cm", "Namespace/old-ns", "ConfigMap/new");
    }

    @Test
    void plan_prunesHigherWavesFirstByMirroringPruneWaves() {
        SyncPlan plan = plan(List.of(), List.of(configMap("w1", WAVE, "1"), configMap("w5", WAVE, "5"),
                configMap("w3", WAVE, "3")), SyncOptions.NONE, true);

        assertThat(order(plan)).containsExactly("ConfigMap/w5", "ConfigMap/w3", "ConfigMap/w1");
        assertThat(plan.tasks()).extracting(SyncTask::wave).containsExactly(1, 3, 5);
    }

    @Test
    void plan_pruneLastOnTheApplication_movesPrunesAfterTheLastSyncWave() {
        SyncOptions app = SyncOptions.NONE.with(SyncOption.PRUNE_LAST, "true");
        SyncPlan plan = plan(List.of(configMap("a", WAVE, "2"), hook("Job", "post", "PostSync", WAVE, "9")),
                List.of(configMap("gone", WAVE, "-4")), app, true);

        SyncTask gone = only(plan, "gone");
        assertThat(gone.wave()).isEqualTo(3);
        assertThat(order(plan)).containsExactly("ConfigMap/a", "ConfigMap/gone", "Job/post");
    }

    @Test
    void plan_pruneLastOnOneLiveObject_movesOnlyThatPrune() {
        SyncPlan plan = plan(List.of(configMap("a")),
                List.of(configMap("last", OPTIONS, "PruneLast=true"), configMap("now")), SyncOptions.NONE, true);

        assertThat(order(plan)).containsExactly("ConfigMap/now", "ConfigMap/a", "ConfigMap/last");
        assertThat(only(plan, "last").wave()).isEqualTo(1);
    }

    @Test
    void plan_neverPrunesLiveHooksOrSkippedObjects() {
        SyncPlan plan = plan(List.of(), List.of(hook("Job", "old-hook", "PostSync"),
                configMap("skip", "argocd.argoproj.io/hook", "Skip")), SyncOptions.NONE, true);

        assertThat(plan.tasks()).isEmpty();
    }

    @Test
    void plan_doesNotPruneALiveObjectWhoseTargetIsSkipped() {
        SyncPlan plan = plan(List.of(configMap("c", "argocd.argoproj.io/hook", "Skip")), List.of(configMap("c")),
                SyncOptions.NONE, true);

        assertThat(plan.tasks()).isEmpty();
    }

    @Test
    void plan_matchesClusterScopedLiveObjectsWhateverNamespaceTheTargetCarries() {
        KubeObject target = TestObjects.obj("rbac.authorization.k8s.io/v1", "ClusterRole", "prod", "reader");
        KubeObject live = TestObjects.obj("rbac.authorization.k8s.io/v1", "ClusterRole", "", "reader");

        SyncPlan plan = plan(List.of(target), List.of(live), SyncOptions.NONE, true);

        assertThat(plan.tasks()).singleElement().satisfies(task -> {
            assertThat(task.action()).isEqualTo(SyncAction.APPLY);
            assertThat(task.key()).isEqualTo(live.key());
        });
    }

    @Test
    void plan_carriesTheEffectivePropagationPolicyOnPrunes() {
        SyncOptions app = SyncOptions.NONE.with(SyncOption.PRUNE_PROPAGATION_POLICY, "background");
        SyncTask gone = only(plan(List.of(), List.of(configMap("gone")), app, true), "gone");

        assertThat(gone.options().prunePropagationPolicy()).isEqualTo(PropagationPolicy.BACKGROUND);
    }
}
