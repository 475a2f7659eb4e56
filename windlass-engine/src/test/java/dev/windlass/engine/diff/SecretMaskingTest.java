package dev.windlass.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskingTest {

    private static final String PLAIN = "hunter2-plain";
    private static final String LIVE_PLAIN = "correct-horse";

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static KubeObject secret(MapNode data, MapNode stringData) {
        MapNode.Builder content = MapNode.builder()
                .put("apiVersion", Node.of("v1")).put("kind", Node.of("Secret"))
                .put("metadata", MapNode.of("name", "db", "namespace", "shop"));
        if (data != null) {
            content.put("data", data);
        }
        if (stringData != null) {
            content.put("stringData", stringData);
        }
        return KubeObject.of(content.build());
    }

    private static void assertNoSecretIn(ResourceDiff diff, String... secrets) {
        String everything = diff.unified() + diff.differences() + diff.normalizedLive() + diff.normalizedTarget();
        for (String secret : secrets) {
            assertThat(everything).doesNotContain(secret).doesNotContain(b64(secret));
        }
    }

    @Test
    void diff_showsNoSecretValueWhenTheyDiffer() {
        KubeObject target = secret(null, MapNode.of("password", PLAIN));
        KubeObject live = secret(MapNode.of("password", b64(LIVE_PLAIN)), null)
                .withAnnotation(Normalizer.LAST_APPLIED, "{\"stringData\":{\"password\":\"" + LIVE_PLAIN + "\"}}");

        ResourceDiff diff = Differ.create(DiffOptions.DEFAULT).diff(target, live);

        assertThat(diff.status()).isEqualTo(DiffStatus.OUT_OF_SYNC);
        assertNoSecretIn(diff, PLAIN, LIVE_PLAIN);
        assertThat(diff.differences()).containsExactly(
                new FieldDifference(FieldPath.of("data", "password"), Node.of("++++++++++++"), Node.of("++++++++")));
    }

    @Test
    void diff_givesEqualValuesEqualMasksAndDifferentValuesDifferentLengths() {
        KubeObject target = secret(MapNode.of("a", b64("one"), "b", b64("two"), "c", b64("same")), null);
        KubeObject live = secret(MapNode.of("a", b64("one"), "b", b64("changed"), "c", b64("same")), null);

        ResourceDiff diff = Differ.create(DiffOptions.DEFAULT).diff(target, live);

        MapNode liveData = diff.normalizedLive().getMap("data").orElseThrow();
        MapNode targetData = diff.normalizedTarget().getMap("data").orElseThrow();
        assertThat(liveData.getText("a")).contains("++++++++").isEqualTo(targetData.getText("a"));
        assertThat(liveData.getText("c")).isEqualTo(targetData.getText("c"));
        assertThat(targetData.getText("b")).contains("++++++++");
        assertThat(liveData.getText("b")).contains("++++++++++++");
        assertThat(diff.differences()).extracting(d -> d.path().toString()).containsExactly("data.b");
        assertNoSecretIn(diff, "one", "two", "changed", "same");
    }

    @Test
    void diff_masksStringDataFoldedIntoDataAndFindsItEqual() {
        KubeObject target = secret(MapNode.of("user", b64("admin")), MapNode.of("password", PLAIN));
        KubeObject live = secret(MapNode.of("user", b64("admin"), "password", b64(PLAIN)), null);

        ResourceDiff diff = Differ.create(DiffOptions.DEFAULT).diff(target, live);

        assertThat(diff.inSync()).isTrue();
        assertThat(diff.normalizedLive().getMap("data").orElseThrow().asJavaMap().values())
                .allSatisfy(value -> assertThat(value.asText().orElseThrow()).matches("\\++"));
        assertNoSecretIn(diff, PLAIN, "admin");
    }

    @Test
    void diff_masksASecretMissingLiveOrExtra() {
        KubeObject secret = secret(MapNode.of("token", b64(PLAIN)), MapNode.of("other", LIVE_PLAIN));

        ResourceDiff missing = Differ.create(DiffOptions.DEFAULT).diff(secret, null);
        ResourceDiff extra = Differ.create(DiffOptions.DEFAULT).diff(null, secret);

        assertThat(missing.unified()).contains("+  token: ++++++++");
        assertThat(extra.unified()).contains("-  token: ++++++++");
        assertNoSecretIn(missing, PLAIN, LIVE_PLAIN);
        assertNoSecretIn(extra, PLAIN, LIVE_PLAIN);
    }

    @Test
    void diff_leavesConfigMapValuesVisible() {
        KubeObject target = KubeObject.of(MapNode.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", MapNode.of("name", "c"), "data", MapNode.of("k", "shown")));
        KubeObject live = target.withField(FieldPath.of("data", "k"), Node.of("old"));

        ResourceDiff diff = Differ.create(DiffOptions.DEFAULT).diff(target, live);

        assertThat(diff.differences()).extracting(FieldDifference::describe).isEqualTo(List.of("data.k: old -> shown"));
    }
}
