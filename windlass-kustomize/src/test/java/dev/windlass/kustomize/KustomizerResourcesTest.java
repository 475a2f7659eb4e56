package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.DEPLOYMENT;
import static dev.windlass.kustomize.KustomizeFixtures.SERVICE;
import static dev.windlass.kustomize.KustomizeFixtures.build;
import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.tree.FieldPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KustomizerResourcesTest {

    @ParameterizedTest
    @ValueSource(strings = {"kustomization.yaml", "kustomization.yml", "Kustomization"})
    void build_findsEachKustomizationFileName(String name) {
        MemorySnapshot snapshot = files("app/" + name, "resources: [svc.yaml]\n", "app/svc.yaml", SERVICE);

        assertThat(built(snapshot, "app")).extracting(KubeObject::name).containsExactly("web");
    }

    @Test
    void build_refusesSeveralKustomizationFiles() {
        MemorySnapshot snapshot = files("app/kustomization.yaml", "resources: []\n", "app/Kustomization", "resources: []\n");

        Result<List<KubeObject>> result = build(snapshot, "app");

        assertThat(result.errors()).singleElement().extracting(Issue::message).asString()
                .contains("multiple kustomization files under: app");
    }

    @Test
    void build_refusesDirectoryWithoutKustomization() {
        MemorySnapshot snapshot = files("app/svc.yaml", SERVICE);

        assertThat(build(snapshot, "app").errors()).singleElement().extracting(Issue::message).asString()
                .contains("unable to find one of 'kustomization.yaml'", "'app'");
    }

    @Test
    void build_refusesUnknownKind() {
        MemorySnapshot snapshot = files("kustomization.yaml", "apiVersion: v1\nkind: ConfigMap\n");

        assertThat(build(snapshot, "").errors()).singleElement().extracting(Issue::message).asString()
                .contains("kind 'ConfigMap' is not a kustomization");
    }

    @Test
    void build_readsMultiDocumentFilesAndFlattensLists() {
        String list = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: b\n";
        MemorySnapshot snapshot = files("kustomization.yaml", "resources: [all.yaml, list.yaml]\n",
                "all.yaml", SERVICE + "---\n---\n" + DEPLOYMENT, "list.yaml", list);

        assertThat(built(snapshot, "")).extracting(KubeObject::kind).containsExactly("ConfigMap", "Service", "Deployment");
    }

    @Test
    void build_includesNestedBasesBeforeOverlayTransforms() {
        MemorySnapshot snapshot = files(
                "base/kustomization.yaml", "resources: [svc.yaml]\nnamePrefix: base-\n",
                "base/svc.yaml", SERVICE,
                "mid/kustomization.yaml", "resources: [../base]\nnamePrefix: mid-\n",
                "prod/kustomization.yaml", "resources: [../mid]\nnameSuffix: -prod\n");

        assertThat(built(snapshot, "prod")).extracting(KubeObject::name).containsExactly("mid-base-web-prod");
    }

    @Test
    void build_namesTheCycleBetweenBases() {
        MemorySnapshot snapshot = files(
                "a/kustomization.yaml", "resources: [../b]\n",
                "b/kustomization.yaml", "resources: [../a]\n");

        Issue issue = build(snapshot, "a").errors().get(0);

        assertThat(issue.message()).contains("cycle detected", "a -> b -> a");
        assertThat(issue.location().file()).isEqualTo("b/kustomization.yaml");
    }

    @Test
    void build_refusesBaseThatContainsTheKustomization() {
        MemorySnapshot snapshot = files("kustomization.yaml", "resources: []\n",
                "app/kustomization.yaml", "resources: [..]\n");

        assertThat(build(snapshot, "app").errors().get(0).message()).contains("cycle detected");
    }

    @Test
    void build_namesTheKustomizationThatReferencedAMissingFile() {
        MemorySnapshot snapshot = files("base/kustomization.yaml", "resources: [svc.yaml, gone.yaml]\n",
                "base/svc.yaml", SERVICE, "prod/kustomization.yaml", "resources: [../base]\n");

        Issue issue = build(snapshot, "prod").errors().get(0);

        assertThat(issue.location().file()).isEqualTo("base/kustomization.yaml");
        assertThat(issue.location().field()).isEqualTo(FieldPath.of("resources").index(1));
        assertThat(issue.message()).contains("'gone.yaml'", "does not exist");
    }

    @Test
    void build_refusesFileAboveTheKustomizationByDefault() {
        MemorySnapshot snapshot = files("shared/svc.yaml", SERVICE, "app/kustomization.yaml", "resources: [../shared/svc.yaml]\n");

        Result<List<KubeObject>> result = build(snapshot, "app");

        assertThat(result.errors()).singleElement().extracting(Issue::message).asString()
                .contains("security; file '../shared/svc.yaml' is not in or below 'app'");
    }

    @Test
    void build_readsFileAboveTheKustomizationWithoutRestrictor() {
        MemorySnapshot snapshot = files("shared/svc.yaml", SERVICE, "app/kustomization.yaml", "resources: [../shared/svc.yaml]\n");

        Result<List<KubeObject>> result = Kustomizer.build(snapshot, "app",
                KustomizeOptions.defaults().withLoadRestrictor(LoadRestrictor.NONE));

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.value()).extracting(KubeObject::kind).containsExactly("Service");
    }

    @Test
    void build_refusesPathLeavingTheSnapshot() {
        MemorySnapshot snapshot = files("kustomization.yaml", "resources: [../outside]\n");

        assertThat(build(snapshot, "").errors().get(0).message()).contains("leads outside the source root");
    }

    @Test
    void build_refusesTwoObjectsWithTheSameId() {
        MemorySnapshot snapshot = files("kustomization.yaml", "resources: [a.yaml, b.yaml]\n", "a.yaml", SERVICE, "b.yaml", SERVICE);

        assertThat(build(snapshot, "").errors().get(0).message()).contains("already registered id: Service/web");
    }

    @Test
    void build_refusesFieldsNotSupportedYetByName() {
        MemorySnapshot snapshot = files("kustomization.yaml", "validators:\n- v.yaml\n");

        Issue issue = build(snapshot, "").errors().get(0);

        assertThat(issue.code()).isEqualTo(KustomizationReader.UNSUPPORTED);
        assertThat(issue.location().field()).isEqualTo(FieldPath.of("validators"));
    }

    @Test
    void build_readsFieldNamesIgnoringCaseAsKustomizeDoes() {
        MemorySnapshot snapshot = files("kustomization.yaml", "resources: [svc.yaml]\nnameprefix: p-\n", "svc.yaml", SERVICE);

        assertThat(built(snapshot, "")).extracting(KubeObject::name).containsExactly("p-web");
    }

    @Test
    void build_refusesUnknownField() {
        MemorySnapshot snapshot = files("kustomization.yaml", "resourcez: [svc.yaml]\n");

        assertThat(build(snapshot, "").errors().get(0).message()).contains("unknown field 'resourcez'");
    }
}
