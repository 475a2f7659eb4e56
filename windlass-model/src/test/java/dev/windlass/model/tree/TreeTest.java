package dev.windlass.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TreeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1000.0, 1000",
            "0.5, 0.5",
            "-2.25, -2.25",
            "1e21, 1e+21",
            "1.5e22, 1.5e+22",
            "1e-7, 1e-7",
            "0.000001, 0.000001",
            "123456789.125, 123456789.125",
            "0.0, 0"})
    void numberText_formatsLikeGoJson(double value, String expected) {
        assertThat(NumberText.format(value)).isEqualTo(expected);
    }

    @Test
    void mapNode_keepsInsertionOrderButComparesAsJson() {
        MapNode a = MapNode.of("b", 1, "a", 2);
        MapNode b = MapNode.of("a", 2, "b", 1);
        assertThat(a.keys()).containsExactly("b", "a");
        assertThat(a).isEqualTo(b);
        assertThat(a.with("b", Node.of(5L)).keys()).containsExactly("b", "a");
        assertThat(a.with("c", Node.of(5L)).keys()).containsExactly("b", "a", "c");
        assertThat(a.without("b").keys()).containsExactly("a");
        assertThat(a.keys()).containsExactly("b", "a");
    }

    @Test
    void nodes_areImmutable() {
        ListNode list = ListNode.of(Node.of("x"));
        assertThatThrownBy(() -> list.items().add(Node.of("y"))).isInstanceOf(UnsupportedOperationException.class);
        MapNode map = MapNode.of("a", 1);
        assertThatThrownBy(() -> map.asJavaMap().put("b", Node.of(2L))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Node.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainValues_roundTrip() {
        Map<String, Object> plain = new java.util.LinkedHashMap<>();
        plain.put("s", "text");
        plain.put("i", 3L);
        plain.put("f", 1.5);
        plain.put("b", true);
        plain.put("n", null);
        plain.put("l", List.of(1L, "two"));
        Node node = Node.from(plain);
        assertThat(node.toPlain()).isEqualTo(plain);
        assertThat(((MapNode) node).keys()).containsExactly("s", "i", "f", "b", "n", "l");
    }

    @Test
    void fieldPath_printsKubectlStyleAndJsonPointer() {
        FieldPath path = FieldPath.of("spec", "template").key("containers").index(0).key("image");
        assertThat(path).hasToString("spec.template.containers[0].image");
        assertThat(path.toJsonPointer()).isEqualTo("/spec/template/containers/0/image");
        FieldPath label = FieldPath.of("metadata", "labels", "app.kubernetes.io/name");
        assertThat(label).hasToString("metadata.labels[\"app.kubernetes.io/name\"]");
        assertThat(label.toJsonPointer()).isEqualTo("/metadata/labels/app.kubernetes.io~1name");
        assertThat(path.parent()).hasToString("spec.template.containers[0]");
    }

    @Test
    void at_walksMapsAndLists() {
        Node tree = Node.from(Map.of("a", List.of(Map.of("b", "c"))));
        assertThat(tree.at(FieldPath.of("a").index(0).key("b"))).contains(Node.of("c"));
        assertThat(tree.at(FieldPath.of("a").index(3))).isEmpty();
        assertThat(tree.at(FieldPath.of("a", "b"))).isEmpty();
    }

    @Test
    void treeEdit_setsDeepFieldsCopyOnWrite() {
        MapNode root = MapNode.of("spec", Map.of("ports", List.of(Map.of("port", 80L))));
        MapNode changed = TreeEdit.set(root, FieldPath.of("spec", "ports").index(0).key("port"), Node.of(8080L));
        assertThat(changed.at(FieldPath.of("spec", "ports").index(0).key("port"))).contains(Node.of(8080L));
        assertThat(root.at(FieldPath.of("spec", "ports").index(0).key("port"))).contains(Node.of(80L));
        assertThatThrownBy(() -> TreeEdit.set(root, FieldPath.of("spec", "ports", "x"), Node.of(1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
