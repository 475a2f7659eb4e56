package dev.windlass.helm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.helm.yaml.GoJson;
import dev.windlass.gotemplate.GoFunctionException;
import dev.windlass.gotemplate.TemplateException;
import dev.windlass.gotemplate.TemplateException.Phase;
import dev.windlass.helm.chart.ChartFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineSupportTest {

    @ParameterizedTest
    @CsvSource({
        "1.16.0, v1.16.0, v1.16.0, 1, 16",
        "v1.33.4-gke.1245000, v1.33.4-gke.1245000, v1.33.4, 1, 33",
        "1.28+, v1.28+, v1.28, 1, 28",
        "v1.31.0, v1.31.0, v1.31.0, 1, 31"})
    void kubeVersion_parsesLikeKubernetesGenericVersions(String text, String version, String normalized, String major,
            String minor) throws Exception {
        KubeVersion kube = KubeVersion.parse(text);
        assertThat(kube).isEqualTo(new KubeVersion(version, normalized, major, minor));
        assertThat(kube.toString()).isEqualTo(normalized);
    }

    @Test
    void kubeVersion_rejectsWhatKubernetesRejects() {
        assertThatThrownBy(() -> KubeVersion.parse("abc")).hasMessage("could not parse \"abc\" as version");
        assertThatThrownBy(() -> KubeVersion.parse("1")).hasMessage("illegal version string \"1\"");
        assertThatThrownBy(() -> KubeVersion.parse("01.2"))
                .hasMessage("illegal zero-prefixed version component \"01\" in \"01.2\"");
    }

    @Test
    void apiVersions_hasDefaultsAndExtras() {
        ApiVersions versions = ApiVersions.defaults(List.of("helm.k8s.io/test"));
        assertThat(versions.has("v1")).isTrue();
        assertThat(versions.has("apps/v1")).isTrue();
        assertThat(versions.has("apiextensions.k8s.io/v1")).isTrue();
        assertThat(versions.has("helm.k8s.io/test")).isTrue();
        assertThat(versions.has("Spanish/inquisition")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "*.txt, a.txt, true", "*.txt, dir/a.txt, false", "**.txt, dir/a.txt, true", "files/**, files/a/b, true",
        "files/*, files/a/b, false", "?.txt, a.txt, true", "[ab].txt, b.txt, true", "[!ab].txt, b.txt, false",
        "'{a,b}.txt', b.txt, true", "'{a,b}.txt', c.txt, false", "'[', anything, true"})
    void fileGlob_followsGobwasGlob(String pattern, String name, boolean matches) {
        assertThat(FileGlob.compile(pattern).matches(name)).isEqualTo(matches);
    }

    @Test
    void chartFiles_getGlobLinesAndConfig() {
        ChartFiles files = ChartFiles.of(List.of(file("config/b.conf", "b=2\n"), file("config/a.conf", "a=1\n"),
                file("README.md", "line1\nline2\n")));
        assertThat(files.getText("README.md")).isEqualTo("line1\nline2\n");
        assertThat(files.getText("missing")).isEmpty();
        assertThat(files.lines("README.md")).containsExactly("line1", "line2");
        assertThat(files.lines("missing")).isEmpty();
        assertThat(files.glob("config/*").keySet()).containsExactly("config/a.conf", "config/b.conf");
        assertThat(files.glob("config/*").asConfig()).isEqualTo("a.conf: |\n  a=1\nb.conf: |\n  b=2");
        assertThat(files.glob("config/a.conf").asSecrets()).isEqualTo("a.conf: YT0xCg==");
        assertThat(files.member("Get")).isNotNull();
        assertThat(files.member("Nope")).isNull();
    }

    @Test
    void parseError_keepsLocationAndLastMessage() {
        TemplateException e = new TemplateException(Phase.PARSE, "c/templates/x.yaml", 3, 0, null, null,
                "function \"nope\" not defined");
        assertThat(EngineErrors.parseError("c/templates/x.yaml", e))
                .isEqualTo("parse error at (c/templates/x.yaml:3): function \"nope\" not defined");
    }

    @Test
    void execError_reformatsNodeErrorsAsATrace() {
        TemplateException e = new TemplateException(Phase.EXEC, "c/templates/pod.yaml", 7, 38, "c/templates/pod.yaml",
                "b64enc", "invalid value; expected string");
        assertThat(EngineErrors.execError("c/templates/pod.yaml", e)).isEqualTo("c/templates/pod.yaml:7:38\n"
                + "  executing \"c/templates/pod.yaml\" at <b64enc>:\n    invalid value; expected string");
    }

    @Test
    void execError_unwrapsRequiredAndFailMessages() throws Exception {
        String warned = EngineErrors.warnWrap("a value is required");
        TemplateException e = new TemplateException(Phase.EXEC, "c/templates/x.yaml", 2, 4, "c/templates/x.yaml",
                "required \"a value is required\" .Values.x", "error calling required: " + warned);
        assertThat(EngineErrors.execError("c/templates/x.yaml", e))
                .isEqualTo("execution error at (c/templates/x.yaml:2:4): a value is required");
    }

    @Test
    void execError_tracesThroughInclude() {
        TemplateException inner = new TemplateException(Phase.EXEC, "c/templates/_h.tpl", 2, 3, "name",
                ".Values.a.b", "nil pointer evaluating interface {}.b");
        GoFunctionException function = new GoFunctionException(inner.getMessage(), inner);
        TemplateException outer = new TemplateException(Phase.EXEC, "c/templates/x.yaml", 1, 3, "c/templates/x.yaml",
                "include \"name\" .", "error calling include: " + inner.getMessage());
        outer.initCause(function);
        assertThat(EngineErrors.execError("c/templates/x.yaml", outer)).isEqualTo("c/templates/x.yaml:1:3\n"
                + "  executing \"c/templates/x.yaml\" at <include \"name\" .>:\n    error calling include:\n"
                + "c/templates/_h.tpl:2:3\n  executing \"name\" at <.Values.a.b>:\n"
                + "    nil pointer evaluating interface {}.b");
    }

    @Test
    void execError_keepsGoTextWhenAFunctionFailedWithAPlainError() {
        TemplateException e = new TemplateException(Phase.EXEC, "c/templates/x.yaml", 1, 3, "c/templates/x.yaml",
                "index .Values.l 5", "error calling index: index out of range: 5");
        e.initCause(new GoFunctionException("index out of range: 5"));
        assertThat(EngineErrors.execError("c/templates/x.yaml", e)).isEqualTo(e.getMessage());
    }

    @Test
    void renderOrder_isDeepestFirstThenNamesDescending() {
        List<String> names = new ArrayList<>(List.of("c/templates/a.yaml", "c/templates/b.yaml",
                "c/charts/s/templates/a.yaml", "c/templates/sub/x.yaml"));
        names.sort(ChartEngine.renderOrder());
        assertThat(names).containsExactly("c/charts/s/templates/a.yaml", "c/templates/sub/x.yaml", "c/templates/b.yaml",
                "c/templates/a.yaml");
    }

    @Test
    void jsonReader_readsGoValuesAndReportsGoErrors() throws Exception {
        assertThat(GoJson.unmarshal("{\"a\": [1, 2.5, true, null, \"x\\n\"]}"))
                .isEqualTo(Map.of("a", java.util.Arrays.asList(1.0, 2.5, true, null, "x\n")));
        assertThatThrownBy(() -> GoJson.unmarshal("{\"a\": x}"))
                .hasMessage("invalid character 'x' looking for beginning of value");
        assertThatThrownBy(() -> GoJson.unmarshal("{\"a\": 1")).hasMessage("unexpected end of JSON input");
        assertThatThrownBy(() -> GoJson.unmarshal("[1 2]")).hasMessage("invalid character '2' after array element");
        assertThatThrownBy(() -> GoJson.unmarshal("{} x")).hasMessage("invalid character 'x' after top-level value");
    }

    @Test
    void helmFunctions_convertYamlAndJsonAsHelmDoes() throws Exception {
        assertThat(HelmFunctions.toYaml(Map.of("a", List.of(1, 2)))).isEqualTo("a:\n- 1\n- 2");
        assertThat(HelmFunctions.toYaml(Double.NaN)).isEmpty();
        assertThatThrownBy(() -> HelmFunctions.mustToYaml(Double.NaN))
                .hasMessage("error marshaling into JSON: json: unsupported value: NaN");
        assertThat(HelmFunctions.toYamlPretty(Map.of("a", List.of(1, 2)))).isEqualTo("a:\n  - 1\n  - 2");
        assertThat(HelmFunctions.fromYaml("a: 1")).isEqualTo(Map.of("a", 1.0));
        assertThat(HelmFunctions.fromYaml("- 1")).containsOnlyKeys("Error");
        assertThat(HelmFunctions.fromYamlArray("- a")).containsExactly("a");
        assertThat(HelmFunctions.toJson(Map.of("a", "<b>"))).isEqualTo("{\"a\":\"\\u003cb\\u003e\"}");
        assertThat(HelmFunctions.fromJson("{\"a\":1}")).isEqualTo(Map.of("a", 1.0));
        assertThat(HelmFunctions.fromJson("[1]")).isEqualTo(
                Map.of("Error", "json: cannot unmarshal array into Go value of type map[string]interface {}"));
        assertThat(HelmFunctions.fromJsonArray("[1]")).containsExactly(1.0);
    }

    @Test
    void required_failsOnNilAndEmptyString() throws Exception {
        assertThatThrownBy(() -> HelmFunctions.required("need x", null))
                .hasMessage(EngineErrors.warnWrap("need x"));
        assertThatThrownBy(() -> HelmFunctions.required("need x", "")).hasMessage(EngineErrors.warnWrap("need x"));
        assertThat(HelmFunctions.required("need x", 0)).isEqualTo(0);
        assertThatThrownBy(() -> HelmFunctions.fail("stop")).hasMessage(EngineErrors.warnWrap("stop"));
    }

    @Test
    void renderValues_releaseAndChartUseGoFieldNames() {
        assertThat(RenderValues.release("r", "ns", false)).containsEntry("IsInstall", true)
                .containsEntry("IsUpgrade", false).containsEntry("Revision", 1).containsEntry("Service", "Helm");
    }

    private static ChartFile file(String name, String text) {
        return new ChartFile(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
