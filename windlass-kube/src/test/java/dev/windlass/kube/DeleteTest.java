package dev.windlass.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.windlass.engine.cluster.ApplyOptions;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterException.Reason;
import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@WithSandbox(controllers = false)
class DeleteTest {

    private static final GroupVersionKind CONFIG_MAP = new GroupVersionKind("", "v1", "ConfigMap");
    private static KubeCluster cluster;
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
        namespace = SandboxExtension.namespace(client, Fixtures.uniqueName(info.getTestMethod().orElseThrow().getName()));
    }

    @ParameterizedTest(name = "{0}: dependent kept = {1}")
    @CsvSource({"FOREGROUND, false", "BACKGROUND, false", "ORPHAN, true"})
    void delete_appliesThePropagationPolicyToDependents(PropagationPolicy policy, boolean dependentKept)
            throws Exception {
        KubeObject owner = cluster.apply(Fixtures.configMap(namespace, "owner", "a", "b"), ApplyOptions.APPLY);
        cluster.apply(dependentOf(owner), ApplyOptions.APPLY);

        cluster.delete(CONFIG_MAP, namespace, "owner", policy);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(cluster.get(CONFIG_MAP, namespace, "owner")).isEmpty();
            assertThat(cluster.get(CONFIG_MAP, namespace, "dependent").isPresent()).isEqualTo(dependentKept);
        });
        if (dependentKept) {
            KubeObject orphan = cluster.get(CONFIG_MAP, namespace, "dependent").orElseThrow();
            assertThat(orphan.ownerReferences()).isEmpty();
        }
    }

    @Test
    void delete_ofAMissingObject_isNotAnError() throws Exception {
        cluster.delete(CONFIG_MAP, namespace, "never-existed", PropagationPolicy.FOREGROUND);

        assertThat(cluster.get(CONFIG_MAP, namespace, "never-existed")).isEmpty();
    }

    @Test
    void delete_inAMissingNamespace_isNotAnError() throws Exception {
        cluster.delete(CONFIG_MAP, "no-such-namespace", "x", PropagationPolicy.BACKGROUND);
    }

    @Test
    void delete_ofAnUnknownKind_isUnknownKind() {
        assertThatThrownBy(() -> cluster.delete(new GroupVersionKind("example.com", "v1", "Nothing"), namespace, "x",
                PropagationPolicy.BACKGROUND))
                .isInstanceOfSatisfying(ClusterException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KIND));
    }

    @Test
    void delete_ofAClusterScopedObject_ignoresTheNamespace() throws Exception {
        String name = Fixtures.uniqueName("role");
        KubeObject role = Fixtures.yaml("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: %s
                rules: []
                """.formatted(name));
        cluster.apply(role, ApplyOptions.APPLY);

        cluster.delete(role.gvk(), namespace, name, PropagationPolicy.BACKGROUND);

        assertThat(cluster.get(role.gvk(), "", name)).isEmpty();
    }

    private KubeObject dependentOf(KubeObject owner) {
        MapNode reference = MapNode.of("apiVersion", "v1", "kind", "ConfigMap", "name", owner.name(),
                "uid", owner.metadata().getText("uid").orElseThrow());
        return Fixtures.configMap(namespace, "dependent", "c", "d")
                .withField(FieldPath.of("metadata", "ownerReferences"), ListNode.of(reference));
    }
}
