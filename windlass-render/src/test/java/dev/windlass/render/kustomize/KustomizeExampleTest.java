package dev.windlass.render.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.snapshot.LocalSnapshot;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import dev.windlass.render.RenderResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overlay in examples/kustomize-app, rendered with the overrides of examples/apps/kustomize.yaml. */
class KustomizeExampleTest {

    private static final Snapshot EXAMPLES =
            LocalSnapshot.of(Path.of(System.getProperty("basedir", "."), "..", "examples").normalize());

    /** kustomize's content hash of the merged ConfigMap (kubectl kustomize prints the same). */
    private static final String HASH = "g8c87dk9m9";

    @Test
    void exampleOverlay_rendersWithTheApplicationsOverrides() {
        KustomizeOverrides overrides = KustomizeOverrides.builder().namePrefix("windlass-")
                .commonLabels(Map.of("app.kubernetes.io/part-of", "kustomize-demo"))
                .images(List.of("nginx=nginx:1.27")).build();

        RenderResult result = new KustomizeRenderer(overrides).render(EXAMPLES, "kustomize-app/overlays/demo");

        assertThat(result.issues()).isEmpty();
        assertThat(result.objects()).extracting(KubeObject::kind, KubeObject::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ConfigMap", "windlass-hello-settings-" + HASH),
                org.assertj.core.groups.Tuple.tuple("Service", "windlass-hello"),
                org.assertj.core.groups.Tuple.tuple("Deployment", "windlass-hello"));
        KubeObject deployment = result.objects().get(2);
        assertThat(deployment.labels()).containsEntry("app.kubernetes.io/part-of", "kustomize-demo")
                .containsEntry("environment", "demo").containsEntry("app.kubernetes.io/name", "hello");
        assertThat(deployment.content().at(FieldPath.of("spec", "replicas"))).contains(Node.of(2L));
        assertThat(deployment.content().at(FieldPath.of("spec", "template", "spec", "containers").index(0).key("image")))
                .contains(Node.of("nginx:1.27"));
        assertThat(result.objects().get(0).content().at(FieldPath.of("data", "GREETING")))
                .contains(Node.of("hello from the demo overlay"));
        assertThat(deployment.content().at(FieldPath.of("spec", "template", "spec", "containers").index(0)
                .key("envFrom").index(0).key("configMapRef").key("name")))
                .contains(Node.of("windlass-hello-settings-" + HASH));
    }
}
