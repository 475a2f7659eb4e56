package dev.windlass.sandbox.controller.workload;

import static org.awaitility.Awaitility.await;

import dev.windlass.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
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

/** One sandbox (ready delay 100 ms) and a fabric8 client per test class; each test takes a fresh namespace. */
abstract class SandboxCluster {

    static final Duration READY_DELAY = Duration.ofMillis(100);
    private static final AtomicInteger NAMESPACES = new AtomicInteger();

    static Sandbox sandbox;
    static KubernetesClient client;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.builder().readyDelay(READY_DELAY).start();
        client = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(sandbox.kubeconfig().toYaml())).build();
    }

    @AfterAll
    static void stopSandbox() {
        client.close();
        sandbox.close();
    }

    /** Creates and returns a new namespace. */
    static String namespace() {
        String name = "t" + NAMESPACES.incrementAndGet();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
                .create();
        return name;
    }

    static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .ignoreException(NullPointerException.class);  // status not written yet
    }

    /** A pod template with label app={@code app}, one container {@code app} running {@code image}. */
    static PodTemplateSpec template(String app, String image, Map<String, String> annotations) {
        return new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", app).addToAnnotations(annotations)
                .endMetadata().withNewSpec().withContainers(new ContainerBuilder().withName("app").withImage(image)
                        .build()).endSpec().build();
    }

    static List<Pod> pods(String namespace) {
        return client.pods().inNamespace(namespace).list().getItems();
    }

    static Map<String, String> failing(FailureMode mode) {
        return Map.of(FailureMode.ANNOTATION, mode.value());
    }
}
