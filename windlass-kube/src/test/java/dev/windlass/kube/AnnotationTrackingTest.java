package dev.windlass.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.windlass.engine.cluster.ApplyOptions;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.engine.tracking.TrackingMethod;
import dev.windlass.model.KubeObject;
import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Annotation tracking: no server-side label filter, the tracking id decides in memory. */
@WithSandbox(controllers = false)
class AnnotationTrackingTest {

    private static final Tracking ANNOTATION = new Tracking(TrackingMethod.ANNOTATION, Tracking.INSTANCE_LABEL);
    private static KubeCluster cluster;

    @BeforeAll
    static void connect(KubernetesClient client) {
        cluster = KubeCluster.connect(client, ANNOTATION);
    }

    @AfterAll
    static void close() {
        cluster.close();
    }

    @Test
    void tracked_countsOnlyObjectsWhoseTrackingIdMatchesThemselves(KubernetesClient client)
            throws Exception {
        String namespace = SandboxExtension.namespace(client, Fixtures.uniqueName("annotation"));
        String app = Fixtures.uniqueName("app");
        KubeObject original = ANNOTATION.mark(Fixtures.configMap(namespace, "original", "v", "1"), app);
        KubeObject copy = Fixtures.configMap(namespace, "copy", "v", "1")
                .withAnnotation(Tracking.TRACKING_ID, original.annotation(Tracking.TRACKING_ID).orElseThrow());
        KubeObject labelOnly = Fixtures.configMap(namespace, "label-only", "v", "1")
                .withLabel(Tracking.INSTANCE_LABEL, app);
        String sentinelApp = Fixtures.uniqueName("sentinel");
        KubeObject sentinel = ANNOTATION.mark(Fixtures.configMap(namespace, "sentinel", "v", "1"), sentinelApp);
        for (KubeObject object : new KubeObject[] {original, copy, labelOnly, sentinel}) {
            cluster.apply(object, ApplyOptions.APPLY);
        }

        // ConfigMaps arrive through one watch in order: once the sentinel is in, so are the others.
        await().atMost(Duration.ofSeconds(10)).until(() -> cluster.tracked(sentinelApp).size() == 1);
        assertThat(cluster.tracked(app)).extracting(KubeObject::name).containsExactly("original");
    }
}
