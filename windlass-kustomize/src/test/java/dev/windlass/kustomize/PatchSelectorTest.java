package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Patch targets select by whole-value regular expressions, plain names included. */
class PatchSelectorTest {

    @ParameterizedTest
    @CsvSource({
        "web, web, true",
        "web, web-1, false",
        "web-1, web-1, true",
        "web.1, webX1, true",
        "web-.*, web-1, true",
        "web-.*, api-1, false",
        "web|api, api, true",
        "'web-[0-9]+', web-12, true",
        "'web-[0-9]+', web-, false",
    })
    void matches_takesTheNameAsAWholeValueRegularExpression(String pattern, String name, boolean expected) {
        Kustomization.PatchTarget target = new Kustomization.PatchTarget("", "", "Deployment", pattern, "", "", "");

        assertThat(PatchSelector.matches(target, deployment(name))).isEqualTo(expected);
    }

    @Test
    void matches_refusesAnInvalidPatternAsBefore() {
        Kustomization.PatchTarget target = new Kustomization.PatchTarget("", "", "Deployment", "web-(", "", "", "");

        assertThatThrownBy(() -> PatchSelector.matches(target, deployment("web-1")))
                .isInstanceOf(PatternSyntaxException.class);
    }

    private static Resource deployment(String name) {
        return Resource.of(KubeObject.of(MapNode.of("apiVersion", Node.of("apps/v1"), "kind", Node.of("Deployment"),
                "metadata", MapNode.of("name", Node.of(name)))), "deployment.yaml");
    }
}
