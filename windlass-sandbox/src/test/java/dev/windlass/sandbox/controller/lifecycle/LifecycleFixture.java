package dev.windlass.sandbox.controller.lifecycle;

import static org.awaitility.Awaitility.await;

import dev.windlass.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionFactory;

/** A bootstrapped sandbox with short ready delays, a fabric8 client, and object builders for the tests. */
final class LifecycleFixture implements AutoCloseable {

    private static final AtomicInteger NAMES = new AtomicInteger();

    final Sandbox sandbox;
    final KubernetesClient client;

    private LifecycleFixture(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.client = new KubernetesClientBuilder()
                .withConfig(Config.fromKubeconfig(sandbox.kubeconfig().toYaml())).build();
    }

    /** A sandbox with every controller, the simulated ones included. */
    static LifecycleFixture start() {
        return start(true);
    }

    /** A sandbox with only the core controllers: no ReplicaSet controller managing test pods. */
    static LifecycleFixture coreOnly() {
        return start(false);
    }

    private static LifecycleFixture start(boolean simulated) {
        Sandbox sandbox = Sandbox.builder().readyDelay(Duration.ofMillis(50)).controllers(simulated).start();
        Bootstrap.run(sandbox.api(), sandbox.certificateAuthorityPem());
        return new LifecycleFixture(sandbox);
    }

    static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .ignoreException(NullPointerException.class);  // status not written yet
    }

    /** A fresh namespace named {@code prefix-N}. */
    String namespace(String prefix) {
        String name = prefix + "-" + NAMES.incrementAndGet();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
                .create();
        return name;
    }

    Namespace getNamespace(String name) {
        return client.namespaces().withName(name).get();
    }

    ReplicaSet replicaSet(String namespace, String name) {
        return client.apps().replicaSets().inNamespace(namespace).resource(new ReplicaSetBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("nginx").endContainer().endSpec()
                .endTemplate().endSpec().build()).create();
    }

    /** A pod owned by {@code owners}, with {@code finalizers}. */
    Pod pod(String namespace, String name, List<OwnerReference> owners, String... finalizers) {
        return client.pods().inNamespace(namespace).resource(new PodBuilder()
                .withNewMetadata().withName(name).withOwnerReferences(owners).withFinalizers(finalizers).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("nginx").endContainer().endSpec()
                .build()).create();
    }

    static OwnerReference owner(String apiVersion, String kind, String name, String uid, boolean block) {
        return new OwnerReferenceBuilder().withApiVersion(apiVersion).withKind(kind).withName(name).withUid(uid)
                .withController(true).withBlockOwnerDeletion(block).build();
    }

    static OwnerReference ownedBy(ReplicaSet rs) {
        return owner("apps/v1", "ReplicaSet", rs.getMetadata().getName(), rs.getMetadata().getUid(), true);
    }

    /** Removes every finalizer from a pod (as its controller would). */
    void releasePod(String namespace, String name) {
        Pod pod = client.pods().inNamespace(namespace).withName(name).get();
        pod.getMetadata().setFinalizers(List.of());
        client.pods().inNamespace(namespace).resource(pod).update();
    }

    @Override
    public void close() {
        client.close();
        sandbox.close();
    }
}
