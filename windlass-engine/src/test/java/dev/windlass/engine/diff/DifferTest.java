package dev.windlass.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferTest {

    private static final Differ DIFFER = Differ.create(DiffOptions.DEFAULT);

    private static KubeObject deployment(String namespace, long replicas, MapNode... containers) {
        MapNode metadata = namespace == null ? MapNode.of("name", "web") : MapNode.of("name", "web", "namespace", namespace);
        return KubeObject.of(MapNode.of("apiVersion", "apps/v1", "kind", "Deployment", "metadata", metadata,
                "spec", MapNode.of("replicas", replicas,
                        "template", MapNode.of("spec", MapNode.of("containers", ListNode.of(containers))))));
    }

    private static MapNode container(String name, String image) {
        return MapNode.of("name", name, "image", image);
    }

    @Test
    void diff_reportsEachChangedFieldWithBothValues() {
        ResourceDiff diff = DIFFER.diff(deployment("shop", 5, container("app", "web:2")), deployment("shop", 3, container("app", "web:1")));

        assertThat(diff.status()).isEqualTo(DiffStatus.OUT_OF_SYNC);
        assertThat(diff.inSync()).isFalse();
        assertThat(diff.differences()).containsExactly(
                new FieldDifference(FieldPath.of("spec", "replicas"), Node.of(3L), Node.of(5L)),
                new FieldDifference(FieldPath.of("spec", "template", "spec", "containers").index(0).key("image"),
                        Node.of("web:1"), Node.of("web:2")));
        assertThat(diff.differences()).extracting(FieldDifference::describe)
                .containsExactly("spec.replicas: 3 -> 5", "spec.template.spec.containers[0].image: web:1 -> web:2");
    }

    @Test
    void diff_predictsLiveWithTheManifestLaidOverIt() {
        KubeObject live = deployment("shop", 3, container("istio-proxy", "proxy:1"), container("app", "web:1"))
                .withField(FieldPath.of("spec", "revisionHistoryLimit"), Node.of(10L));

        ResourceDiff diff = DIFFER.diff(deployment("shop", 3, container("app", "web:2")), live);

        MapNode predicted = diff.normalizedTarget();
        assertThat(predicted.at(FieldPath.of("spec", "revisionHistoryLimit"))).contains(Node.of(10L));
        assertThat(predicted.at(FieldPath.of("spec", "template", "spec", "containers")))
                .contains(ListNode.of(container("istio-proxy", "proxy:1"), container("app", "web:2")));
        assertThat(diff.unified()).isEqualTo("""
                ===== apps/Deployment shop/web ======
                --- live/web
                +++ target/web
                @@ -11,5 +11,5 @@
                       - name: istio-proxy
                         image: proxy:1
                       - name: app
                -        image: web:1
                +        image: web:2
                   revisionHistoryLimit: 10
                """);
    }

    @Test
    void diff_newKeyedItemGoesBeforeTheNextMatchedOneInThePrediction() {
        KubeObject target = deployment("shop", 1, container("a", "a:1"), container("b", "b:1"), container("c", "c:1"));
        KubeObject live = deployment("shop", 1, container("a", "a:1"), container("side", "s:1"), container("c", "c:1"));

        ResourceDiff diff = DIFFER.diff(target, live);

        assertThat(diff.differences()).extracting(d -> d.path().toString()).containsExactly("spec.template.spec.containers[1]");
        assertThat(diff.normalizedTarget().at(FieldPath.of("spec", "template", "spec", "containers")).orElseThrow())
                .isEqualTo(ListNode.of(container("a", "a:1"), container("side", "s:1"), container("b", "b:1"), container("c", "c:1")));
    }

    @Test
    void diff_missingObjectIsAllAdditions() {
        ResourceDiff diff = DIFFER.diff(deployment("shop", 2, container("app", "web:1")), null);

        assertThat(diff.status()).isEqualTo(DiffStatus.MISSING);
        assertThat(diff.inSync()).isFalse();
        assertThat(diff.normalizedLive()).isNull();
        assertThat(diff.differences()).singleElement().satisfies(d -> {
            assertThat(d.path().isRoot()).isTrue();
            assertThat(d.liveValue()).isEmpty();
            assertThat(d.targetValue()).contains(diff.normalizedTarget());
        });
        assertThat(diff.unified().lines().skip(4)).allMatch(line -> line.startsWith("+"));
    }

    @Test
    void diff_extraObjectIsOutOfSyncAndAllRemovals() {
        ResourceDiff diff = DIFFER.diff(null, deployment("shop", 2, container("app", "web:1")));

        assertThat(diff.status()).isEqualTo(DiffStatus.EXTRA);
        assertThat(diff.inSync()).isFalse();
        assertThat(diff.normalizedTarget()).isNull();
        assertThat(diff.unified()).startsWith("===== apps/Deployment shop/web ======\n--- live/web\n+++ target/web\n@@ -1,12 +0,0 @@\n");
    }

    @Test
    void diff_keyTakesTheLiveNamespaceWhenTheManifestHasNone() {
        ResourceDiff diff = DIFFER.diff(deployment(null, 1, container("app", "a")), deployment("shop", 1, container("app", "a")));

        assertThat(diff.key()).isEqualTo(new ResourceKey("apps", "Deployment", "shop", "web"));
        assertThat(diff.inSync()).isTrue();
    }

    @Test
    void diff_refusesTwoNulls() {
        assertThatThrownBy(() -> DIFFER.diff(null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both are null");
    }

    @Test
    void diff_refusesObjectsThatAreNotTheSame() {
        KubeObject other = deployment("shop", 1).withName("api");

        assertThatThrownBy(() -> DIFFER.diff(deployment("shop", 1), other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Deployment.apps/shop/web").hasMessageContaining("Deployment.apps/shop/api");
        assertThatThrownBy(() -> DIFFER.diff(deployment("shop", 1), deployment("prod", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void diff_ignoredPointerLeavesBothNormalisedSides() {
        Differ differ = Differ.create(new DiffOptions(List.of(IgnoreDifference.pointers("apps", "Deployment", "/spec/replicas"))));

        ResourceDiff diff = differ.diff(deployment("shop", 2, container("app", "a")), deployment("shop", 9, container("app", "a")));

        assertThat(diff.inSync()).isTrue();
        assertThat(diff.normalizedLive().at(FieldPath.of("spec", "replicas"))).isEmpty();
        assertThat(diff.normalizedTarget().at(FieldPath.of("spec", "replicas"))).isEmpty();
    }

    @Test
    void diff_comparesTheObjectAtAnyApiVersion() {
        KubeObject target = deployment("shop", 1, container("app", "a"));
        KubeObject live = target.withContent(target.content().with("apiVersion", Node.of("apps/v1beta2")));

        assertThat(DIFFER.diff(target, live).inSync()).isTrue();
    }

    @Test
    void diffOptions_copiesItsRules() {
        List<IgnoreDifference> rules = new ArrayList<>();
        DiffOptions options = new DiffOptions(rules);
        rules.add(IgnoreDifference.pointers("apps", "Deployment", "/spec/replicas"));

        assertThat(options.ignoreDifferences()).isEmpty();
        assertThat(DiffOptions.DEFAULT.ignoreDifferences()).isEmpty();
    }
}
