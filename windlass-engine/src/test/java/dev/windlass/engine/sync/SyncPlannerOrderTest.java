package dev.windlass.engine.sync;

import static dev.windlass.engine.sync.TestObjects.configMap;
import static dev.windlass.engine.sync.TestObjects.crd;
import static dev.windlass.engine.sync.TestObjects.deployment;
import static dev.windlass.engine.sync.TestObjects.hook;
import static dev.windlass.engine.sync.TestObjects.namespace;
import static dev.windlass.engine.sync.TestObjects.obj;
import static dev.windlass.engine.sync.TestObjects.order;
import static dev.windlass.engine.sync.TestObjects.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ordering of applies: phase, wave, kind, name; dependencies bubbled up. */
class SyncPlannerOrderTest {

    private static final String WAVE = "argocd.argoproj.io/sync-wave";

    static SyncPlan plan(List<KubeObject> targets) {
        return SyncPlanner.plan(SyncInput.of(targets, List.of(), Set.of(), SyncOptions.NONE, false, "prod", false));
    }

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of("Namespace before its objects",
                        List.of(deployment("web"), namespace("prod")),
                        List.of("Namespace/prod", "Deployment/web")),
                Arguments.of("CRD before its custom resources",
                        List.of(obj("example.com/v1", "Widget", "prod", "w"), crd("example.com", "Widget")),
                        List.of("CustomResourceDefinition/widgets.example.com", "Widget/w")),
                Arguments.of("Helm install order of built-in kinds",
                        List.of(obj("networking.k8s.io/v1", "Ingress", "prod", "i"), deployment("d"), service("s"),
                                configMap("c"), obj("v1", "ServiceAccount", "prod", "sa"),
                                obj("rbac.authorization.k8s.io/v1", "Role", "prod", "r"),
                                obj("v1", "Secret", "prod", "sec"), obj("batch/v1", "Job", "prod", "j")),
                        List.of("ServiceAccount/sa", "Secret/sec", "ConfigMap/c", "Role/r", "Service/s",
                                "Deployment/d", "Job/j", "Ingress/i")),
                Arguments.of("custom resources and unknown kinds after built-in kinds",
                        List.of(obj("example.com/v1", "Widget", "prod", "a"), deployment("z"),
                                obj("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", "", "v")),
                        List.of("Deployment/z", "ValidatingWebhookConfiguration/v", "Widget/a")),
                Arguments.of("by name within a kind",
                        List.of(configMap("b"), configMap("a"), configMap("c")),
                        List.of("ConfigMap/a", "ConfigMap/b", "ConfigMap/c")),
                Arguments.of("waves ascending before kind",
                        List.of(configMap("late", WAVE, "2"), deployment("early", WAVE, "1"), service("default")),
                        List.of("Service/default", "Deployment/early", "ConfigMap/late")),
                Arguments.of("negative waves first",
                        List.of(configMap("zero"), configMap("minus", WAVE, "-1"), configMap("minus-ten", WAVE, "-10")),
                        List.of("ConfigMap/minus-ten", "ConfigMap/minus", "ConfigMap/zero")),
                Arguments.of("hooks by phase",
                        List.of(hook("Job", "post", "PostSync"), deployment("app"), hook("Job", "pre", "PreSync"),
                                hook("Job", "fail", "SyncFail"), hook("Job", "during", "Sync")),
                        List.of("Job/pre", "Deployment/app", "Job/during", "Job/post", "Job/fail")),
                Arguments.of("phase before wave",
                        List.of(hook("Job", "pre", "PreSync", WAVE, "10"), configMap("c", WAVE, "-5")),
                        List.of("Job/pre", "ConfigMap/c")),
                Arguments.of("helm hooks mapped to phases",
                        List.of(job("post", "helm.sh/hook", "post-upgrade"), deployment("app"),
                                job("pre", "helm.sh/hook", "pre-install", "helm.sh/hook-weight", "-1")),
                        List.of("Job/pre", "Deployment/app", "Job/post")),
                Arguments.of("Namespace in a later wave moves to the wave of its first object",
                        List.of(namespace("prod", WAVE, "5"), configMap("c", WAVE, "1")),
                        List.of("Namespace/prod", "ConfigMap/c")),
                Arguments.of("CRD in a later wave moves before its custom resource",
                        List.of(crd("example.com", "Widget").withAnnotation(WAVE, "3"),
                                obj("example.com/v1", "Widget", "prod", "w", WAVE, "-2")),
                        List.of("CustomResourceDefinition/widgets.example.com", "Widget/w")));
    }

    private static KubeObject job(String name, String... annotations) {
        return TestObjects.job(name, annotations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void plan_ordersApplies(String name, List<KubeObject> targets, List<String> expected) {
        assertThat(order(plan(targets))).containsExactlyElementsOf(expected);
    }

    @Test
    void plan_givesABubbledNamespaceThePhaseAndWaveOfItsFirstObject() {
        SyncPlan plan = plan(List.of(namespace("prod", WAVE, "5"), configMap("c", WAVE, "1")));

        SyncTask ns = plan.tasks().get(0);
        assertThat(ns.wave()).isEqualTo(1);
        assertThat(ns.phase()).isEqualTo(SyncPhase.SYNC);
        assertThat(ns.id()).isEqualTo("Sync/1/apply//Namespace//prod");
    }

    @Test
    void plan_givesEachTaskAStableIdFromPhaseWaveActionAndKey() {
        List<KubeObject> targets = List.of(deployment("web", WAVE, "2"), hook("Job", "migrate", "PreSync"));

        SyncPlan first = plan(targets);
        SyncPlan second = plan(List.of(targets.get(1), targets.get(0)));

        assertThat(first.tasks()).extracting(SyncTask::id)
                .containsExactly("PreSync/0/hook/batch/Job/prod/migrate", "Sync/2/apply/apps/Deployment/prod/web");
        assertThat(second.tasks()).extracting(SyncTask::id)
                .containsExactlyElementsOf(first.tasks().stream().map(SyncTask::id).toList());
    }

    @Test
    void plan_hookInSeveralPhases_getsOneTaskPerPhase() {
        SyncPlan plan = plan(List.of(hook("Job", "check", "PreSync,PostSync")));

        assertThat(plan.tasks()).extracting(SyncTask::phase).containsExactly(SyncPhase.PRE_SYNC, SyncPhase.POST_SYNC);
        assertThat(plan.tasks()).allMatch(t -> t.action() == SyncAction.HOOK);
    }

    @Test
    void plan_leavesOutSkippedAndDeleteOnlyHooks() {
        SyncPlan plan = plan(List.of(configMap("skipped", "argocd.argoproj.io/hook", "Skip"),
                hook("Job", "cleanup", "PreDelete"), configMap("kept")));

        assertThat(order(plan)).containsExactly("ConfigMap/kept");
        assertThat(plan.issues()).extracting(i -> i.code()).containsExactly("HookNotRunBySync");
    }

    @Test
    void plan_reportsADuplicateObjectAndPlansItOnce() {
        SyncPlan plan = plan(List.of(configMap("c"), configMap("c")));

        assertThat(order(plan)).containsExactly("ConfigMap/c");
        assertThat(plan.hasErrors()).isTrue();
        assertThat(plan.issues().get(0).message()).contains("ConfigMap/prod/c");
    }
}
