package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.DEPLOYMENT;
import static dev.windlass.kustomize.KustomizeFixtures.SERVICE;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImplicitKustomizationTest {

    private static String configMap(String name) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n";
    }

    private static List<KubeObject> built(MemorySnapshot snapshot, String path) {
        Result<List<KubeObject>> result = ImplicitKustomization.build(snapshot, path, ImplicitKustomization.FLUX_OPTIONS);
        assertThat(result.errors()).isEmpty();
        return result.value();
    }

    @Test
    void generate_listsYamlFilesRecursivelyInWalkOrder() {
        MemorySnapshot snapshot = files("app/b.yaml", configMap("b"), "app/a.yml", configMap("a"),
                "app/sub/c.yaml", configMap("c"), "app/notes.txt", "not yaml", "app/data.json", "{}");

        MapNode kustomization = ImplicitKustomization.generate(snapshot, "app").value();

        assertThat(kustomization.getList("resources").orElseThrow().items())
                .containsExactly(Node.of("./a.yml"), Node.of("./b.yaml"), Node.of("./sub/c.yaml"));
        assertThat(kustomization.getText("kind")).contains("Kustomization");
    }

    @Test
    void generate_listsSubdirectoriesWithTheirOwnKustomizationWithoutWalkingThem() {
        MemorySnapshot snapshot = files("app/x.yaml", configMap("x"),
                "app/base/kustomization.yaml", "resources: [svc.yaml]\n", "app/base/svc.yaml", SERVICE,
                "app/base/extra.yaml", configMap("extra"));

        MapNode kustomization = ImplicitKustomization.generate(snapshot, "app").value();

        assertThat(kustomization.getList("resources").orElseThrow().items())
                .containsExactly(Node.of("./base"), Node.of("./x.yaml"));
    }

    @Test
    void generate_writesThePlaceholderNamespaceForAnEmptyDirectory() {
        MemorySnapshot snapshot = files("app/README.md", "nothing here");

        MapNode kustomization = ImplicitKustomization.generate(snapshot, "app").value();

        assertThat(kustomization.getText("namespace")).contains("_placeholder");
        assertThat(kustomization.containsKey("resources")).isFalse();
        assertThat(built(snapshot, "app")).isEmpty();
    }

    @Test
    void build_buildsTheGeneratedKustomizationInAccumulationOrder() {
        MemorySnapshot snapshot = files("app/svc.yaml", SERVICE, "app/deploy/deployment.yaml", DEPLOYMENT,
                "app/z-config.yaml", configMap("z") + "---\n" + configMap("y"));

        assertThat(built(snapshot, "app")).extracting(KubeObject::kind, KubeObject::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Deployment", "web"),
                org.assertj.core.groups.Tuple.tuple("Service", "web"),
                org.assertj.core.groups.Tuple.tuple("ConfigMap", "z"),
                org.assertj.core.groups.Tuple.tuple("ConfigMap", "y"));
    }

    @Test
    void build_usesAnExistingKustomizationAsItIs() {
        MemorySnapshot snapshot = files("app/kustomization.yaml", "resources: [svc.yaml]\nnamePrefix: p-\n",
                "app/svc.yaml", SERVICE, "app/other.yaml", configMap("other"));

        assertThat(built(snapshot, "app")).extracting(KubeObject::name).containsExactly("p-web");
    }

    @Test
    void build_refusesYamlThatIsNotKubernetesObjects() {
        MemorySnapshot snapshot = files("app/ok.yaml", configMap("ok"), "app/values.yaml", "replicas: 2\n",
                "app/unnamed.yaml", "apiVersion: v1\nkind: ConfigMap\n");

        Result<List<KubeObject>> result = ImplicitKustomization.build(snapshot, "app", ImplicitKustomization.FLUX_OPTIONS);

        assertThat(result.value()).isEmpty();
        assertThat(result.errors()).extracting(Issue::message).anySatisfy(m -> assertThat(m)
                .contains("failed to decode Kubernetes YAML from app/unnamed.yaml", "has no metadata.name"));
        assertThat(result.errors()).extracting(Issue::message).anySatisfy(m -> assertThat(m)
                .contains("app/values.yaml", "has no kind"));
    }

    @Test
    void build_readsFilesThroughLinksAndLeavesTheUserTreeAlone() {
        MemorySnapshot snapshot = MemorySnapshot.builder("test").file("shared/cm.yaml", configMap("shared"))
                .symlink("app/cm.yaml", "../shared/cm.yaml").symlink("app/linked-dir", "../shared").build();

        assertThat(built(snapshot, "app")).extracting(KubeObject::name).containsExactly("shared");
        assertThat(snapshot.entry("app/kustomization.yaml")).isEmpty();
    }

    @Test
    void build_reportsAMissingDirectory() {
        MemorySnapshot snapshot = files("other/x.yaml", configMap("x"));

        Result<List<KubeObject>> result = ImplicitKustomization.build(snapshot, "app", ImplicitKustomization.FLUX_OPTIONS);

        assertThat(result.errors()).singleElement().extracting(Issue::message).asString()
                .contains("'app' is not a directory");
    }
}
