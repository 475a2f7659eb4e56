package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.kustomize.KustomizeFieldPath.PathException;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KustomizeFieldPathTest {

    private static final MapNode POD = MapNode.of("spec", MapNode.of("containers", ListNode.of(
            MapNode.of("name", Node.of("init"), "image", Node.of("busybox")),
            MapNode.of("name", Node.of("web"), "image", Node.of("nginx"), "args", ListNode.of(Node.of("-jar"))))));

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("metadata.name", List.of("metadata", "name")),
                Arguments.of("spec.containers.[name=web].image", List.of("spec", "containers", "[name=web]", "image")),
                Arguments.of("spec.containers.[name=a.b.c].image", List.of("spec", "containers", "[name=a.b.c]", "image")),
                Arguments.of("metadata.annotations.[example.com/role]", List.of("metadata", "annotations", "example.com/role")),
                Arguments.of("metadata.labels.app\\.kubernetes\\.io/name", List.of("metadata", "labels", "app.kubernetes.io/name")),
                Arguments.of(".spec.replicas", List.of("spec", "replicas")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void split_keepsBracketsAndEscapedDotsLikeKustomize(String path, List<String> parts) {
        assertThat(KustomizeFieldPath.split(path)).isEqualTo(parts);
    }

    @Test
    void splitWithIndexes_turnsGoStyleIndexesIntoSteps() {
        assertThat(KustomizeFieldPath.splitWithIndexes("spec.ports[0].port")).containsExactly("spec", "ports", "0", "port");
        assertThat(KustomizeFieldPath.splitWithIndexes("spec.containers.[name=web]")).containsExactly("spec", "containers",
                "[name=web]");
    }

    static Stream<Arguments> lookups() {
        return Stream.of(
                Arguments.of("spec.containers.1.image", Node.of("nginx")),
                Arguments.of("spec.containers.-.name", Node.of("web")),
                Arguments.of("spec.containers.[name=init].image", Node.of("busybox")),
                Arguments.of("spec.containers.[name=web].args.[=-jar]", Node.of("-jar")),
                Arguments.of("spec.containers.[name=we].image", null),
                Arguments.of("spec.containers.5.image", null),
                Arguments.of("spec.volumes", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookups")
    void lookup_followsKeysIndexesAndExactListSelectors(String path, Node expected) throws PathException {
        assertThat(KustomizeFieldPath.lookup(POD, KustomizeFieldPath.split(path)).orElse(null)).isEqualTo(expected);
    }

    @Test
    void lookup_refusesAKeyOnAListAndASelectorWithoutEquals() {
        assertThatThrownBy(() -> KustomizeFieldPath.lookup(POD, List.of("spec", "containers", "image")))
                .isInstanceOf(PathException.class).hasMessageContaining("expected a mapping but got a list");
        assertThatThrownBy(() -> KustomizeFieldPath.lookup(POD, List.of("spec", "containers", "[web]")))
                .isInstanceOf(PathException.class).hasMessageContaining("fieldName=fieldValue");
    }
}
