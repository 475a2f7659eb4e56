package dev.windlass.helm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.windlass.gotemplate.TemplateOptions;
import dev.windlass.gotemplate.TemplateSet;
import dev.windlass.gotemplate.sprig.Sprig;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartFile;
import dev.windlass.helm.chart.ChartMetadata;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine over charts built in code; skipped until the template executor and Sprig exist. */
class ChartEngineTest {

    @BeforeEach
    void needsTheExecutor() {
        assumeTrue(available(), "TemplateSet or Sprig not written yet");
    }

    static boolean available() {
        try {
            new TemplateSet(TemplateOptions.defaults()).parse("probe", "x");
            Sprig.functions();
            return true;
        } catch (UnsupportedOperationException | dev.windlass.gotemplate.TemplateException e) {
            return false;
        }
    }

    @Test
    void render_runsEveryTemplateWithItsChartsDot() throws Exception {
        Chart child = chart("child", "application", List.of(file("templates/x.yaml", "y: {{ .Values.y }}")), List.of());
        Chart lib = chart("lib", "library", List.of(file("templates/_l.tpl", "{{ define \"lib.x\" }}L{{ end }}"),
                file("templates/not.yaml", "never")), List.of());
        Chart parent = chart("parent", "application", List.of(
                file("templates/_helpers.tpl", "{{- define \"name\" -}}{{ .Chart.Name }}-{{ .Values.x }}{{- end -}}"),
                file("templates/cm.yaml", "name: {{ include \"name\" . }}\nrel: {{ .Release.Name }}\n"
                        + "missing: {{ .Values.nope }}\ntpl: {{ tpl \"{{ .Values.x }}\" . }}\n"
                        + "template: {{ .Template.Name }} {{ .Template.BasePath }}\nsub: {{ .Subcharts.child.Values.y }}\n"
                        + "lib: {{ include \"lib.x\" . }}\n"),
                file("templates/NOTES.txt", "notes for {{ .Release.Name }}")), List.of(child, lib));
        Map<String, String> rendered = new ChartEngine(ClusterLookup.NONE).render(parent, top(Map.of("x", "v",
                "child", Map.of("y", "c"))));
        assertThat(rendered).containsOnlyKeys("parent/charts/child/templates/x.yaml", "parent/templates/cm.yaml",
                "parent/templates/NOTES.txt");
        assertThat(rendered.get("parent/charts/child/templates/x.yaml")).isEqualTo("y: c");
        assertThat(rendered.get("parent/templates/cm.yaml")).isEqualTo("name: parent-v\nrel: rel\nmissing: \ntpl: v\n"
                + "template: parent/templates/cm.yaml parent/templates\nsub: c\nlib: L\n");
        assertThat(rendered.get("parent/templates/NOTES.txt")).isEqualTo("notes for rel");
    }

    @Test
    void render_reportsRequiredValuesAtTheirPosition() {
        Chart c = chart("c", "application", List.of(file("templates/x.yaml", "{{ required \"x is required\" .Values.x }}")),
                List.of());
        assertThatThrownBy(() -> new ChartEngine(ClusterLookup.NONE).render(c, top(Map.of())))
                .hasMessage("execution error at (c/templates/x.yaml:1:3): x is required");
    }

    @Test
    void render_reportsParseErrorsHelmsWay() {
        Chart c = chart("c", "application", List.of(file("templates/x.yaml", "{{ nope }}")), List.of());
        assertThatThrownBy(() -> new ChartEngine(ClusterLookup.NONE).render(c, top(Map.of())))
                .hasMessage("parse error at (c/templates/x.yaml:1): function \"nope\" not defined");
    }

    @Test
    void render_boundsRecursiveIncludes() {
        Chart c = chart("c", "application", List.of(file("templates/x.yaml",
                "{{ define \"loop\" }}{{ include \"loop\" . }}{{ end }}{{ include \"loop\" . }}")), List.of());
        assertThatThrownBy(() -> new ChartEngine(ClusterLookup.NONE).render(c, top(Map.of())))
                .hasMessageContaining("rendering template has a nested reference name: loop: unable to execute template");
    }

    private static Map<String, Object> top(Map<String, Object> values) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("Values", new LinkedHashMap<>(values));
        top.put("Release", RenderValues.release("rel", "default", false));
        top.put("Capabilities", new HelmCapabilities(KubeVersion.HELM_TESTS, ApiVersions.defaults(List.of())));
        return top;
    }

    static Chart chart(String name, String type, List<ChartFile> templates, List<Chart> dependencies) {
        ChartMetadata metadata = new ChartMetadata("v2", name, "0.1.0", "", "", type, List.of(), "", List.of(),
                List.of(), List.of(), "", "", false, Map.of(), "", "");
        return new Chart(metadata, templates, Map.of(), null, List.of(), null, dependencies);
    }

    static ChartFile file(String name, String text) {
        return new ChartFile(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
