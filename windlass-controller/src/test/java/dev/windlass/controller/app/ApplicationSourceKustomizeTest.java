package dev.windlass.controller.app;

import static dev.windlass.controller.app.ApplicationSpecReaderTest.app;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.render.kustomize.KustomizeOverrides;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationSourceKustomizeTest {

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
                    path: overlays/prod
                """ + source.indent(4)));
    }

    private static List<FieldPath> errorFields(Result<ApplicationSpec> result) {
        return result.errors().stream().map(i -> i.location().fieldPath().orElseThrow()).toList();
    }

    @Test
    void read_takesTheHelmCapabilitiesForHelmCharts() {
        Result<ApplicationSpec> result = read("""
                kustomize:
                  kubeVersion: "1.29"
                  apiVersions: [monitoring.coreos.com/v1]
                """);

        assertThat(result.errors()).isEmpty();
        assertThat(result.value().source().kustomize().kubeVersion()).isEqualTo("1.29");
        assertThat(result.value().source().kustomize().apiVersions()).containsExactly("monitoring.coreos.com/v1");
    }

    @Test
    void read_takesEveryKustomizeField() {
        Result<ApplicationSpec> result = read("""
                kustomize:
                  namePrefix: prod-
                  nameSuffix: -v2
                  images: [nginx=registry/nginx:1.27, "redis:7"]
                  commonLabels: {team: blue}
                  commonAnnotations: {owner: $ARGOCD_APP_NAME}
                  commonAnnotationsEnvsubst: true
                  forceCommonLabels: true
                  forceCommonAnnotations: true
                  labelWithoutSelector: true
                  labelIncludeTemplates: true
                  namespace: shop
                  replicas: [{name: web, count: 3}, {name: worker, count: "2"}]
                  patches:
                  - target: {kind: Deployment, name: web}
                    patch: "- op: replace\\n  path: /spec/replicas\\n  value: 4\\n"
                    options: {allowNameChange: true}
                  components: [../components/team]
                  ignoreMissingComponents: true
                  version: v5.4.3
                """);

        assertThat(result.issues()).isEmpty();
        ApplicationSource source = result.value().source();
        KustomizeOverrides k = source.kustomize();
        assertThat(source.type()).isEqualTo(ApplicationSource.Type.KUSTOMIZE);
        assertThat(k.namePrefix()).isEqualTo("prod-");
        assertThat(k.nameSuffix()).isEqualTo("-v2");
        assertThat(k.images()).containsExactly("nginx=registry/nginx:1.27", "redis:7");
        assertThat(k.commonLabels()).isEqualTo(Map.of("team", "blue"));
        assertThat(k.commonAnnotations()).isEqualTo(Map.of("owner", "$ARGOCD_APP_NAME"));
        assertThat(List.of(k.commonAnnotationsEnvsubst(), k.forceCommonLabels(), k.forceCommonAnnotations(),
                k.labelWithoutSelector(), k.labelIncludeTemplates(), k.ignoreMissingComponents())).containsOnly(true);
        assertThat(k.namespace()).isEqualTo("shop");
        assertThat(k.replicas()).containsExactly(new KustomizeOverrides.Replica("web", 3),
                new KustomizeOverrides.Replica("worker", 2));
        assertThat(k.patches()).singleElement().satisfies(patch -> {
            assertThat(patch.getMap("target")).contains(MapNode.of("kind", "Deployment", "name", "web"));
            assertThat(patch.getText("patch")).hasValueSatisfying(text -> assertThat(text).startsWith("- op: replace"));
            assertThat(patch.getMap("options")).contains(MapNode.of("allowNameChange", true));
        });
        assertThat(k.components()).containsExactly("../components/team");
        assertThat(k.version()).isEqualTo("v5.4.3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kustomize: {images: [{name: nginx}]}                | spec.source.kustomize.images[0]",
        "kustomize: {commonLabels: {team: [a]}}               | spec.source.kustomize.commonLabels.team",
        "kustomize: {replicas: [{name: web, count: three}]}   | spec.source.kustomize.replicas[0].count",
        "kustomize: {replicas: [{count: 2}]}                  | spec.source.kustomize.replicas[0].name",
        "kustomize: {replicas: [{name: web}]}                 | spec.source.kustomize.replicas[0].count",
        "kustomize: {patches: [{target: {kind: Service}}]}    | spec.source.kustomize.patches[0]",
        "kustomize: {patches: [{patch: x, options: {a: 1}}]}  | spec.source.kustomize.patches[0].options.a",
        "kustomize: {components: [1]}                         | spec.source.kustomize.components[0]",
        "kustomize: {forceCommonLabels: yes-please}           | spec.source.kustomize.forceCommonLabels",
        "kustomize: {namePrefix: [a]}                         | spec.source.kustomize.namePrefix",
    })
    void read_reportsEachBadFieldAsInvalidSpec(String source, String field) {
        Result<ApplicationSpec> result = read(source);

        assertThat(result.value()).isNull();
        assertThat(result.errors()).allSatisfy(issue -> assertThat(issue.code()).isEqualTo("InvalidSpecError"));
        assertThat(errorFields(result)).extracting(FieldPath::toString).containsExactly(field);
    }

    @Test
    void read_refusesKustomizeAndDirectoryTogether() {
        Result<ApplicationSpec> result = read("kustomize: {namePrefix: p-}\ndirectory: {recurse: true}\n");

        assertThat(result.errors()).singleElement().extracting(Issue::message).asString()
                .contains("multiple application sources defined: Kustomize,Directory");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kustomize: {}               | KUSTOMIZE",
        "directory: {recurse: false} | DIRECTORY",
        "targetRevision: HEAD        | DETECT",
        "kustomize: null             | DETECT",
    })
    void read_takesTheTypeFromTheOptionsBlock(String source, ApplicationSource.Type type) {
        Result<ApplicationSpec> result = read(source);

        assertThat(result.issues()).isEmpty();
        assertThat(result.value().source().type()).isEqualTo(type);
    }
}
