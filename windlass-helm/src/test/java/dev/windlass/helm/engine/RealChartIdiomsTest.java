package dev.windlass.helm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.windlass.helm.chart.Chart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Template idioms met in public charts that once rendered differently from Helm, each reduced to a
 * minimal template of our own and the output Go, Sprig and Helm give for it.
 */
class RealChartIdiomsTest {

    static Stream<Arguments> idioms() {
        return Stream.of(
                idiom("concat of empty lists is a typed nil slice that uniq accepts",
                        "{{ concat (list) (list) | mustUniq }}", "[]"),
                idiom("concat of empty lists prints as an empty slice",
                        "{{ concat (list) .Values.none }}", "[]"),
                idiom("concat of empty lists marshals to null",
                        "{{ concat (list) | toJson }} {{ concat (list) | toYaml }}", "null null"),
                idiom("concat of empty lists is an empty slice to len, kindOf and empty",
                        "{{ len (concat (list)) }} {{ kindOf (concat (list)) }} {{ empty (concat (list)) }}",
                        "0 slice true"),
                idiom("htpasswd takes Sprig v3.3.0's two arguments and hashes with bcrypt",
                        "{{ htpasswd \"\" \"pw\" | trimPrefix \":\" | hasPrefix \"$2a$10$\" }}", "true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idioms")
    void idiom_rendersAsHelmDoes(String behaviour, String template, String expected) throws Exception {
        assumeTrue(ChartEngineTest.available(), "TemplateSet or Sprig not written yet");
        Chart c = ChartEngineTest.chart("c", "application", List.of(ChartEngineTest.file("templates/x.yaml", template)),
                List.of());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("none", List.of());
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("Values", values);
        top.put("Release", RenderValues.release("rel", "default", false));
        top.put("Capabilities", new HelmCapabilities(KubeVersion.HELM_TESTS, ApiVersions.defaults(List.of())));
        assertThat(new ChartEngine(ClusterLookup.NONE).render(c, top).get("c/templates/x.yaml")).isEqualTo(expected);
    }

    private static Arguments idiom(String behaviour, String template, String expected) {
        return Arguments.of(behaviour, template, expected);
    }
}
