package dev.windlass.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.windlass.engine.cluster.ApplyOptions;
import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.model.GroupKind;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.Closeable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

@WithSandbox(controllers = false)
class TrackedTest {

    private static final GroupVersionKind CONFIG_MAP = new GroupVersionKind("", "v1", "ConfigMap");
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static KubeCluster cluster;
    private String namespace;
    private String app;

    @BeforeAll
    static void connect(KubernetesClient client) {
        cluster = KubeCluster.connect(client, Tracking.DEFAULT);
    }

    @AfterAll
    static void close() {
        cluster.close();
    }

    @BeforeEach
    void namespace(KubernetesClient client, TestInfo info) {
        namespace = SandboxExtension.namespace(client, Fixtures.uniqueName(info.getTestMethod().orElseThrow().getName()));
        app = Fixtures.uniqueName("app");
    }

    @Test
    void tracked_listsTheObjectsLabelledForTheApplicationOnly() throws Exception {
        // One watch delivers ConfigMaps in order: once "mine" is seen, the others have been too.
        apply("theirs", "another-app", "1");
        cluster.apply(Fixtures.configMap(namespace, "unlabelled", "v", "1"), ApplyOptions.APPLY);
        apply("mine", app, "1");

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(names(cluster.tracked(app))).containsExactly("mine"));
    }

    @Test
    void tracked_spansKinds() throws Exception {
        apply("config", app, "1");
        cluster.apply(Tracking.DEFAULT.mark(Fixtures.yaml("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  namespace: %s
                spec:
                  ports:
                  - port: 80
                """.formatted(namespace)), app), ApplyOptions.APPLY);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(cluster.tracked(app))
                .extracting(KubeObject::kind).containsExactlyInAnyOrder("ConfigMap", "Service"));
    }

    @Test
    void tracked_seesAnUpdate() throws Exception {
        apply("mine", app, "1");
        await().atMost(PATIENCE).until(() -> cluster.tracked(app).size() == 1);

        apply("mine", app, "2");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(cluster.tracked(app).get(0)
                .field(FieldPath.of("data", "v"))).contains(Node.of("2")));
    }

    @Test
    void tracked_forgetsADeletedObject() throws Exception {
        apply("mine", app, "1");
        await().atMost(PATIENCE).until(() -> cluster.tracked(app).size() == 1);

        cluster.delete(CONFIG_MAP, namespace, "mine", PropagationPolicy.BACKGROUND);

        await().atMost(PATIENCE).until(() -> cluster.tracked(app).isEmpty());
    }

    @Test
    void tracked_followsAnObjectRelabelledToAnotherApplication() throws Exception {
        apply("moving", app, "1");
        await().atMost(PATIENCE).until(() -> cluster.tracked(app).size() == 1);
        String other = Fixtures.uniqueName("other");

        apply("moving", other, "1");

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(cluster.tracked(app)).isEmpty();
            assertThat(names(cluster.tracked(other))).containsExactly("moving");
        });
    }

    @Test
    void tracked_includesCustomResourcesOfACrdInstalledAfterConnecting() throws Exception {
        cluster.ensureCustomResourceDefinition(Fixtures.crd("tracked.example.com", "Sprocket", "Namespaced"),
                PATIENCE);
        cluster.apply(Tracking.DEFAULT.mark(Fixtures.yaml("""
                apiVersion: tracked.example.com/v1
                kind: Sprocket
                metadata:
                  name: s1
                  namespace: %s
                spec:
                  teeth: 12
                """.formatted(namespace)), app), ApplyOptions.APPLY);

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(cluster.tracked(app)).extracting(KubeObject::kind).containsExactly("Sprocket"));
    }

    @Test
    void cache_stopsWatchingTheKindOfADeletedCrd() throws Exception {
        KubeObject crd = Fixtures.crd("gone.example.com", "Cog", "Namespaced");
        cluster.ensureCustomResourceDefinition(crd, PATIENCE);
        GroupKind cog = new GroupKind("gone.example.com", "Cog");
        await().atMost(PATIENCE).until(() -> cluster.watches(cog));

        cluster.delete(crd.gvk(), "", crd.name(), PropagationPolicy.BACKGROUND);

        await().atMost(PATIENCE).until(() -> !cluster.watches(cog));
        assertThat(cluster.resourceType(new GroupVersionKind("gone.example.com", "v1", "Cog"))).isEmpty();
    }

    @Test
    void onTrackedChange_namesTheApplicationWhoseObjectChanged() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        try (Closeable registration = cluster.onTrackedChange(told::add)) {
            apply("mine", app, "1");
            await().atMost(PATIENCE).until(() -> told.contains(app));
            told.clear();

            cluster.delete(CONFIG_MAP, namespace, "mine", PropagationPolicy.BACKGROUND);

            await().atMost(PATIENCE).until(() -> told.contains(app));
        }
    }

    @Test
    void get_answersATrackedObjectFromTheCache() throws Exception {
        apply("mine", app, "1");
        await().atMost(PATIENCE).until(() -> cluster.tracked(app).size() == 1);
        long before = cluster.requestCount();

        KubeObject live = cluster.get(CONFIG_MAP, namespace, "mine").orElseThrow();

        assertThat(live.label(Tracking.INSTANCE_LABEL)).contains(app);
        assertThat(cluster.requestCount()).isEqualTo(before);
    }

    @Test
    void get_readsAnUntrackedObjectFromTheServer_andAMissingOneIsEmpty() throws Exception {
        cluster.apply(Fixtures.configMap(namespace, "plain", "v", "1"), ApplyOptions.APPLY);
        long before = cluster.requestCount();

        assertThat(cluster.get(CONFIG_MAP, namespace, "plain")).map(KubeObject::name).contains("plain");
        assertThat(cluster.get(CONFIG_MAP, namespace, "missing")).isEmpty();
        assertThat(cluster.requestCount()).isGreaterThan(before);
    }

    @Test
    void cache_doesNotWatchArgoCdsExcludedKinds() throws Exception {
        cluster.tracked(app);

        assertThat(cluster.watches(new GroupKind("", "ConfigMap"))).isTrue();
        assertThat(cluster.watches(new GroupKind("apps", "Deployment"))).isTrue();
        assertThat(cluster.watches(new GroupKind("", "Event"))).isFalse();
        assertThat(cluster.watches(new GroupKind("events.k8s.io", "Event"))).isFalse();
        assertThat(cluster.watches(new GroupKind("", "Endpoints"))).isFalse();
        assertThat(cluster.watches(new GroupKind("coordination.k8s.io", "Lease"))).isFalse();
    }

    private void apply(String name, String application, String value) throws Exception {
        cluster.apply(Tracking.DEFAULT.mark(Fixtures.configMap(namespace, name, "v", value), application),
                ApplyOptions.APPLY);
    }

    private static List<String> names(List<KubeObject> objects) {
        return objects.stream().map(KubeObject::name).toList();
    }
}
