package dev.windlass.sandbox.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** What a user reads with kubectl: get in every output form, selectors, discovery and explain. */
@WithSandbox(controllers = false)
class KubectlReadTest {

    private Kubectl kubectl;
    private KubernetesClient client;
    private String namespace;

    @BeforeAll
    static void kubectlInstalled() {
        Kubectl.assumeInstalled();
    }

    @BeforeEach
    void setUp(Sandbox sandbox, KubernetesClient client, TestInfo info, @TempDir Path dir) {
        this.kubectl = Kubectl.forSandbox(sandbox, dir);
        this.client = client;
        this.namespace = SandboxExtension.namespace(client, info.getTestMethod().orElseThrow().getName());
    }

    @Test
    void getYaml_printsTheStoredObject() {
        configMap("settings", Map.of("app", "web"), Map.of("mode", "fast"));

        String yaml = kubectl.run("get", "configmap", "settings", "-n", namespace, "-o", "yaml").ok();

        String uid = client.configMaps().inNamespace(namespace).withName("settings").get().getMetadata().getUid();
        assertThat(yaml).startsWith("apiVersion: v1\n").contains("kind: ConfigMap\n", "  mode: fast\n",
                "  name: settings\n", "  namespace: " + namespace + "\n", "  uid: " + uid + "\n", "    app: web\n");
    }

    @Test
    void getJson_printsAListWithEveryItem() {
        configMap("a", Map.of(), Map.of("k", "1"));
        configMap("b", Map.of(), Map.of("k", "2"));

        MapNode list = json(kubectl.run("get", "configmaps", "-n", namespace, "-o", "json").ok());

        assertThat(list.getText("kind")).contains("List");
        assertThat(names(list.getList("items").orElseThrow())).contains("a", "b");
        assertThat(list.getList("items").orElseThrow().items()).hasSize(
                client.configMaps().inNamespace(namespace).list().getItems().size());
    }

    @Test
    void getName_withEqualityAndSetSelectors_listsOnlyMatchingObjects() {
        configMap("web", Map.of("tier", "web", "env", "prod"), Map.of());
        configMap("db", Map.of("tier", "db", "env", "prod"), Map.of());
        configMap("cache", Map.of("tier", "cache"), Map.of());

        assertThat(kubectl.run("get", "cm", "-n", namespace, "-l", "tier=web", "-o", "name").lines())
                .containsExactly("configmap/web");
        assertThat(kubectl.run("get", "cm", "-n", namespace, "-l", "tier in (web,db),env!=dev", "-o", "name")
                .lines()).containsExactly("configmap/db", "configmap/web");
        assertThat(kubectl.run("get", "cm", "-n", namespace, "-l", "!env,tier", "-o", "name").lines())
                .containsExactly("configmap/cache");
    }

    @Test
    void getAllNamespaces_findsObjectsInEveryNamespace() {
        String other = SandboxExtension.namespace(client, namespace + "-other");
        configMap("here", Map.of("probe", namespace), Map.of());
        client.configMaps().inNamespace(other).resource(new ConfigMapBuilder().withNewMetadata().withName("there")
                .addToLabels("probe", namespace).endMetadata().build()).create();

        Kubectl.Result table = kubectl.run("get", "configmaps", "-A", "-l", "probe=" + namespace);
        MapNode list = json(kubectl.run("get", "configmaps", "-A", "-l", "probe=" + namespace, "-o", "json").ok());

        assertThat(table.ok().lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
                .startsWith("NAMESPACE").contains("NAME"));
        assertThat(table.lines()).anyMatch(line -> line.startsWith(namespace + " ") && line.contains("here"))
                .anyMatch(line -> line.startsWith(other + " ") && line.contains("there")).hasSize(3);
        assertThat(list.getList("items").orElseThrow().items()).extracting(item -> item.asMap().orElseThrow()
                .getMap("metadata").orElseThrow().getText("namespace").orElseThrow())
                .containsExactlyInAnyOrder(namespace, other);
    }

    @Test
    void getMissingObject_failsWithNotFound() {
        Kubectl.Result result = kubectl.run("get", "configmap", "absent", "-n", namespace);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("Error from server (NotFound): configmaps \"absent\" not found");
        assertThat(kubectl.run("get", "configmap", "absent", "-n", namespace, "--ignore-not-found").ok()).isEmpty();
    }

    @Test
    void getJsonpath_readsAField() {
        configMap("settings", Map.of(), Map.of("mode", "fast"));

        assertThat(kubectl.run("get", "cm", "settings", "-n", namespace, "-o", "jsonpath={.data.mode}").ok())
                .isEqualTo("fast");
    }

    @Test
    void createNamespace_createsItAndRefusesASecondTime() {
        String name = namespace + "-made";

        assertThat(kubectl.run("create", "namespace", name).ok()).isEqualTo("namespace/" + name + " created\n");
        Kubectl.Result again = kubectl.run("create", "namespace", name);

        Namespace created = client.namespaces().withName(name).get();
        assertThat(created.getStatus().getPhase()).isEqualTo("Active");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).contains("Error from server (AlreadyExists): namespaces \"" + name
                + "\" already exists");
    }

    @Test
    void apiResources_listsBuiltinResourcesWithShortNamesAndScope() {
        List<String> lines = kubectl.run("api-resources").lines();

        assertThat(lines.get(0)).startsWith("NAME").contains("SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND");
        assertThat(lines).anyMatch(line -> line.matches("deployments\\s+deploy\\s+apps/v1\\s+true\\s+Deployment"))
                .anyMatch(line -> line.matches("namespaces\\s+ns\\s+v1\\s+false\\s+Namespace"))
                .anyMatch(line -> line.matches("customresourcedefinitions\\s+crd,crds\\s+apiextensions.k8s.io/v1"
                        + "\\s+false\\s+CustomResourceDefinition"));
        assertThat(kubectl.run("api-resources", "--namespaced=false", "-o", "name").lines())
                .contains("namespaces", "nodes").doesNotContain("pods", "deployments.apps");
    }

    @Test
    void apiVersions_listsCoreAndGroupVersions() {
        assertThat(kubectl.run("api-versions").lines()).contains("v1", "apps/v1", "batch/v1",
                "apiextensions.k8s.io/v1", "networking.k8s.io/v1", "rbac.authorization.k8s.io/v1");
    }

    /** What works today: a kind's top-level fields come from the OpenAPI v3 document. */
    @Test
    void explainKind_printsGroupKindVersionAndTopLevelFields() {
        String out = kubectl.run("explain", "deployment").ok();

        assertThat(out).contains("GROUP:      apps", "KIND:       Deployment", "VERSION:    v1", "FIELDS:",
                "apiVersion\t<string>", "metadata\t<ObjectMeta>");
    }

    @Test
    @Disabled("gap: the sandbox's OpenAPI v3 schemas for built-in kinds stop at apiVersion/kind/metadata "
            + "(x-kubernetes-preserve-unknown-fields), so kubectl says 'field \"spec\" does not exist'")
    void explainField_describesDeploymentSpecReplicas() {
        String out = kubectl.run("explain", "deployment.spec.replicas").ok();

        assertThat(out).contains("FIELD: replicas <integer>", "DESCRIPTION:");
    }

    private void configMap(String name, Map<String, String> labels, Map<String, String> data) {
        client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata().withName(name)
                .withLabels(labels).endMetadata().withData(data).build()).create();
    }

    private static MapNode json(String text) {
        return JsonReader.create(CodecLimits.DEFAULT).read("kubectl.json", text).documents().get(0).content()
                .asMap().orElseThrow();
    }

    private static List<String> names(ListNode items) {
        return items.items().stream().map(Node::asMap).map(m -> m.orElseThrow().getMap("metadata").orElseThrow()
                .getText("name").orElseThrow()).toList();
    }
}
