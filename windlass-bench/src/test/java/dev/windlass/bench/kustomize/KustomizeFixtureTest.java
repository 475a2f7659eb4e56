package dev.windlass.bench.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture's shape (object and patch counts) and that Windlass builds it with generators off. */
class KustomizeFixtureTest {

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES);
    private static final KustomizeFixture WITHOUT_GENERATORS = KustomizeFixture.DEFAULT.withGenerators(false);

    @TempDir
    Path root;

    @Test
    void base_holdsFiveHundredObjectsOfElevenKinds() throws IOException {
        KustomizeFixture.Layout layout = KustomizeFixture.DEFAULT.write(root);

        List<MapNode> base;
        try (Stream<Path> files = Files.list(layout.root().resolve("base/apps"))) {
            base = files.flatMap(file -> documents(file).stream()).toList();
        }

        assertThat(KustomizeFixture.DEFAULT.baseObjects()).isEqualTo(500);
        assertThat(base).hasSize(500);
        assertThat(countByKind(base)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("ServiceAccount", 50L),
                Map.entry("ConfigMap", 50L), Map.entry("Secret", 50L), Map.entry("Deployment", 45L),
                Map.entry("StatefulSet", 5L), Map.entry("Service", 50L), Map.entry("Role", 50L),
                Map.entry("RoleBinding", 50L), Map.entry("HorizontalPodAutoscaler", 50L),
                Map.entry("PodDisruptionBudget", 50L), Map.entry("NetworkPolicy", 50L)));
    }

    @Test
    void overlay_listsFiftyPatchesOfEveryFieldAndTheirFilesExist() throws IOException {
        KustomizeFixture.Layout layout = KustomizeFixture.DEFAULT.write(root);
        MapNode kustomization = documents(layout.overlay().resolve("kustomization.yaml")).get(0);

        int patches = list(kustomization, "patches").size();
        int strategic = list(kustomization, "patchesStrategicMerge").size();
        int json = list(kustomization, "patchesJson6902").size();

        assertThat(patches + strategic + json).isEqualTo(OverlayPatches.COUNT).isEqualTo(50);
        assertThat(strategic).isEqualTo(OverlayPatches.LEGACY_STRATEGIC);
        assertThat(json).isEqualTo(OverlayPatches.LEGACY_JSON);
        assertThat(list(kustomization, "patches").stream().filter(p -> p.asMap().orElseThrow().containsKey("target")))
                .hasSize(OverlayPatches.JSON_FILES + OverlayPatches.SELECTOR_PATCHES);
        try (Stream<Path> files = Files.list(layout.overlay().resolve("patches"))) {
            assertThat(files.count()).isEqualTo(OverlayPatches.COUNT - OverlayPatches.SELECTOR_PATCHES);
        }
        assertThat(kustomization.keys()).contains("namePrefix", "commonLabels", "images", "replicas");
        assertThat(list(kustomization, "replicas")).hasSize(KustomizeFixture.REPLICAS);
        assertThat(list(kustomization, "images")).hasSize(KustomizeFixture.APP_IMAGES + 1);
    }

    @Test
    void generators_areListedWithTheirFilesOnlyWhenOn() throws IOException {
        MapNode on = documents(KustomizeFixture.DEFAULT.write(root.resolve("on")).overlay()
                .resolve("kustomization.yaml")).get(0);
        KustomizeFixture.Layout offLayout = WITHOUT_GENERATORS.write(root.resolve("off"));
        MapNode off = documents(offLayout.overlay().resolve("kustomization.yaml")).get(0);

        assertThat(list(on, "configMapGenerator")).hasSize(OverlayGenerators.CONFIG_MAPS);
        assertThat(list(on, "secretGenerator")).hasSize(OverlayGenerators.SECRETS);
        assertThat(root.resolve("on/overlay/config/shop.env")).isRegularFile();
        assertThat(root.resolve("on/overlay/config/tls.key")).isRegularFile();
        assertThat(off.keys()).doesNotContain("configMapGenerator", "secretGenerator");
        assertThat(offLayout.overlay().resolve("config")).doesNotExist();
        assertThat(KustomizeFixture.DEFAULT.builtObjects()).isEqualTo(515);
        assertThat(WITHOUT_GENERATORS.builtObjects()).isEqualTo(500);
    }

    @Test
    void windlass_buildsTheOverlayWithGeneratorsOff() throws IOException {
        List<KubeObject> built = new InProcessBuild(WITHOUT_GENERATORS.write(root)).objects();

        assertThat(built).hasSize(500);
        assertThat(built).allSatisfy(object -> {
            assertThat(object.name()).startsWith("prod-app-");
            assertThat(object.labels()).containsEntry("environment", "production");
        });
        KubeObject account = find(built, "ServiceAccount", "prod-app-000");
        assertThat(account.annotations()).containsEntry("iam.example.com/boundary", "shop-prod");
        KubeObject statefulSet = find(built, "StatefulSet", "prod-app-009");
        assertThat(statefulSet.content().getMap("spec").orElseThrow().getText("podManagementPolicy"))
                .contains("Parallel");
    }

    @Test
    void windlass_appliesImagesAndReplicasOfTheOverlay() throws IOException {
        List<KubeObject> built = new InProcessBuild(WITHOUT_GENERATORS.write(root)).objects();

        String yaml = yamlOf(find(built, "Deployment", "prod-app-006"));
        assertThat(yaml).contains("image: registry.example.com/identity/app-006:1.5.0")
                .contains("image: envoyproxy/envoy:v1.30.2");
        assertThat(find(built, "Deployment", "prod-app-007").content().getMap("spec").orElseThrow().get("replicas"))
                .hasValueSatisfying(replicas -> assertThat(replicas.toPlain()).isEqualTo(3L));
    }

    @Test
    void fixture_refusesTooFewApplications() {
        assertThatThrownBy(() -> new KustomizeFixture(KustomizeFixture.MIN_APPS - 1, false, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 20");
    }

    private static KubeObject find(List<KubeObject> objects, String kind, String name) {
        return objects.stream().filter(o -> o.kind().equals(kind) && o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " was built"));
    }

    private static String yamlOf(KubeObject object) {
        return dev.windlass.kustomize.KustomizeOutput.yaml(List.of(object));
    }

    private static Map<String, Long> countByKind(List<MapNode> objects) {
        return objects.stream().map(o -> o.getText("kind").orElse("?"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static List<Node> list(MapNode map, String key) {
        return map.getList(key).map(ListNode::items).orElse(List.of());
    }

    private static List<MapNode> documents(Path file) {
        try {
            ParsedStream parsed = YAML.read(file.toString(), Files.readString(file));
            assertThat(parsed.issues()).as(file.toString()).isEmpty();
            return parsed.documents().stream().map(ParsedDocument::content).map(n -> n.asMap().orElseThrow()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
