package dev.windlass.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.engine.cluster.ApplyOptions;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterException.Reason;
import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

@WithSandbox(controllers = false)
class ApplyTest {

    private static final GroupVersionKind CONFIG_MAP = new GroupVersionKind("", "v1", "ConfigMap");
    private static KubeCluster cluster;
    private KubernetesClient client;
    private String namespace;

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
        this.client = client;
        this.namespace = SandboxExtension.namespace(client, info.getTestMethod().orElseThrow().getName());
    }

    @Test
    void apply_createsThenUpdates_andTheResourceVersionMoves() throws Exception {
        KubeObject created = cluster.apply(Fixtures.configMap(namespace, "web", "color", "blue"), ApplyOptions.APPLY);
        KubeObject updated = cluster.apply(Fixtures.configMap(namespace, "web", "color", "green"), ApplyOptions.APPLY);

        assertThat(created.metadata().getText("uid")).isPresent();
        assertThat(updated.metadata().getText("uid")).isEqualTo(created.metadata().getText("uid"));
        assertThat(updated.metadata().getText("resourceVersion"))
                .isNotEqualTo(created.metadata().getText("resourceVersion"));
        assertThat(updated.field(FieldPath.of("data", "color"))).contains(Node.of("green"));
        assertThat(client.configMaps().inNamespace(namespace).withName("web").get().getData())
                .containsEntry("color", "green");
    }

    @Test
    void apply_recordsWindlassAsTheFieldManager() throws Exception {
        KubeObject stored = cluster.apply(Fixtures.configMap(namespace, "web", "color", "blue"), ApplyOptions.APPLY);

        Node managed = stored.field(FieldPath.of("metadata", "managedFields").index(0)).orElseThrow();
        assertThat(managed.at(FieldPath.of("manager"))).contains(Node.of("windlass"));
        assertThat(managed.at(FieldPath.of("operation"))).contains(Node.of("Apply"));
    }

    @Test
    void apply_dryRunReturnsTheObjectButStoresNothing() throws Exception {
        KubeObject answer = cluster.apply(Fixtures.configMap(namespace, "web", "color", "blue"), ApplyOptions.DRY_RUN);

        assertThat(answer.name()).isEqualTo("web");
        assertThat(answer.field(FieldPath.of("data", "color"))).contains(Node.of("blue"));
        assertThat(client.configMaps().inNamespace(namespace).withName("web").get()).isNull();
    }

    @Test
    void apply_dryRunOfAnUpdateLeavesTheStoredObjectAlone() throws Exception {
        cluster.apply(Fixtures.configMap(namespace, "web", "color", "blue"), ApplyOptions.APPLY);

        KubeObject answer = cluster.apply(Fixtures.configMap(namespace, "web", "color", "red"), ApplyOptions.DRY_RUN);

        assertThat(answer.field(FieldPath.of("data", "color"))).contains(Node.of("red"));
        assertThat(client.configMaps().inNamespace(namespace).withName("web").get().getData())
                .containsEntry("color", "blue");
    }

    @Test
    void apply_conflictWithAnotherManager_failsWithoutForce_namingTheObjectAndField() {
        appliedByKubectl("web", "color", "blue");

        assertThatThrownBy(() -> cluster.apply(Fixtures.configMap(namespace, "web", "color", "green"),
                ApplyOptions.APPLY))
                .isInstanceOfSatisfying(ClusterException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
                    assertThat(e.getMessage()).contains("ConfigMap " + namespace + "/web").contains("kubectl");
                    assertThat(e.causes()).anySatisfy(cause -> assertThat(cause).contains("data.color"));
                });
        assertThat(client.configMaps().inNamespace(namespace).withName("web").get().getData())
                .containsEntry("color", "blue");
    }

    @Test
    void apply_conflictWithAnotherManager_succeedsWithForce() throws Exception {
        appliedByKubectl("web", "color", "blue");

        KubeObject stored = cluster.apply(Fixtures.configMap(namespace, "web", "color", "green"),
                ApplyOptions.APPLY.withForce(true));

        assertThat(stored.field(FieldPath.of("data", "color"))).contains(Node.of("green"));
    }

    @Test
    void apply_invalidObject_isInvalidWithFieldCauses() {
        KubeObject invalid = Fixtures.yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: %s
                spec:
                  selector:
                    matchLabels: {app: web}
                  template:
                    metadata:
                      labels: {app: other}
                    spec:
                      containers:
                      - name: web
                        image: nginx
                """.formatted(namespace));

        assertThatThrownBy(() -> cluster.apply(invalid, ApplyOptions.APPLY))
                .isInstanceOfSatisfying(ClusterException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID);
                    assertThat(e.getMessage()).startsWith("apply apps/Deployment " + namespace + "/web failed");
                    assertThat(e.causes()).anySatisfy(cause -> assertThat(cause)
                            .startsWith("spec.template.metadata.labels: Invalid value"));
                });
    }

    @Test
    void apply_unknownKind_isUnknownKindNamingApiVersionAndKind() {
        KubeObject unknown = Fixtures.yaml("""
                apiVersion: example.com/v1
                kind: Gizmo
                metadata:
                  name: g
                  namespace: %s
                """.formatted(namespace));

        assertThatThrownBy(() -> cluster.apply(unknown, ApplyOptions.APPLY))
                .isInstanceOfSatisfying(ClusterException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KIND);
                    assertThat(e.getMessage()).contains("example.com/v1").contains("Gizmo")
                            .contains("CustomResourceDefinition");
                });
    }

    @Test
    void apply_intoAMissingNamespace_isNotFound() {
        assertThatThrownBy(() -> cluster.apply(Fixtures.configMap("no-such-namespace", "web", "a", "b"),
                ApplyOptions.APPLY))
                .isInstanceOfSatisfying(ClusterException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void apply_clusterScopedObject_dropsTheNamespaceItWasGiven() throws Exception {
        String name = Fixtures.uniqueName("scoped");
        KubeObject role = Fixtures.yaml("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: %s
                  namespace: %s
                rules: []
                """.formatted(name, namespace));

        KubeObject stored = cluster.apply(role, ApplyOptions.APPLY);

        assertThat(stored.namespace()).isEmpty();
        assertThat(cluster.get(role.gvk(), "", name)).isPresent();
    }

    @Test
    void apply_namespacedObjectWithoutNamespace_goesToTheClientsNamespace() throws Exception {
        String name = Fixtures.uniqueName("defaulted");
        KubeObject placed = Fixtures.configMap(namespace, name, "a", "b");
        KubeObject unplaced = placed.withField(FieldPath.of("metadata"), placed.metadata().without("namespace"));

        KubeObject stored = cluster.apply(unplaced, ApplyOptions.APPLY);

        assertThat(stored.namespace()).isEqualTo(client.getConfiguration().getNamespace());
        cluster.delete(CONFIG_MAP, stored.namespace(), name, PropagationPolicy.BACKGROUND);
    }

    @Test
    void apply_withoutAName_isInvalidBeforeAnyRequest() {
        KubeObject nameless = Fixtures.yaml("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  generateName: web-
                  namespace: %s
                """.formatted(namespace));

        assertThatThrownBy(() -> cluster.apply(nameless, ApplyOptions.APPLY))
                .isInstanceOfSatisfying(ClusterException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID);
                    assertThat(e.getMessage()).contains("metadata.name");
                });
    }

    private void appliedByKubectl(String name, String key, String value) {
        ConfigMap map = new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .addToData(key, value).build();
        client.configMaps().inNamespace(namespace).resource(map).fieldManager("kubectl").serverSideApply();
    }
}
