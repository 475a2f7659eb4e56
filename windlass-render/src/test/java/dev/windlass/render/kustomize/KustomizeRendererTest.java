package dev.windlass.render.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.render.RenderResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KustomizeRendererTest {

    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 1
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.25
            """;

    static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              selector: {app: web}
              ports:
              - port: 80
            """;

    private static MemorySnapshot overlay(String overlayKustomization) {
        return MemorySnapshot.builder("test")
                .file("base/kustomization.yaml", "resources: [deployment.yaml, service.yaml]\n")
                .file("base/deployment.yaml", DEPLOYMENT)
                .file("base/service.yaml", SERVICE)
                .file("overlay/kustomization.yaml", overlayKustomization)
                .build();
    }

    private static RenderResult render(MemorySnapshot snapshot, KustomizeOverrides overrides) {
        return new KustomizeRenderer(overrides).render(snapshot, "overlay");
    }

    private static List<KubeObject> rendered(MemorySnapshot snapshot, KustomizeOverrides overrides) {
        RenderResult result = render(snapshot, overrides);
        assertThat(result.issues()).filteredOn(Issue::isError).isEmpty();
        return result.objects();
    }

    /** A field path from keys (strings) and list indexes (integers). */
    private static FieldPath path(Object... parts) {
        FieldPath out = FieldPath.root();
        for (Object part : parts) {
            out = part instanceof Integer index ? out.index(index) : out.key((String) part);
        }
        return out;
    }

    private static KubeObject only(List<KubeObject> objects, String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static String image(List<KubeObject> objects) {
        return only(objects, "Deployment").content().at(path("spec", "template", "spec", "containers", 0, "image"))
                .map(n -> n.asText().orElseThrow()).orElseThrow();
    }

    private static Issue onlyError(RenderResult result) {
        assertThat(result.objects()).isEmpty();
        return result.issues().stream().filter(Issue::isError).reduce((a, b) -> {
            throw new AssertionError("more than one error: " + result.issues());
        }).orElseThrow(() -> new AssertionError("no error in " + result.issues()));
    }

    @Test
    void render_buildsTheKustomizationInKustomizesLegacyOrder() {
        List<KubeObject> objects = rendered(overlay("resources: [../base]\n"), KustomizeOverrides.NONE);

        assertThat(objects).extracting(KubeObject::kind).containsExactly("Service", "Deployment");
    }

    @Test
    void namePrefixAndSuffix_replaceTheKustomizationsOwn() {
        KustomizeOverrides overrides = KustomizeOverrides.builder().namePrefix("prod-").nameSuffix("-v2").build();

        List<KubeObject> objects = rendered(overlay("resources: [../base]\nnamePrefix: dev-\n"), overrides);

        assertThat(objects).extracting(KubeObject::name).containsOnly("prod-web-v2");
    }

    @ParameterizedTest
    @CsvSource({
        "nginx=registry.example.com/nginx:1.27, registry.example.com/nginx:1.27",
        "nginx:1.26, nginx:1.26",
        "nginx@sha256:abc123, nginx@sha256:abc123",
        "nginx=mirror/nginx, mirror/nginx:1.25",
        "nginx=mirror/nginx:1.27@sha256:def, mirror/nginx:1.27@sha256:def",
        "other:2.0, nginx:1.25",
    })
    void images_acceptArgoCdsStringForms(String argument, String expected) {
        KustomizeOverrides overrides = KustomizeOverrides.builder().images(List.of(argument)).build();

        assertThat(image(rendered(overlay("resources: [../base]\n"), overrides))).isEqualTo(expected);
    }

    @Test
    void images_replaceTheEntryOfTheSameNameAndKeepWhatAStarNames() {
        String kustomization = "resources: [../base]\nimages:\n- name: nginx\n  newName: mirror/nginx\n  newTag: '1.20'\n";
        KustomizeOverrides overrides = KustomizeOverrides.builder().images(List.of("nginx=*:1.27")).build();

        assertThat(image(rendered(overlay(kustomization), overrides))).isEqualTo("mirror/nginx:1.27");
    }

    @Test
    void images_refuseABareName() {
        KustomizeOverrides overrides = KustomizeOverrides.builder().images(List.of("nginx")).build();

        Issue error = onlyError(render(overlay("resources: [../base]\n"), overrides));

        assertThat(error.location().fileName()).contains("overlay/kustomization.yaml");
        assertThat(error.location().fieldPath()).contains(FieldPath.of("images"));
        assertThat(error.message()).contains("'nginx'", "name=newName:tag");
    }

    @Test
    void commonLabels_areAddedToObjectsAndSelectors() {
        KustomizeOverrides overrides = KustomizeOverrides.builder().commonLabels(Map.of("team", "blue")).build();

        KubeObject deployment = only(rendered(overlay("resources: [../base]\n"), overrides), "Deployment");

        assertThat(deployment.labels()).containsEntry("team", "blue");
        assertThat(deployment.content().at(path("spec", "selector", "matchLabels", "team"))).contains(Node.of("blue"));
    }

    @Test
    void commonLabels_thatTheKustomizationHas_needForce() {
        String kustomization = "resources: [../base]\ncommonLabels:\n  team: red\n";
        KustomizeOverrides.Builder overrides = KustomizeOverrides.builder().commonLabels(Map.of("team", "blue"));

        Issue error = onlyError(render(overlay(kustomization), overrides.build()));
        KubeObject forced = only(rendered(overlay(kustomization), overrides.forceCommonLabels(true).build()), "Service");

        assertThat(error.location().fieldPath()).contains(FieldPath.of("commonLabels", "team"));
        assertThat(error.message()).contains("forceCommonLabels");
        assertThat(forced.labels()).containsEntry("team", "blue");
    }

    @Test
    void labelWithoutSelector_leavesSelectorsAlone() {
        KustomizeOverrides overrides = KustomizeOverrides.builder().commonLabels(Map.of("team", "blue"))
                .labelWithoutSelector(true).build();

        KubeObject deployment = only(rendered(overlay("resources: [../base]\n"), overrides), "Deployment");

        assertThat(deployment.labels()).containsEntry("team", "blue");
        assertThat(deployment.content().at(path("spec", "selector", "matchLabels", "team"))).isEmpty();
        assertThat(deployment.content().at(path("spec", "template", "metadata", "labels", "team"))).isEmpty();
    }

    @Test
    void labelIncludeTemplates_labelsTemplatesAndNeedsLabelWithoutSelector() {
        KustomizeOverrides.Builder overrides = KustomizeOverrides.builder().commonLabels(Map.of("team", "blue"))
                .labelIncludeTemplates(true);

        Issue error = onlyError(render(overlay("resources: [../base]\n"), overrides.build()));
        KubeObject deployment = only(rendered(overlay("resources: [../base]\n"),
                overrides.labelWithoutSelector(true).build()), "Deployment");

        assertThat(error.message()).contains("labelWithoutSelector");
        assertThat(deployment.content().at(path("spec", "template", "metadata", "labels", "team"))).contains(Node.of("blue"));
        assertThat(deployment.content().at(path("spec", "selector", "matchLabels", "team"))).isEmpty();
    }

    @Test
    void commonAnnotations_areAddedAndExistingOnesNeedForce() {
        String kustomization = "resources: [../base]\ncommonAnnotations:\n  owner: ops\n";
        KustomizeOverrides.Builder overrides = KustomizeOverrides.builder().commonAnnotations(Map.of("owner", "dev"));

        Issue error = onlyError(render(overlay(kustomization), overrides.build()));
        KubeObject service = only(rendered(overlay(kustomization), overrides.forceCommonAnnotations(true).build()), "Service");

        assertThat(error.message()).contains("annotation 'owner'", "forceCommonAnnotations");
        assertThat(service.annotations()).containsEntry("owner", "dev");
    }

    @Test
    void namespace_isSetAndMustBeAValidName() {
        List<KubeObject> objects = rendered(overlay("resources: [../base]\n"),
                KustomizeOverrides.builder().namespace("shop").build());
        Issue error = onlyError(render(overlay("resources: [../base]\n"),
                KustomizeOverrides.builder().namespace("Not_Valid").build()));

        assertThat(objects).extracting(KubeObject::namespace).containsOnly("shop");
        assertThat(error.message()).contains("'Not_Valid' is not a valid namespace name");
    }

    @Test
    void replicas_setTheCountByName() {
        KustomizeOverrides overrides = KustomizeOverrides.builder()
                .replicas(List.of(new KustomizeOverrides.Replica("web", 3))).build();

        KubeObject deployment = only(rendered(overlay("resources: [../base]\n"), overrides), "Deployment");

        assertThat(deployment.content().at(path("spec", "replicas"))).contains(Node.of(3L));
    }

    @Test
    void patches_areAppendedToTheKustomizationsPatches() {
        MapNode patch = MapNode.of("target", MapNode.of("kind", "Service"),
                "patch", "- op: add\n  path: /metadata/labels\n  value: {patched: \"yes\"}\n");
        KustomizeOverrides overrides = KustomizeOverrides.builder().patches(List.of(patch)).build();

        KubeObject service = only(rendered(overlay("resources: [../base]\n"), overrides), "Service");

        assertThat(service.labels()).containsEntry("patched", "yes");
    }

    @Test
    void components_areAddedAndMissingOnesFailUnlessIgnored() {
        MemorySnapshot snapshot = MemorySnapshot.builder("test")
                .file("overlay/kustomization.yaml", "resources: [svc.yaml]\n")
                .file("overlay/svc.yaml", SERVICE)
                .file("components/team/kustomization.yaml",
                        "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ncommonLabels: {team: blue}\n")
                .build();
        KustomizeOverrides.Builder overrides = KustomizeOverrides.builder()
                .components(List.of("../components/team", "../components/missing"));

        Issue error = onlyError(render(snapshot, overrides.build()));
        List<KubeObject> objects = rendered(snapshot, overrides.ignoreMissingComponents(true).build());

        assertThat(error.message()).contains("'../components/missing'", "ignoreMissingComponents");
        assertThat(only(objects, "Service").labels()).containsEntry("team", "blue");
    }

    @Test
    void version_isAcceptedWithAWarning() {
        RenderResult result = render(overlay("resources: [../base]\n"), KustomizeOverrides.builder().version("v4.5.7").build());

        assertThat(result.objects()).hasSize(2);
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.isError()).isFalse();
            assertThat(issue.message()).contains("v4.5.7", "own kustomize engine");
        });
    }

    @Test
    void overrides_onADirectoryWithoutKustomization_areAnError() {
        MemorySnapshot snapshot = MemorySnapshot.builder("test").file("overlay/service.yaml", SERVICE).build();

        Issue withOverrides = onlyError(render(snapshot, KustomizeOverrides.builder().namePrefix("p-").build()));
        Issue without = onlyError(render(snapshot, KustomizeOverrides.NONE));

        assertThat(withOverrides.message()).contains("need a kustomization file in 'overlay'");
        assertThat(without.message()).contains("unable to find one of 'kustomization.yaml'");
    }

    @Test
    void overrides_leaveTheSourceUnchanged() throws Exception {
        MemorySnapshot snapshot = overlay("resources: [../base]\n");

        rendered(snapshot, KustomizeOverrides.builder().namePrefix("p-").namespace("shop").build());

        assertThat(new String(snapshot.read("overlay/kustomization.yaml", 1000), StandardCharsets.UTF_8))
                .isEqualTo("resources: [../base]\n");
    }

    @Test
    void overrides_applyThroughALinkedDirectory() {
        MemorySnapshot snapshot = MemorySnapshot.builder("test")
                .file("real/kustomization.yaml", "resources: [svc.yaml]\n").file("real/svc.yaml", SERVICE)
                .symlink("overlay", "real").build();

        assertThat(rendered(snapshot, KustomizeOverrides.builder().namePrefix("p-").build()))
                .extracting(KubeObject::name).containsExactly("p-web");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kustomization.yaml", "kustomization.yml", "Kustomization"})
    void isKustomization_findsEachFileName(String name) {
        MemorySnapshot snapshot = MemorySnapshot.builder("test").file("app/" + name, "resources: []\n")
                .file("plain/svc.yaml", SERVICE).build();

        assertThat(KustomizeRenderer.isKustomization(snapshot, "app")).isTrue();
        assertThat(KustomizeRenderer.isKustomization(snapshot, "plain")).isFalse();
    }
}
