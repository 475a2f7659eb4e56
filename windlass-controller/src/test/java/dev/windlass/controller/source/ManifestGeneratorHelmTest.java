package dev.windlass.controller.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.controller.app.ApplicationSource;
import dev.windlass.controller.app.ApplicationSourceHelm;
import dev.windlass.engine.source.FetchedSource;
import dev.windlass.model.KubeObject;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.render.RenderResult;
import dev.windlass.render.kustomize.KustomizeOverrides;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Helm sources through the manifest generator: discovery, Argo CD's options and value precedence. */
class ManifestGeneratorHelmTest {

    private static final String CONFIG_TEMPLATE = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ .Release.Name }}-config
              namespace: {{ .Release.Namespace }}
            data:
              fromChart: {{ .Values.fromChart | quote }}
              fromFile: {{ .Values.fromFile | quote }}
              fromValues: {{ .Values.fromValues | quote }}
              fromParameter: {{ .Values.fromParameter | quote }}
              list: {{ .Values.list | quote }}
            """;

    private static final FetchedSource FETCHED = new FetchedSource("https://github.com/example/gitops", "sha1", "me",
            Instant.EPOCH, "commit", MemorySnapshot.builder("sha1")
                    .file("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n")
                    .file("charts/web/values.yaml", """
                            fromChart: chart
                            fromFile: chart
                            fromValues: chart
                            fromParameter: chart
                            list: chart
                            """)
                    .file("charts/web/values-prod.yaml", "fromFile: file\nfromValues: file\nfromParameter: file\n")
                    .file("charts/web/templates/config.yaml", CONFIG_TEMPLATE)
                    .file("both/Chart.yaml", "apiVersion: v2\nname: both\nversion: 0.1.0\n")
                    .file("both/kustomization.yaml", "resources: [plain.yaml]\n")
                    .file("both/plain.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-kustomize\n")
                    .build());

    private static ApplicationSourceHelm helm(List<String> valueFiles, String values, Optional<MapNode> object,
            List<ApplicationSourceHelm.Parameter> parameters, String releaseName, String version) {
        return new ApplicationSourceHelm(valueFiles, false, values, object, parameters, List.of(), releaseName, "", false,
                false, false, "", List.of(), false, version);
    }

    private static ApplicationSource source(String path, ApplicationSource.Type type, ApplicationSourceHelm helm) {
        return new ApplicationSource(FETCHED.repoUrl(), "HEAD", path, type, ApplicationSource.Directory.DEFAULT,
                KustomizeOverrides.NONE, helm, "");
    }

    private static MapNode data(RenderResult result) {
        assertThat(result.issues()).isEmpty();
        KubeObject config = result.objects().stream().filter(o -> o.kind().equals("ConfigMap")).findFirst().orElseThrow();
        return (MapNode) config.field(FieldPath.of("data")).orElseThrow();
    }

    @Test
    void generate_detectsAChartDirectory_andReleasesItAsTheApplicationIntoTheDestinationNamespace() {
        RenderResult result = new ManifestGenerator(8).generate(
                source("charts/web", ApplicationSource.Type.DETECT, ApplicationSourceHelm.NONE), FETCHED, "shop", "shop-ns");

        assertThat(result.issues()).isEmpty();
        assertThat(result.objects()).extracting(KubeObject::name).containsExactly("shop-config");
        assertThat(result.objects().get(0).namespace()).isEqualTo("shop-ns");
        assertThat(data(result).getText("fromChart")).contains("chart");
    }

    @Test
    void generate_appliesArgoCdsValuePrecedence_parametersOverValuesObjectOverValuesOverValueFilesOverTheChart() {
        ApplicationSourceHelm options = helm(List.of("values-prod.yaml"), "fromValues: values\nfromParameter: values\n",
                Optional.of(MapNode.of("fromValues", "object", "fromParameter", "object")),
                List.of(new ApplicationSourceHelm.Parameter("fromParameter", "parameter", false),
                        new ApplicationSourceHelm.Parameter("list", "a,b", false)), "", "");

        MapNode data = data(new ManifestGenerator(8).generate(source("charts/web", ApplicationSource.Type.HELM, options),
                FETCHED, "shop", "shop-ns"));

        assertThat(data.getText("fromChart")).contains("chart");
        assertThat(data.getText("fromFile")).contains("file");
        assertThat(data.getText("fromValues")).contains("object");
        assertThat(data.getText("fromParameter")).contains("parameter");
        // Argo CD escapes the commas of a --set value, so it stays one string
        assertThat(data.getText("list")).contains("a,b");
    }

    @Test
    void generate_withoutValuesObject_takesTheValuesString() {
        ApplicationSourceHelm options = helm(List.of("values-prod.yaml"), "fromValues: values\n", Optional.empty(),
                List.of(), "custom-release", "v3");

        RenderResult result = new ManifestGenerator(8).generate(source("charts/web", ApplicationSource.Type.HELM, options),
                FETCHED, "shop", "shop-ns");

        assertThat(data(result).getText("fromValues")).contains("values");
        assertThat(result.objects()).extracting(KubeObject::name).containsExactly("custom-release-config");
    }

    @Test
    void generate_keysTheCacheOnTheHelmOptions() {
        ManifestGenerator generator = new ManifestGenerator(8);
        ApplicationSource one = source("charts/web", ApplicationSource.Type.HELM,
                helm(List.of(), "", Optional.empty(), List.of(), "one", ""));
        ApplicationSource two = source("charts/web", ApplicationSource.Type.HELM,
                helm(List.of(), "", Optional.empty(), List.of(), "two", ""));

        assertThat(generator.generate(one, FETCHED, "a", "ns").objects()).extracting(KubeObject::name)
                .containsExactly("one-config");
        assertThat(generator.generate(two, FETCHED, "a", "ns").objects()).extracting(KubeObject::name)
                .containsExactly("two-config");
    }

    @Test
    void generate_aKustomizationBesideAChart_isBuiltWithKustomize() {
        RenderResult result = new ManifestGenerator(8).generate(
                source("both", ApplicationSource.Type.DETECT, ApplicationSourceHelm.NONE), FETCHED, "a", "ns");

        assertThat(result.objects()).extracting(KubeObject::name).containsExactly("from-kustomize");
    }

    @Test
    void generate_anUnsupportedHelmVersion_failsWithArgoCdsMessage() {
        RenderResult result = new ManifestGenerator(8).generate(source("charts/web", ApplicationSource.Type.HELM,
                helm(List.of(), "", Optional.empty(), List.of(), "", "v2")), FETCHED, "a", "ns");

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.issues().get(0).message()).isEqualTo("helm version 'v2' is not supported");
    }

    @Test
    void helmFlags_fillTheReleaseAndKeepTheLastValueOfARepeatedParameter() {
        ApplicationSourceHelm options = helm(List.of(), "", Optional.of(MapNode.of("a", Node.of(1))),
                List.of(new ApplicationSourceHelm.Parameter("x", "1", false),
                        new ApplicationSourceHelm.Parameter("x", "2", false),
                        new ApplicationSourceHelm.Parameter("y", "{a,b}", true)), "", "");

        var flags = HelmFlags.options(options, "shop", "shop-ns");

        assertThat(flags.releaseName()).isEqualTo("shop");
        assertThat(flags.namespace()).isEqualTo("shop-ns");
        assertThat(flags.values()).isEqualTo("{\"a\":1}");
        assertThat(flags.parameters()).extracting(p -> p.name() + "=" + p.value() + (p.forceString() ? " (string)" : ""))
                .containsExactly("x=2", "y={a,b} (string)");
    }

    @Test
    void cleanSetParameter_escapesCommasAsArgoCdDoes() {
        assertThat(HelmFlags.cleanSetParameter("a,b")).isEqualTo("a\\,b");
        assertThat(HelmFlags.cleanSetParameter("a\\,b")).isEqualTo("a\\,b");
        assertThat(HelmFlags.cleanSetParameter("{a,b}")).isEqualTo("{a,b}");
        assertThat(HelmFlags.cleanSetParameter("plain")).isEqualTo("plain");
    }
}
