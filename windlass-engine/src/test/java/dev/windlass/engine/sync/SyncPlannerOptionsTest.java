package dev.windlass.engine.sync;

import static dev.windlass.engine.sync.TestObjects.configMap;
import static dev.windlass.engine.sync.TestObjects.deployment;
import static dev.windlass.engine.sync.TestObjects.hook;
import static dev.windlass.engine.sync.TestObjects.namespace;
import static dev.windlass.engine.sync.TestObjects.obj;
import static dev.windlass.engine.sync.TestObjects.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ApplyOutOfSyncOnly, CreateNamespace, hook names and effective options in the plan. */
class SyncPlannerOptionsTest {

    private static final SyncOptions CREATE_NAMESPACE = SyncOptions.NONE.with(SyncOption.CREATE_NAMESPACE, "true");

    private static SyncInput input(List<KubeObject> targets, List<KubeObject> live, Set<ResourceKey> outOfSync,
                                   SyncOptions options) {
        return SyncInput.of(targets, live, outOfSync, options, true, "prod", false);
    }

    @Test
    void plan_applyOutOfSyncOnly_skipsInSyncObjectsButKeepsMissingOnesAndHooks() {
        KubeObject same = configMap("same");
        KubeObject changed = configMap("changed");
        KubeObject created = configMap("created");
        SyncOptions options = SyncOptions.NONE.with(SyncOption.APPLY_OUT_OF_SYNC_ONLY, "true");

        SyncPlan plan = SyncPlanner.plan(input(List.of(same, changed, created, hook("Job", "smoke", "PostSync")),
                List.of(same, changed), Set.of(changed.key()), options));

        assertThat(order(plan)).containsExactly("ConfigMap/changed", "ConfigMap/created", "Job/smoke");
    }

    @Test
    void plan_withoutApplyOutOfSyncOnly_appliesInSyncObjectsToo() {
        KubeObject same = configMap("same");
        SyncPlan plan = SyncPlanner.plan(input(List.of(same), List.of(same), Set.of(), SyncOptions.NONE));

        assertThat(order(plan)).containsExactly("ConfigMap/same");
    }

    @Test
    void plan_createNamespace_appliesTheMissingDestinationNamespaceFirst() {
        SyncPlan plan = SyncPlanner.plan(input(List.of(deployment("web"), hook("Job", "pre", "PreSync")), List.of(),
                Set.of(), CREATE_NAMESPACE));

        assertThat(order(plan)).containsExactly("Namespace/prod", "Job/pre", "Deployment/web");
        SyncTask ns = plan.tasks().get(0);
        assertThat(ns.phase()).isEqualTo(SyncPhase.PRE_SYNC);
        assertThat(ns.action()).isEqualTo(SyncAction.APPLY);
        assertThat(ns.target().apiVersion()).isEqualTo("v1");
        assertThat(ns.target().annotations()).isEmpty();
    }

    @Test
    void plan_createNamespace_isNotNeededWhenTheNamespaceExistsOrIsDeclared() {
        SyncPlan exists = SyncPlanner.plan(input(List.of(deployment("web")), List.of(), Set.of(), CREATE_NAMESPACE)
                .withNamespaceState(namespace("prod"), null));
        SyncPlan declared = SyncPlanner.plan(input(List.of(deployment("web"), namespace("prod")), List.of(), Set.of(),
                CREATE_NAMESPACE));
        SyncPlan off = SyncPlanner.plan(input(List.of(deployment("web")), List.of(), Set.of(), SyncOptions.NONE));

        assertThat(order(exists)).containsExactly("Deployment/web");
        assertThat(declared.tasks()).extracting(SyncTask::phase).containsOnly(SyncPhase.SYNC);
        assertThat(order(declared)).containsExactly("Namespace/prod", "Deployment/web");
        assertThat(order(off)).containsExactly("Deployment/web");
    }

    @Test
    void plan_managedNamespaceMetadata_appliesTheNamespaceEveryTimeWithServerSideApply() {
        ManagedNamespaceMetadata metadata = new ManagedNamespaceMetadata(Map.of("team", "a"), Map.of("owner", "ops"));
        SyncPlan plan = SyncPlanner.plan(input(List.of(deployment("web")), List.of(), Set.of(), CREATE_NAMESPACE)
                .withNamespaceState(namespace("prod"), metadata));

        SyncTask ns = plan.tasks().get(0);
        assertThat(ns.key().kind()).isEqualTo("Namespace");
        assertThat(ns.live()).isEqualTo(namespace("prod"));
        assertThat(ns.target().labels()).containsEntry("team", "a");
        assertThat(ns.target().annotations()).containsEntry("owner", "ops")
                .containsEntry("argocd.argoproj.io/sync-options", "ServerSideApply=true");
        assertThat(ns.options().serverSideApply()).isTrue();
    }

    @Test
    void plan_namesGenerateNameHooksFromRevisionPhaseAndStartTimeAsArgoCdDoes() {
        KubeObject hook = obj("batch/v1", "Job", "prod", null, "argocd.argoproj.io/hook", "PreSync,PostSync")
                .withField(FieldPath.of("metadata", "generateName"), Node.of("notify-"));
        Instant started = Instant.ofEpochSecond(1_700_000_000L);

        SyncPlan plan = SyncPlanner.plan(input(List.of(hook), List.of(), Set.of(), SyncOptions.NONE)
                .withOperation("0123456789abcdef", started));

        assertThat(plan.tasks()).extracting(t -> t.key().name())
                .containsExactly("notify-0123456-presync-1700000000", "notify-0123456-postsync-1700000000");
        assertThat(plan.tasks().get(0).target().name()).isEqualTo("notify-0123456-presync-1700000000");
    }

    @Test
    void plan_hookWithFixedName_keepsItAndFindsItsLiveObject() {
        KubeObject hook = hook("Job", "migrate", "PreSync");
        SyncPlan plan = SyncPlanner.plan(input(List.of(hook), List.of(hook), Set.of(), SyncOptions.NONE));

        SyncTask task = plan.tasks().get(0);
        assertThat(task.key().name()).isEqualTo("migrate");
        assertThat(task.live()).isEqualTo(hook);
        assertThat(task.hasDeletePolicy(HookDeletePolicy.BEFORE_HOOK_CREATION)).isTrue();
    }

    @Test
    void plan_mergesResourceOptionsIntoEachTask() {
        SyncOptions app = SyncOptions.NONE.with(SyncOption.SERVER_SIDE_APPLY, "true");
        SyncPlan plan = SyncPlanner.plan(input(List.of(configMap("plain"),
                configMap("csa", "argocd.argoproj.io/sync-options", "ServerSideApply=false,Replace=true")),
                List.of(), Set.of(), app));

        assertThat(plan.tasks().get(0).options().serverSideApply()).isFalse();
        assertThat(plan.tasks().get(0).options().replace()).isTrue();
        assertThat(plan.tasks().get(1).options().serverSideApply()).isTrue();
    }

    @Test
    void plan_collectsAnnotationIssuesNamingTheObject() {
        SyncPlan plan = SyncPlanner.plan(input(List.of(configMap("c", "argocd.argoproj.io/sync-wave", "x")),
                List.of(), Set.of(), SyncOptions.NONE));

        assertThat(plan.tasks()).singleElement().extracting(SyncTask::wave).isEqualTo(0);
        assertThat(plan.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("ConfigMap/prod/c"));
        assertThat(plan.hasErrors()).isFalse();
    }

    @Test
    void plan_carriesTheDryRunFlag() {
        SyncPlan plan = SyncPlanner.plan(SyncInput.of(List.of(configMap("c")), List.of(), Set.of(), SyncOptions.NONE,
                false, "prod", true));
        assertThat(plan.dryRun()).isTrue();
    }
}
