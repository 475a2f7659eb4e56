package dev.windlass.sandbox.controller.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.windlass.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClusterEventsTest {

    private static final AtomicInteger NAMESPACES = new AtomicInteger();
    private static final String FAIL = "sandbox.windlass.dev/fail";
    private static Sandbox sandbox;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().readyDelay(Duration.ofMillis(100)).start();
        client = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(sandbox.kubeconfig().toYaml())).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    private static String namespace() {
        String name = "ev" + NAMESPACES.incrementAndGet();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
                .create();
        return name;
    }

    private static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50));
    }

    private static PodSpec spec(String image) {
        return new PodSpecBuilder().withContainers(new ContainerBuilder().withName("app").withImage(image).build())
                .build();
    }

    private static List<Event> events(String ns) {
        return client.v1().events().inNamespace(ns).list().getItems();
    }

    private static List<Event> about(String ns, String name) {
        return client.v1().events().inNamespace(ns).withField("involvedObject.name", name).list().getItems();
    }

    private static List<String> reasons(List<Event> events) {
        return events.stream().map(Event::getReason).toList();
    }

    private static Deployment deployment(String ns, String name, int replicas) {
        return client.apps().deployments().inNamespace(ns).resource(new DeploymentBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withReplicas(replicas).withNewSelector().addToMatchLabels("app", name).endSelector()
                .withTemplate(new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", name).endMetadata()
                        .withSpec(spec("nginx:1.25")).build())
                .endSpec().build()).create();
    }

    @Test
    void deployment_recordsScalingCreationSchedulingAndContainerEvents() {
        String ns = namespace();
        Deployment web = deployment(ns, "web", 2);
        eventually().until(() -> reasons(events(ns)).stream().filter("Started"::equals).count() == 2);

        Event scaling = about(ns, "web").stream().filter(e -> e.getReason().equals("ScalingReplicaSet"))
                .findFirst().orElseThrow();
        assertThat(scaling.getMessage()).matches("Scaled up replica set web-[a-z0-9]+ from 0 to 2");
        assertThat(scaling.getSource().getComponent()).isEqualTo("deployment-controller");
        assertThat(scaling.getType()).isEqualTo("Normal");
        assertThat(scaling.getInvolvedObject().getKind()).isEqualTo("Deployment");
        assertThat(scaling.getInvolvedObject().getApiVersion()).isEqualTo("apps/v1");
        assertThat(scaling.getInvolvedObject().getUid()).isEqualTo(web.getMetadata().getUid());
        assertThat(scaling.getMetadata().getName()).matches("web\\.[0-9a-f]{16}");

        String rs = scaling.getMessage().split(" ")[4];
        List<Event> rsEvents = about(ns, rs);
        assertThat(rsEvents).hasSize(2).allSatisfy(e -> {
            assertThat(e.getReason()).isEqualTo("SuccessfulCreate");
            assertThat(e.getMessage()).matches("Created pod: " + rs + "-[a-z0-9]{5}");
            assertThat(e.getSource().getComponent()).isEqualTo("replicaset-controller");
            assertThat(e.getInvolvedObject().getKind()).isEqualTo("ReplicaSet");
        });
    }

    @Test
    void pod_recordsSchedulerAndKubeletEventsInOrder() {
        String ns = namespace();
        client.pods().inNamespace(ns).resource(new PodBuilder().withNewMetadata().withName("p").endMetadata()
                .withSpec(spec("nginx:1.25")).build()).create();
        eventually().until(() -> reasons(about(ns, "p")).contains("Started"));

        List<Event> events = about(ns, "p");
        assertThat(reasons(events)).containsExactly("Scheduled", "Pulling", "Pulled", "Created", "Started");
        assertThat(events.get(0).getMessage()).isEqualTo("Successfully assigned " + ns + "/p to sandbox-node");
        assertThat(events.get(0).getSource().getComponent()).isEqualTo("default-scheduler");
        Event started = events.get(4);
        assertThat(started.getMessage()).isEqualTo("Started container app");
        assertThat(started.getSource().getComponent()).isEqualTo("kubelet");
        assertThat(started.getSource().getHost()).isEqualTo("sandbox-node");
        assertThat(started.getInvolvedObject().getFieldPath()).isEqualTo("spec.containers{app}");
        assertThat(events.get(1).getMessage()).isEqualTo("Pulling image \"nginx:1.25\"");
    }

    @Test
    void crashLoopingPod_backOffEventCountsUpInsteadOfMultiplying() {
        String ns = namespace();
        client.pods().inNamespace(ns).resource(new PodBuilder().withNewMetadata().withName("crash")
                .addToAnnotations(FAIL, "CrashLoopBackOff").endMetadata().withSpec(spec("busybox")).build()).create();
        eventually().until(() -> about(ns, "crash").stream().anyMatch(e -> e.getReason().equals("BackOff")
                && e.getCount() >= 3));

        List<Event> backOffs = about(ns, "crash").stream().filter(e -> e.getReason().equals("BackOff")).toList();
        assertThat(backOffs).hasSize(1);
        Event backOff = backOffs.get(0);
        assertThat(backOff.getType()).isEqualTo("Warning");
        assertThat(backOff.getMessage()).startsWith("Back-off restarting failed container app in pod crash_" + ns + "(");
    }

    @Test
    void imagePullFailure_recordsFailedAndBackOff() {
        String ns = namespace();
        client.pods().inNamespace(ns).resource(new PodBuilder().withNewMetadata().withName("pull")
                .addToAnnotations(FAIL, "ImagePullBackOff").endMetadata().withSpec(spec("nope:1")).build()).create();
        eventually().until(() -> reasons(about(ns, "pull")).contains("BackOff"));

        List<Event> events = about(ns, "pull");
        assertThat(events).extracting(Event::getMessage)
                .contains("Error: ErrImagePull", "Back-off pulling image \"nope:1\"", "Error: ImagePullBackOff");
        assertThat(events).filteredOn(e -> e.getReason().equals("Failed")).allMatch(e -> e.getType().equals("Warning"));
    }

    @Test
    void fieldSelector_findsOnlyTheNamedObjectsEvents() {
        String ns = namespace();
        deployment(ns, "a", 1);
        deployment(ns, "b", 1);
        eventually().until(() -> reasons(events(ns)).stream().filter("Started"::equals).count() == 2);

        assertThat(about(ns, "a")).isNotEmpty().allMatch(e -> e.getInvolvedObject().getName().equals("a"));
        assertThat(events(ns).size()).isGreaterThan(about(ns, "a").size() + about(ns, "b").size());
    }

    @Test
    void job_recordsPodCreationAndCompleted() {
        String ns = namespace();
        client.batch().v1().jobs().inNamespace(ns).resource(new JobBuilder().withNewMetadata().withName("once")
                .endMetadata().withNewSpec().withNewTemplate().withSpec(new PodSpecBuilder(spec("busybox"))
                        .withRestartPolicy("Never").build()).endTemplate().endSpec().build()).create();
        eventually().until(() -> reasons(about(ns, "once")).contains("Completed"));

        List<Event> events = about(ns, "once");
        assertThat(reasons(events)).containsExactly("SuccessfulCreate", "Completed");
        assertThat(events.get(0).getMessage()).matches("Created pod: once-[a-z0-9]{5}");
        assertThat(events.get(1).getMessage()).isEqualTo("Job completed");
        assertThat(events).allMatch(e -> e.getSource().getComponent().equals("job-controller"));
    }

    @Test
    void statefulSet_recordsCreationInItsOwnWording() {
        String ns = namespace();
        client.apps().statefulSets().inNamespace(ns).resource(new StatefulSetBuilder().withNewMetadata()
                .withName("db").endMetadata().withNewSpec().withReplicas(1).withServiceName("db")
                .withNewSelector().addToMatchLabels(Map.of("app", "db")).endSelector()
                .withTemplate(new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", "db").endMetadata()
                        .withSpec(spec("postgres:16")).build()).endSpec().build()).create();
        eventually().until(() -> reasons(about(ns, "db")).contains("SuccessfulCreate"));

        Event created = about(ns, "db").get(0);
        assertThat(created.getMessage()).isEqualTo("create Pod db-0 in StatefulSet db successful");
        assertThat(created.getSource().getComponent()).isEqualTo("statefulset-controller");
    }
}
