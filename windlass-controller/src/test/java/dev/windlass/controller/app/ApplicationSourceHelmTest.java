package dev.windlass.controller.app;

import static dev.windlass.controller.app.ApplicationSpecReaderTest.app;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationSourceHelmTest {

    private static Result<ApplicationSpec> read(String source) {
        return ApplicationSpecReader.read(app("""
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata: {name: web, namespace: argocd}
                spec:
                  project: default
                  destination: {server: https://kubernetes.default.svc, namespace: web}
                  source:
                    repoURL: https://github.com/example/gitops
                """ + source.indent(4)));
    }

    private static List<String> errorFields(Result<ApplicationSpec> result) {
        return result.errors().stream().map(i -> i.location().fieldPath().orElseThrow()).map(FieldPath::toString)
                .toList();
    }

    private static final String EVERY_FIELD = """
            path: charts/web
            helm:
              valueFiles: [values-prod.yaml, /shared/common.yaml]
              ignoreMissingValueFiles: true
              values: |
                replicas: 2
              valuesObject:
                image: {tag: "1.27"}
              parameters:
              - {name: image.repository, value: nginx}
              - {name: port, value: "8080", forceString: true}
              fileParameters:
              - {name: config, path: files/app.conf}
              releaseName: web-release
              namespace: web-ns
              skipCrds: true
              skipSchemaValidation: true
              skipTests: true
              kubeVersion: "1.29.0"
              apiVersions: [monitoring.coreos.com/v1/ServiceMonitor]
              passCredentials: true
              version: v3
            """;

    @Test
    void read_takesEveryHelmField() {
        Result<ApplicationSpec> result = read(EVERY_FIELD);

        assertThat(result.issues()).isEmpty();
        ApplicationSource source = result.value().source();
        ApplicationSourceHelm h = source.helm();
        assertThat(source.type()).isEqualTo(ApplicationSource.Type.HELM);
        assertThat(h.valueFiles()).containsExactly("values-prod.yaml", "/shared/common.yaml");
        assertThat(h.ignoreMissingValueFiles()).isTrue();
        assertThat(h.values()).isEqualTo("replicas: 2\n");
        assertThat(h.valuesObject()).contains(MapNode.of("image", MapNode.of("tag", "1.27")));
        assertThat(h.parameters()).containsExactly(new ApplicationSourceHelm.Parameter("image.repository", "nginx", false),
                new ApplicationSourceHelm.Parameter("port", "8080", true));
        assertThat(h.fileParameters()).containsExactly(new ApplicationSourceHelm.FileParameter("config", "files/app.conf"));
        assertThat(h.releaseName()).isEqualTo("web-release");
        assertThat(h.namespace()).isEqualTo("web-ns");
        assertThat(List.of(h.skipCrds(), h.skipSchemaValidation(), h.skipTests(), h.passCredentials())).containsOnly(true);
        assertThat(h.kubeVersion()).isEqualTo("1.29.0");
        assertThat(h.apiVersions()).containsExactly("monitoring.coreos.com/v1/ServiceMonitor");
        assertThat(h.version()).isEqualTo("v3");
    }

    @Test
    void valuesText_prefersValuesObjectOverValues_asArgoCdsValuesYaml() {
        ApplicationSourceHelm both = read(EVERY_FIELD).value().source().helm();
        ApplicationSourceHelm onlyValues = read("helm: {values: 'a: 1'}").value().source().helm();

        assertThat(both.valuesText()).isEqualTo("{\"image\":{\"tag\":\"1.27\"}}");
        assertThat(onlyValues.valuesText()).isEqualTo("a: 1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "helm: []                                          | spec.source.helm",
        "helm: {valueFiles: values.yaml}                   | spec.source.helm.valueFiles",
        "helm: {valueFiles: [[a]]}                         | spec.source.helm.valueFiles[0]",
        "helm: {ignoreMissingValueFiles: maybe}            | spec.source.helm.ignoreMissingValueFiles",
        "helm: {values: {a: 1}}                            | spec.source.helm.values",
        "helm: {valuesObject: [a]}                         | spec.source.helm.valuesObject",
        "helm: {valuesObject: 'a: 1'}                      | spec.source.helm.valuesObject",
        "helm: {parameters: {name: a}}                     | spec.source.helm.parameters",
        "helm: {parameters: [a=b]}                         | spec.source.helm.parameters[0]",
        "helm: {parameters: [{value: b}]}                  | spec.source.helm.parameters[0].name",
        "helm: {parameters: [{name: a, value: true}]}      | spec.source.helm.parameters[0].value",
        "helm: {parameters: [{name: a, value: [b]}]}       | spec.source.helm.parameters[0].value",
        "helm: {parameters: [{name: a, forceString: 1}]}   | spec.source.helm.parameters[0].forceString",
        "helm: {fileParameters: [x]}                       | spec.source.helm.fileParameters[0]",
        "helm: {fileParameters: [{path: f}]}               | spec.source.helm.fileParameters[0].name",
        "helm: {fileParameters: [{name: a}]}               | spec.source.helm.fileParameters[0].path",
        "helm: {releaseName: [a]}                          | spec.source.helm.releaseName",
        "helm: {namespace: {a: b}}                         | spec.source.helm.namespace",
        "helm: {skipCrds: 'yes'}                           | spec.source.helm.skipCrds",
        "helm: {skipSchemaValidation: 1}                   | spec.source.helm.skipSchemaValidation",
        "helm: {skipTests: []}                             | spec.source.helm.skipTests",
        "helm: {kubeVersion: [1]}                          | spec.source.helm.kubeVersion",
        "helm: {apiVersions: v1/Pod}                       | spec.source.helm.apiVersions",
        "helm: {apiVersions: [{a: b}]}                     | spec.source.helm.apiVersions[0]",
        "helm: {passCredentials: x}                        | spec.source.helm.passCredentials",
        "helm: {version: [v3]}                             | spec.source.helm.version",
        "chart: [web]                                      | spec.source.chart",
    })
    void read_reportsEachBadHelmFieldAsInvalidSpec(String source, String field) {
        Result<ApplicationSpec> result = read(source);

        assertThat(result.value()).isNull();
        assertThat(result.errors()).allSatisfy(issue -> assertThat(issue.code()).isEqualTo("InvalidSpecError"));
        assertThat(errorFields(result)).containsExactly(field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'kustomize: {}\nhelm: {}'                   | Kustomize,Helm",
        "'helm: {}\ndirectory: {recurse: true}'      | Helm,Directory",
        "'kustomize: {}\nhelm: {}\ndirectory: {}'   | Kustomize,Helm,Directory",
    })
    void read_refusesSeveralTypeBlocks_asArgoCdsExplicitType(String source, String types) {
        Result<ApplicationSpec> result = read(source.replace("\\n", "\n"));

        assertThat(result.errors()).singleElement().extracting(Issue::message).asString()
                .startsWith("multiple application sources defined: " + types + ";");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "helm: {}                       | HELM",
        "helm: null                     | DETECT",
        "'helm: {releaseName: r}'       | HELM",
        "'chart: web\ntargetRevision: 1.2.x' | HELM",
    })
    void read_takesTheHelmTypeFromTheHelmBlockOrAChart(String source, ApplicationSource.Type type) {
        Result<ApplicationSpec> result = read(source.replace("\\n", "\n"));

        assertThat(result.issues()).isEmpty();
        assertThat(result.value().source().type()).isEqualTo(type);
    }

    @Test
    void read_aChartSource_isAHelmRepositorySourceWhosePathIsUnused() {
        ApplicationSource source = read("chart: web\ntargetRevision: 1.2.x\npath: ignored\n").value().source();

        assertThat(source.isChart()).isTrue();
        assertThat(source.chart()).isEqualTo("web");
        assertThat(source.targetRevision()).isEqualTo("1.2.x");
        assertThat(source.path()).isEmpty();
    }

    @Test
    void read_aChartWithKustomizeOptions_isRefused() {
        Result<ApplicationSpec> result = read("chart: web\nkustomize: {namePrefix: p-}\n");

        assertThat(errorFields(result)).containsExactly("spec.source.chart");
    }

    @Test
    void read_aPluginIsStillNotSupported() {
        assertThat(errorFields(read("plugin: {name: cmp}"))).containsExactly("spec.source.plugin");
    }

    @Test
    void comparedSource_showsTheHelmBlockAndTheChartAsArgoCdDoes() {
        MapNode git = ComparedStatus.source(read(EVERY_FIELD).value().source());
        MapNode chart = ComparedStatus.source(read("chart: web\ntargetRevision: 1.2.3\nhelm: {releaseName: r}\n")
                .value().source());

        MapNode helm = git.getMap("helm").orElseThrow();
        assertThat(helm.keys()).containsExactly("valueFiles", "parameters", "releaseName", "values", "fileParameters",
                "version", "passCredentials", "ignoreMissingValueFiles", "skipCrds", "valuesObject", "namespace",
                "kubeVersion", "apiVersions", "skipTests", "skipSchemaValidation");
        assertThat(helm.getList("parameters")).contains(ListNode.of(MapNode.of("name", "image.repository", "value", "nginx"),
                MapNode.of("name", "port", "value", "8080", "forceString", true)));
        assertThat(helm.get("valuesObject")).contains(MapNode.of("image", MapNode.of("tag", "1.27")));
        assertThat(git.getText("path")).contains("charts/web");
        assertThat(git.containsKey("chart")).isFalse();
        assertThat(chart.keys()).containsExactly("repoURL", "targetRevision", "helm", "chart");
        assertThat(chart.get("helm")).contains((Node) MapNode.of("releaseName", "r"));
    }

    @Test
    void comparedSource_withoutHelmOptions_hasNoHelmBlock() {
        MapNode source = ComparedStatus.source(read("path: charts/web").value().source());

        assertThat(source.containsKey("helm")).isFalse();
    }
}
