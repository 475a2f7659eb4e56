package dev.windlass.sandbox.controller.lifecycle;

import static dev.windlass.sandbox.controller.lifecycle.LifecycleFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerStatus;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulated horizontal-pod-autoscaler controller, driven through a sandbox with fabric8. */
class AutoscalerControllerTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String UNABLE = "the HPA controller was unable to get the target's current scale: ";
    private static LifecycleFixture fx;
    private static String ns;

    @BeforeAll
    static void start() {
        fx = LifecycleFixture.start();
        ns = fx.namespace("hpa");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void targetWithinRange_getsTheConditionsOfAnHpaWhoseMetricsMeetTheirTarget() {
        String target = deployment(3);
        String hpa = hpa("Deployment", target, 2, 5);

        HorizontalPodAutoscalerStatus status = awaitReason(hpa, "AbleToScale", "ReadyForNewScale");

        assertThat(status.getCurrentReplicas()).isEqualTo(3);
        assertThat(status.getDesiredReplicas()).isEqualTo(3);
        assertThat(status.getConditions()).extracting("type", "status", "reason", "message").containsExactly(
                tuple("AbleToScale", "True", "ReadyForNewScale", "recommended size matches current size"),
                tuple("ScalingActive", "True", "ValidMetricFound", "the HPA was able to successfully calculate a"
                        + " replica count from cpu resource utilization (percentage of request)"),
                tuple("ScalingLimited", "False", "DesiredWithinRange", "the desired count is within the acceptable range"));
        assertThat(status.getConditions()).allSatisfy(c -> assertThat(c.getLastTransitionTime()).isNotBlank());
        assertThat(get(hpa).getMetadata().getManagedFields()).anySatisfy(m -> {
            assertThat(m.getManager()).isEqualTo("kube-controller-manager");
            assertThat(m.getSubresource()).isEqualTo("status");
        });
        assertThat(replicas(target)).isEqualTo(3);
    }

    @Test
    void missingTarget_isReportedAsFailedGetScaleUntilItAppears() {
        String name = "later-" + NAMES.incrementAndGet();
        String hpa = hpa("Deployment", name, 1, 4);

        HorizontalPodAutoscalerStatus status = awaitReason(hpa, "AbleToScale", "FailedGetScale");

        assertThat(status.getConditions()).singleElement().satisfies(c -> {
            assertThat(c.getStatus()).isEqualTo("False");
            assertThat(c.getMessage()).isEqualTo(UNABLE + "deployments.apps \"" + name + "\" not found");
        });
        assertThat(status.getDesiredReplicas()).isZero();
        eventually().untilAsserted(() -> assertThat(events(hpa)).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo("Warning");
            assertThat(e.getReason()).isEqualTo("FailedGetScale");
            assertThat(e.getMessage()).isEqualTo("deployments.apps \"" + name + "\" not found");
            assertThat(e.getSource().getComponent()).isEqualTo("horizontal-pod-autoscaler");
        }));

        deployment(name, 2);

        HorizontalPodAutoscalerStatus ready = awaitReason(hpa, "AbleToScale", "ReadyForNewScale");
        assertThat(ready.getCurrentReplicas()).isEqualTo(2);
    }

    @Test
    void targetKindTheServerDoesNotKnow_isReportedWithTheRestMappersError() {
        String hpa = create(new HorizontalPodAutoscalerBuilder(spec("Widget", "w", 1, 3))
                .editSpec().editScaleTargetRef().withApiVersion("example.com/v1").endScaleTargetRef().endSpec().build());

        HorizontalPodAutoscalerStatus status = awaitReason(hpa, "AbleToScale", "FailedGetScale");

        assertThat(status.getConditions().get(0).getMessage())
                .isEqualTo(UNABLE + "no matches for kind \"Widget\" in group \"example.com\"");
    }

    @Test
    void targetAboveMaxReplicas_isScaledDownToTheMaximum() {
        String target = deployment(8);
        String hpa = hpa("Deployment", target, 1, 5);

        eventually().untilAsserted(() -> assertThat(replicas(target)).isEqualTo(5));
        HorizontalPodAutoscalerStatus status = awaitReason(hpa, "AbleToScale", "ReadyForNewScale");
        assertThat(status.getCurrentReplicas()).isEqualTo(5);
        assertThat(status.getDesiredReplicas()).isEqualTo(5);
        assertThat(status.getLastScaleTime()).isNotBlank();
        eventually().untilAsserted(() -> assertThat(events(hpa)).anySatisfy(e -> {
            assertThat(e.getReason()).isEqualTo("SuccessfulRescale");
            assertThat(e.getMessage()).isEqualTo("New size: 5; reason: Current number of replicas above Spec.MaxReplicas");
        }));
    }

    @Test
    void targetBelowMinReplicas_isScaledUpToTheMinimum() {
        String target = deployment(1);
        String hpa = hpa("Deployment", target, 3, 6);

        eventually().untilAsserted(() -> assertThat(replicas(target)).isEqualTo(3));
        assertThat(awaitReason(hpa, "AbleToScale", "ReadyForNewScale").getCurrentReplicas()).isEqualTo(3);
        assertThat(events(hpa)).anySatisfy(e -> assertThat(e.getMessage())
                .isEqualTo("New size: 3; reason: Current number of replicas below Spec.MinReplicas"));
    }

    @Test
    void targetScaledWithinRange_isFollowedWithoutRescaling() {
        String target = deployment(2);
        String hpa = hpa("Deployment", target, 1, 10);
        awaitReason(hpa, "AbleToScale", "ReadyForNewScale");

        fx.client.apps().deployments().inNamespace(ns).withName(target).scale(7);

        eventually().untilAsserted(() -> assertThat(get(hpa).getStatus().getCurrentReplicas()).isEqualTo(7));
        assertThat(get(hpa).getStatus().getDesiredReplicas()).isEqualTo(7);
        assertThat(replicas(target)).isEqualTo(7);
    }

    @Test
    void targetAtZeroReplicas_disablesScaling() {
        String target = deployment(0);
        String hpa = hpa("Deployment", target, 1, 3);

        HorizontalPodAutoscalerStatus status = awaitReason(hpa, "ScalingActive", "ScalingDisabled");

        assertThat(status.getConditions()).extracting("type", "status", "reason").containsExactly(
                tuple("AbleToScale", "True", "SucceededGetScale"), tuple("ScalingActive", "False", "ScalingDisabled"));
        assertThat(status.getDesiredReplicas()).isZero();
        assertThat(replicas(target)).isZero();
    }

    @Test
    void targetDeleted_turnsTheHpaToFailedGetScale() {
        String target = deployment(2);
        String hpa = hpa("Deployment", target, 1, 3);
        awaitReason(hpa, "AbleToScale", "ReadyForNewScale");

        fx.client.apps().deployments().inNamespace(ns).withName(target).delete();

        HorizontalPodAutoscalerStatus status = awaitReason(hpa, "AbleToScale", "FailedGetScale");
        assertThat(status.getCurrentReplicas()).isEqualTo(2);
        assertThat(status.getConditions()).extracting("type").containsExactly("AbleToScale", "ScalingActive", "ScalingLimited");
    }

    @Test
    void hpaDeleted_leavesItsTargetAlone() {
        String target = deployment(9);
        String hpa = hpa("Deployment", target, 1, 4);
        fx.client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(ns).withName(hpa).delete();
        String witness = hpa("Deployment", deployment(1), 1, 2);

        awaitReason(witness, "AbleToScale", "ReadyForNewScale");
        assertThat(replicas(target)).isEqualTo(9);
    }

    @Test
    void autoscalingV1Hpa_isStoredOnceAndGetsTheSameStatusAtV2() {
        String target = deployment(2);
        String name = "v1-" + NAMES.incrementAndGet();
        fx.client.autoscaling().v1().horizontalPodAutoscalers().inNamespace(ns).resource(
                new io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscalerBuilder().withNewMetadata()
                        .withName(name).endMetadata().withNewSpec().withNewScaleTargetRef().withApiVersion("apps/v1")
                        .withKind("Deployment").withName(target).endScaleTargetRef().withMaxReplicas(4)
                        .withTargetCPUUtilizationPercentage(60).endSpec().build()).create();

        HorizontalPodAutoscalerStatus status = awaitReason(name, "AbleToScale", "ReadyForNewScale");

        assertThat(status.getCurrentReplicas()).isEqualTo(2);
        assertThat(status.getConditions().get(1).getMessage()).endsWith("from cpu resource utilization (percentage of request)");
    }

    private static HorizontalPodAutoscalerStatus awaitReason(String hpa, String type, String reason) {
        eventually().untilAsserted(() -> assertThat(get(hpa).getStatus().getConditions())
                .anySatisfy(c -> {
                    assertThat(c.getType()).isEqualTo(type);
                    assertThat(c.getReason()).isEqualTo(reason);
                }));
        return get(hpa).getStatus();
    }

    private static String deployment(int replicas) {
        return deployment("web-" + NAMES.incrementAndGet(), replicas);
    }

    private static String deployment(String name, int replicas) {
        Deployment deployment = new DeploymentBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withReplicas(replicas).withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("nginx").endContainer().endSpec()
                .endTemplate().endSpec().build();
        fx.client.apps().deployments().inNamespace(ns).resource(deployment).create();
        return name;
    }

    private static int replicas(String deployment) {
        return fx.client.apps().deployments().inNamespace(ns).withName(deployment).get().getSpec().getReplicas();
    }

    private static String hpa(String kind, String target, int min, int max) {
        return create(spec(kind, target, min, max));
    }

    private static HorizontalPodAutoscaler spec(String kind, String target, int min, int max) {
        return new HorizontalPodAutoscalerBuilder().withNewMetadata().withName("hpa-" + NAMES.incrementAndGet())
                .endMetadata().withNewSpec().withNewScaleTargetRef().withApiVersion("apps/v1").withKind(kind)
                .withName(target).endScaleTargetRef().withMinReplicas(min).withMaxReplicas(max).endSpec().build();
    }

    private static String create(HorizontalPodAutoscaler hpa) {
        return fx.client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(ns).resource(hpa).create()
                .getMetadata().getName();
    }

    private static HorizontalPodAutoscaler get(String name) {
        return fx.client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(ns).withName(name).get();
    }

    private static List<Event> events(String hpa) {
        return fx.client.v1().events().inNamespace(ns).list().getItems().stream()
                .filter(e -> e.getInvolvedObject().getName().equals(hpa)).toList();
    }
}
