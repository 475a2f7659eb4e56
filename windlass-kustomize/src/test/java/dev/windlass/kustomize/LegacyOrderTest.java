package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyOrderTest {

    private static String object(String apiVersion, String kind, String name) {
        return "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: " + name + "\n";
    }

    private static final String MIXED = String.join("---\n",
            object("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", "v"),
            object("example.com/v1", "Widget", "w"),
            object("apps/v1", "Deployment", "b"),
            object("apps/v1", "Deployment", "a"),
            object("v1", "Service", "s"),
            object("v1", "Namespace", "n"),
            object("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration", "m"),
            object("v1", "ConfigMap", "c"));

    @Test
    void build_ordersKindsFirstMiddleLastThenByName() {
        List<KubeObject> objects = built(files("kustomization.yaml", "resources: [all.yaml]\n", "all.yaml", MIXED), "");

        assertThat(objects).extracting(o -> o.kind() + "/" + o.name()).containsExactly("Namespace/n", "ConfigMap/c",
                "Service/s", "Deployment/a", "Deployment/b", "Widget/w", "MutatingWebhookConfiguration/m",
                "ValidatingWebhookConfiguration/v");
    }

    @Test
    void build_keepsAccumulationOrderWithFifoSortOptions() {
        List<KubeObject> objects = built(files("kustomization.yaml", "resources: [all.yaml]\nsortOptions:\n  order: fifo\n",
                "all.yaml", MIXED), "");

        assertThat(objects).extracting(KubeObject::name).containsExactly("v", "w", "b", "a", "s", "n", "m", "c");
    }

    @Test
    void build_keepsAccumulationOrderWhenAskedAndNotOverridden() {
        Result<List<KubeObject>> result = Kustomizer.build(files("kustomization.yaml", "resources: [all.yaml]\n", "all.yaml", MIXED),
                "", KustomizeOptions.defaults().withAccumulationOrder());

        assertThat(result.value()).extracting(KubeObject::name).startsWith("v", "w");
    }

    @Test
    void gvkText_marksEmptyGroup() {
        assertThat(LegacyOrder.gvkText(new GroupVersionKind("", "v1", "Pod"))).isEqualTo("~G_v1_Pod");
    }

    @Test
    void output_printsDocumentsSeparatedLikeKustomize() {
        List<KubeObject> objects = built(files("kustomization.yaml", "resources: [all.yaml]\n", "all.yaml",
                object("v1", "ConfigMap", "b") + "---\n" + object("v1", "ConfigMap", "a")), "");

        assertThat(KustomizeOutput.yaml(objects)).isEqualTo("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: a
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: b
                """);
        assertThat(KustomizeOutput.yaml(List.of())).isEmpty();
    }
}
