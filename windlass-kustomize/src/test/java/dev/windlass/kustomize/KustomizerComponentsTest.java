package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.SERVICE;
import static dev.windlass.kustomize.KustomizeFixtures.build;
import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.snapshot.MemorySnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class KustomizerComponentsTest {

    private static final String COMPONENT = """
            apiVersion: kustomize.config.k8s.io/v1alpha1
            kind: Component
            resources: [cm.yaml]
            commonLabels:
              feature: on
            """;

    @Test
    void build_appliesComponentToWhatTheKustomizationAccumulated() {
        MemorySnapshot snapshot = files(
                "app/kustomization.yaml", "resources: [svc.yaml]\ncomponents: [../feature]\n",
                "app/svc.yaml", SERVICE,
                "feature/kustomization.yaml", COMPONENT,
                "feature/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: flags\n");

        List<KubeObject> objects = built(snapshot, "app");

        assertThat(objects).extracting(KubeObject::kind).containsExactly("ConfigMap", "Service");
        assertThat(objects).allSatisfy(o -> assertThat(o.labels()).containsEntry("feature", "on"));
    }

    @Test
    void build_refusesKustomizationListedAsComponent() {
        MemorySnapshot snapshot = files("app/kustomization.yaml", "components: [../base]\n",
                "base/kustomization.yaml", "resources: []\n");

        assertThat(build(snapshot, "app").errors().get(0).message()).contains("expected kind 'Component'");
    }

    @Test
    void build_refusesComponentListedAsResource() {
        MemorySnapshot snapshot = files("app/kustomization.yaml", "resources: [../feature]\n",
                "feature/kustomization.yaml", "kind: Component\n");

        assertThat(build(snapshot, "app").errors().get(0).message()).contains("expected kind != 'Component'");
    }
}
