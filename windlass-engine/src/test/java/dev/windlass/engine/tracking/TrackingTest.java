package dev.windlass.engine.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import org.junit.jupiter.api.Test;

class TrackingTest {

    private static KubeObject deployment(String namespace, String name) {
        return KubeObject.of(MapNode.of("apiVersion", Node.of("apps/v1"), "kind", Node.of("Deployment"),
                "metadata", MapNode.of("name", Node.of(name), "namespace", Node.of(namespace))));
    }

    @Test
    void label_marksAndRecognisesTheInstanceLabel() {
        KubeObject marked = Tracking.DEFAULT.mark(deployment("prod", "web"), "shop");
        assertThat(marked.label("app.kubernetes.io/instance")).contains("shop");
        assertThat(marked.annotation(Tracking.TRACKING_ID)).isEmpty();
        assertThat(Tracking.DEFAULT.application(marked)).contains("shop");
        assertThat(Tracking.DEFAULT.isTrackedBy(marked, "shop")).isTrue();
        assertThat(Tracking.DEFAULT.isTrackedBy(marked, "other")).isFalse();
    }

    @Test
    void label_customKeyIsUsed() {
        Tracking tracking = new Tracking(TrackingMethod.LABEL, "example.com/app");
        KubeObject marked = tracking.mark(deployment("prod", "web"), "shop");
        assertThat(marked.label("example.com/app")).contains("shop");
        assertThat(Tracking.DEFAULT.application(marked)).isEmpty();
    }

    @Test
    void annotation_writesArgoTrackingId() {
        Tracking tracking = new Tracking(TrackingMethod.ANNOTATION, Tracking.INSTANCE_LABEL);
        KubeObject marked = tracking.mark(deployment("prod", "web"), "shop");
        assertThat(marked.annotation(Tracking.TRACKING_ID)).contains("shop:apps/Deployment:prod/web");
        assertThat(marked.label(Tracking.INSTANCE_LABEL)).isEmpty();
        assertThat(tracking.application(marked)).contains("shop");
    }

    @Test
    void annotation_aCopiedTrackingIdDoesNotCount() {
        Tracking tracking = new Tracking(TrackingMethod.ANNOTATION_AND_LABEL, Tracking.INSTANCE_LABEL);
        KubeObject original = tracking.mark(deployment("prod", "web"), "shop");
        KubeObject copy = original.withName("web-copy");
        assertThat(tracking.application(copy)).isEmpty();
        assertThat(copy.label(Tracking.INSTANCE_LABEL)).contains("shop");
    }

    @Test
    void method_parsesArgoSpelling() {
        assertThat(TrackingMethod.parse("label")).contains(TrackingMethod.LABEL);
        assertThat(TrackingMethod.parse("annotation")).contains(TrackingMethod.ANNOTATION);
        assertThat(TrackingMethod.parse("annotation+label")).contains(TrackingMethod.ANNOTATION_AND_LABEL);
        assertThat(TrackingMethod.parse("labels")).isEmpty();
    }
}
