package dev.windlass.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.windlass.engine.cluster.ApplyOptions;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterException.Reason;
import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.kube.ObjectListener.Change;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
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
class ControllerOperationsTest {

    private static final GroupVersionKind CONFIG_MAP = new GroupVersionKind("", "v1", "ConfigMap");
    private static final GroupVersionKind WIDGET = new GroupVersionKind("ops.example.com", "v1", "Widget");
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static KubeCluster cluster;
    private String namespace;

    @BeforeAll
    static void connect(KubernetesClient client) throws Exception {
        cluster = KubeCluster.connect(client, Tracking.DEFAULT);
        cluster.ensureCustomResourceDefinition(Fixtures.crd("ops.example.com", "Widget", "Namespaced"), PATIENCE);
    }

    @AfterAll
    static void close() {
        cluster.close();
    }

    @BeforeEach
    void namespace(KubernetesClient client, TestInfo info) {
        namespace = SandboxExtension.namespace(client, Fixtures.uniqueName(info.getTestMethod().orElseThrow().getName()));
    }

    @Test
    void watch_reportsExistingObjectsThenAddedModifiedAndDeleted() throws Exception {
        cluster.create(Fixtures.configMap(namespace, "before", "v", "1"));
        List<String> events = new CopyOnWriteArrayList<>();
        try (Closeable watch = cluster.watch(CONFIG_MAP, namespace,
                (change, object) -> events.add(change + " " + object.name() + " " + object.kind()))) {
            await().atMost(PATIENCE).until(() -> events.contains("ADDED before ConfigMap"));

            cluster.create(Fixtures.configMap(namespace, "later", "v", "1"));
            cluster.mergePatch(CONFIG_MAP, namespace, "later", MapNode.of("data", MapNode.of("v", "2")));
            cluster.delete(CONFIG_MAP, namespace, "later", PropagationPolicy.BACKGROUND);

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(events).containsSubsequence(
                    "ADDED later ConfigMap", "MODIFIED later ConfigMap", "DELETED later ConfigMap"));
        }
    }

    @Test
    void watch_inAllNamespaces_seesEveryNamespace(KubernetesClient client) throws Exception {
        String second = SandboxExtension.namespace(client, Fixtures.uniqueName("second"));
        List<KubeObject> added = new CopyOnWriteArrayList<>();
        try (Closeable watch = cluster.watch(WIDGET, null, (change, object) -> {
            if (change == Change.ADDED) {
                added.add(object);
            }
        })) {
            cluster.create(widget(namespace, "a"));
            cluster.create(widget(second, "b"));

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(added)
                    .extracting(KubeObject::namespace).contains(namespace, second));
        }
    }

    @Test
    void list_returnsTypedObjectsOfOneNamespaceOrAll(KubernetesClient client) throws Exception {
        String second = SandboxExtension.namespace(client, Fixtures.uniqueName("second"));
        cluster.create(widget(namespace, "a"));
        cluster.create(widget(namespace, "b"));
        cluster.create(widget(second, "c"));

        List<KubeObject> one = cluster.list(WIDGET, namespace);
        List<KubeObject> all = cluster.list(WIDGET, null);

        assertThat(one).extracting(KubeObject::name).containsExactlyInAnyOrder("a", "b");
        assertThat(one).allSatisfy(w -> assertThat(w.gvk()).isEqualTo(WIDGET));
        assertThat(all).extracting(KubeObject::name).contains("a", "b", "c");
    }

    @Test
    void create_returnsTheStoredObject_andASecondCreateConflicts() throws Exception {
        KubeObject stored = cluster.create(Fixtures.configMap(namespace, "once", "v", "1"));

        assertThat(stored.metadata().getText("uid")).isPresent();
        assertThatThrownBy(() -> cluster.create(Fixtures.configMap(namespace, "once", "v", "1")))
                .isInstanceOfSatisfying(ClusterException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
                    assertThat(e.getMessage()).contains("create ConfigMap " + namespace + "/once");
                });
    }

    @Test
    void updateStatus_writesOnlyTheStatus() throws Exception {
        KubeObject created = cluster.create(widget(namespace, "w"));

        KubeObject updated = cluster.updateStatus(created
                .withField(FieldPath.of("status", "phase"), Node.of("Ready"))
                .withField(FieldPath.of("spec", "size"), Node.of(99L)));

        assertThat(updated.field(FieldPath.of("status", "phase"))).contains(Node.of("Ready"));
        KubeObject live = cluster.get(WIDGET, namespace, "w").orElseThrow();
        assertThat(live.field(FieldPath.of("status", "phase"))).contains(Node.of("Ready"));
        assertThat(live.field(FieldPath.of("spec", "size"))).contains(Node.of(1L));
    }

    @Test
    void updateStatus_withAStaleResourceVersion_conflicts() throws Exception {
        KubeObject created = cluster.create(widget(namespace, "w"));
        cluster.mergePatch(WIDGET, namespace, "w", MapNode.of("spec", MapNode.of("size", 2L)));

        assertThatThrownBy(() -> cluster.updateStatus(
                created.withField(FieldPath.of("status", "phase"), Node.of("Ready"))))
                .isInstanceOfSatisfying(ClusterException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
                    assertThat(e.retryable()).isTrue();
                });
    }

    @Test
    void mergePatch_changesTheGivenFieldsAndRemovesNulls() throws Exception {
        cluster.create(Fixtures.configMap(namespace, "patched", "keep", "1").withField(
                FieldPath.of("data", "drop"), Node.of("x")));

        KubeObject patched = cluster.mergePatch(CONFIG_MAP, namespace, "patched",
                MapNode.of("data", MapNode.of("keep", "2", "drop", Node.nullNode())));

        assertThat(patched.content().getMap("data").orElseThrow()).isEqualTo(MapNode.of("keep", "2"));
    }

    @Test
    void mergePatch_ofAMissingObject_isNotFound() {
        assertThatThrownBy(() -> cluster.mergePatch(CONFIG_MAP, namespace, "absent", MapNode.of("data", MapNode.empty())))
                .isInstanceOfSatisfying(ClusterException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void ensureCustomResourceDefinition_createsItOnce_andItsKindIsUsableAtOnce() throws Exception {
        KubeObject crd = Fixtures.crd("ensure.example.com", "Doohickey", "Cluster");
        GroupVersionKind doohickey = new GroupVersionKind("ensure.example.com", "v1", "Doohickey");

        cluster.ensureCustomResourceDefinition(crd, PATIENCE);
        cluster.ensureCustomResourceDefinition(crd, PATIENCE);

        assertThat(cluster.resourceType(doohickey)).map(t -> t.plural()).contains("doohickeys");
        KubeObject stored = cluster.apply(Fixtures.yaml("""
                apiVersion: ensure.example.com/v1
                kind: Doohickey
                metadata:
                  name: d1
                """), ApplyOptions.APPLY);
        assertThat(stored.namespace()).isEmpty();
    }

    @Test
    void ensureCustomResourceDefinition_rejectsOtherKinds() {
        assertThatThrownBy(() -> cluster.ensureCustomResourceDefinition(
                Fixtures.configMap(namespace, "x", "a", "b"), PATIENCE))
                .isInstanceOfSatisfying(ClusterException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID));
    }

    @Test
    void requestCount_movesWithEveryRequest() throws Exception {
        long before = cluster.requestCount();

        cluster.create(Fixtures.configMap(namespace, "counted", "v", "1"));
        cluster.list(CONFIG_MAP, namespace);

        assertThat(cluster.requestCount()).isGreaterThanOrEqualTo(before + 2);
    }

    private static KubeObject widget(String namespace, String name) {
        return Fixtures.yaml("""
                apiVersion: ops.example.com/v1
                kind: Widget
                metadata:
                  name: %s
                  namespace: %s
                spec:
                  size: 1
                """.formatted(name, namespace));
    }
}
