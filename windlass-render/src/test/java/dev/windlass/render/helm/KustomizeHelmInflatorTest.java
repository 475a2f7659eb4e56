package dev.windlass.render.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.helm.HelmException;
import dev.windlass.kustomize.KustomizeOptions;
import dev.windlass.kustomize.Kustomizer;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.render.RenderResult;
import dev.windlass.render.kustomize.KustomizeOverrides;
import dev.windlass.render.kustomize.KustomizeRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kustomize's helmCharts inflated by Windlass's Helm engine: local charts, pulled charts, kustomize's arguments. */
class KustomizeHelmInflatorTest {

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: {{ .Release.Name }}-web
              namespace: {{ .Release.Namespace }}
            spec:
              ports:
              - port: {{ .Values.port }}
            """;
    private static final String HOOK = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: {{ .Release.Name }}-test
              annotations:
                helm.sh/hook: test
            """;

    private static Result<List<KubeObject>> build(MemorySnapshot snapshot, ChartPuller puller) {
        return Kustomizer.build(snapshot, "app", KustomizeOptions.defaults().withHelm(new KustomizeHelmInflator(puller)));
    }

    @Test
    void localChart_isRenderedWithKustomizesArgumentsAndThenTransformed() {
        MemorySnapshot snapshot = MemorySnapshot.builder("s")
                .file("app/kustomization.yaml", "namespace: shop\ncommonLabels: {team: a}\nhelmCharts:\n- name: web\n"
                        + "  releaseName: r1\n  namespace: helmns\n  valuesInline: {port: 8080}\n  skipTests: true\n")
                .file("app/charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
                .file("app/charts/web/values.yaml", "port: 80\n")
                .file("app/charts/web/templates/svc.yaml", SERVICE)
                .file("app/charts/web/templates/test.yaml", HOOK)
                .build();

        Result<List<KubeObject>> built = build(snapshot, ChartPuller.NONE);

        assertThat(built.errors()).isEmpty();
        assertThat(built.value()).singleElement().satisfies(service -> {
            assertThat(service.name()).isEqualTo("r1-web");
            assertThat(service.namespace()).isEqualTo("shop");
            assertThat(service.labels()).containsEntry("team", "a");
            assertThat(service.content().toString()).contains("8080");
        });
    }

    @Test
    void chartWithoutLocalCopy_isPulledFromItsRepositoryAtItsVersion() throws IOException {
        byte[] archive = HelmRendererTest.tgz("web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.2.3\n",
                "web/values.yaml", "port: 80\n", "web/templates/svc.yaml", SERVICE);
        List<String> pulls = new ArrayList<>();
        ChartPuller puller = (repository, name, version, devel) -> {
            pulls.add(repository + " " + name + " " + version);
            return archive;
        };
        MemorySnapshot snapshot = MemorySnapshot.builder("s")
                .file("app/kustomization.yaml", "helmCharts:\n- name: web\n  repo: https://charts.example.com\n"
                        + "  version: 1.2.3\n  releaseName: r2\n")
                .build();

        Result<List<KubeObject>> built = build(snapshot, puller);

        assertThat(built.errors()).isEmpty();
        assertThat(pulls).containsExactly("https://charts.example.com web 1.2.3");
        assertThat(built.value()).extracting(KubeObject::name).containsExactly("r2-web");
    }

    @Test
    void pullFailures_nameTheChart() {
        MemorySnapshot snapshot = MemorySnapshot.builder("s")
                .file("app/kustomization.yaml", "helmCharts:\n- name: web\n  repo: https://charts.example.com\n")
                .build();
        ChartPuller failing = (repository, name, version, devel) -> {
            throw new HelmException("chart \"web\" version \"\" not found in https://charts.example.com repository");
        };

        Result<List<KubeObject>> built = build(snapshot, failing);

        assertThat(built.errors()).singleElement().satisfies(issue -> assertThat(issue.message())
                .contains("helm chart 'web'", "not found in https://charts.example.com repository"));
    }

    @Test
    void argoCdKubeVersionOverride_reachesTheChartsCapabilities() {
        MemorySnapshot snapshot = MemorySnapshot.builder("s")
                .file("app/kustomization.yaml", "helmCharts:\n- name: web\n  releaseName: r\n")
                .file("app/charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
                .file("app/charts/web/values.yaml", "{}\n")
                .file("app/charts/web/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caps\n"
                        + "data:\n  kube: {{ .Capabilities.KubeVersion.Version | quote }}\n"
                        + "  api: {{ .Capabilities.APIVersions.Has \"example.com/v9\" | quote }}\n")
                .build();
        KustomizeOverrides overrides = KustomizeOverrides
                .builder().kubeVersion("1.29.3").apiVersions(List.of("example.com/v9")).build();
        KustomizeOptions options = KustomizeOptions.defaults().withHelm(new KustomizeHelmInflator(ChartPuller.NONE));

        RenderResult result = new KustomizeRenderer(overrides, options)
                .render(snapshot, "app");

        assertThat(result.issues()).isEmpty();
        assertThat(result.objects().get(0).content().toString()).contains("v1.29.3", "true");
    }

    @Test
    void nameTemplate_namesTheRelease() {
        MemorySnapshot snapshot = MemorySnapshot.builder("s")
                .file("app/kustomization.yaml", "helmCharts:\n- name: web\n  nameTemplate: 'rel-{{ \"x\" | upper | lower }}'\n")
                .file("app/charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
                .file("app/charts/web/values.yaml", "port: 80\n")
                .file("app/charts/web/templates/svc.yaml", SERVICE)
                .build();

        assertThat(build(snapshot, ChartPuller.NONE).value()).extracting(KubeObject::name).containsExactly("rel-x-web");
    }
}
