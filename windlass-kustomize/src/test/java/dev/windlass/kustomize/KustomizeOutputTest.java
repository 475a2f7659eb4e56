package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class KustomizeOutputTest {

    @Test
    void yaml_sortsKeysAtEveryLevelAsKustomizePrints() {
        MapNode content = MapNode.of("kind", Node.of("ConfigMap"), "apiVersion", Node.of("v1"),
                "metadata", MapNode.of("name", Node.of("c"), "labels", MapNode.of("b", Node.of("2"), "a", Node.of("1"))),
                "data", MapNode.of("z", Node.of("x")),
                "list", ListNode.of(MapNode.of("w", Node.of(1L), "v", Node.of(2L))));

        assertThat(KustomizeOutput.yaml(List.of(KubeObject.of(content)))).isEqualTo("""
                apiVersion: v1
                data:
                  z: x
                kind: ConfigMap
                list:
                - v: 2
                  w: 1
                metadata:
                  labels:
                    a: "1"
                    b: "2"
                  name: c
                """);
    }

    @Test
    void sorted_keepsTreesAlreadyInOrderAsTheyAreAndSortsTheOthers() {
        MapNode inOrder = MapNode.of("a", Node.of("1"), "b", ListNode.of(MapNode.of("x", Node.of(1L), "y", Node.of(2L))));
        MapNode nestedOutOfOrder = MapNode.of("a", Node.of("1"), "b", ListNode.of(MapNode.of("y", Node.of(2L),
                "x", Node.of(1L))));

        assertThat(KustomizeOutput.sorted(inOrder)).isSameAs(inOrder);
        Node sorted = KustomizeOutput.sorted(nestedOutOfOrder);
        assertThat(sorted).isEqualTo(nestedOutOfOrder);
        assertThat(((MapNode) sorted).getList("b").orElseThrow().items().get(0).asMap().orElseThrow().keys())
                .containsExactly("x", "y");
    }
}
