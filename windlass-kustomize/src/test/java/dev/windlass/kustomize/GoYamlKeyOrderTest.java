package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoYamlKeyOrderTest {

    /** The order kubectl kustomize v5.5.0 printed these ConfigMap data keys in. */
    private static final List<String> KUBECTL_ORDER = List.of("_x", "1", "9", "10", "A", "NAME_LABEL",
            "NAMESPACE_LABEL", "a-b", "a.b", "a1", "a01", "aB", "ab", "jwks_uri", "jwksUri", "port9", "port10",
            "x0", "x00", "x10y", "x010y", "z", "é");

    @Test
    void sort_putsKeysInTheOrderKubectlKustomizePrints() {
        List<String> keys = new ArrayList<>(KUBECTL_ORDER);
        Collections.reverse(keys);
        keys.sort(GoYamlKeyOrder.INSTANCE);
        assertThat(keys).containsExactlyElementsOf(KUBECTL_ORDER);
    }

    @Test
    void output_printsDataKeysWithUnderscoresBeforeLettersLikeKustomize() {
        MapNode.Builder data = MapNode.builder();
        data.put("NAMESPACE_LABEL", Node.of("a"));
        data.put("NAME_LABEL", Node.of("b"));
        MapNode content = MapNode.of("apiVersion", Node.of("v1"), "kind", Node.of("ConfigMap"),
                "metadata", MapNode.of("name", Node.of("c")), "data", data.build());

        assertThat(KustomizeOutput.yaml(List.of(KubeObject.of(content)))).isEqualTo("""
                apiVersion: v1
                data:
                  NAME_LABEL: b
                  NAMESPACE_LABEL: a
                kind: ConfigMap
                metadata:
                  name: c
                """);
    }
}
