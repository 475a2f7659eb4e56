package dev.windlass.render.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.tree.MapNode;
import dev.windlass.render.RenderResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Argo CD's Helm source over a snapshot: Argo CD's value precedence, CRDs, hooks, value files and errors. */
class HelmRendererTest {

    private static final String CONFIG_MAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ .Release.Name }}-settings
              namespace: {{ .Release.Namespace }}
            data:
              level: {{ .Values.level | quote }}
              color: {{ .Values.color | quote }}
              size: {{ .Values.size | quote }}
            """;

    private static MemorySnapshot.Builder chart() {
        return MemorySnapshot.builder("sha").file("deploy/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
                .file("deploy/web/values.yaml", "level: chart\ncolor: chart\nsize: chart\n")
                .file("deploy/web/values-prod.yaml", "level: file\ncolor: file\nsize: file\n")
                .file("deploy/web/templates/cm.yaml", CONFIG_MAP)
                .file("deploy/web/crds/crd.yaml", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n"
                        + "metadata:\n  name: widgets.example.com\n")
                .file("deploy/web/templates/hook.yaml", "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n"
                        + "  annotations:\n    helm.sh/hook: pre-install\n");
    }

    private static HelmSourceOptions options(List<String> valueFiles, String values, List<HelmSourceOptions.Parameter> parameters,
            boolean skipCrds) {
        return new HelmSourceOptions("shop", "prod", valueFiles, false, values, parameters, List.of(), skipCrds, false, false,
                "", List.of());
    }

    private static MapNode data(RenderResult result) {
        return result.objects().stream().filter(o -> o.kind().equals("ConfigMap")).findFirst().orElseThrow()
                .content().getMap("data").orElseThrow();
    }

    @Test
    void render_followsArgoCdsPrecedence_parametersOverValuesOverValueFiles() {
        RenderResult result = new HelmRenderer(options(List.of("values-prod.yaml"), "color: inline\nsize: inline\n",
                List.of(new HelmSourceOptions.Parameter("size", "param", false)), false)).render(chart().build(), "deploy/web");

        assertThat(result.issues()).isEmpty();
        assertThat(data(result).getText("level")).contains("file");
        assertThat(data(result).getText("color")).contains("inline");
        assertThat(data(result).getText("size")).contains("param");
    }

    @Test
    void render_includesCrdsAndHooksUnlessCrdsAreSkipped_andNamesTheTemplateFiles() {
        RenderResult all = new HelmRenderer(options(List.of(), "", List.of(), false)).render(chart().build(), "deploy/web");
        RenderResult noCrds = new HelmRenderer(options(List.of(), "", List.of(), true)).render(chart().build(), "deploy/web");

        assertThat(all.objects()).extracting(KubeObject::kind).containsExactly("CustomResourceDefinition", "ConfigMap", "Job");
        assertThat(all.objects().get(1).origin().orElseThrow().file()).isEqualTo("deploy/web/templates/cm.yaml");
        assertThat(all.objects().get(1).namespace()).isEqualTo("prod");
        assertThat(noCrds.objects()).extracting(KubeObject::kind).containsExactly("ConfigMap", "Job");
    }

    @Test
    void render_reportsAMissingValueFileUnlessMissingOnesAreIgnored() {
        HelmSourceOptions strict = options(List.of("values-nope.yaml"), "", List.of(), false);
        HelmSourceOptions lenient = new HelmSourceOptions("shop", "prod", List.of("values-nope.yaml"), true, "", List.of(),
                List.of(), false, false, false, "", List.of());

        RenderResult failed = new HelmRenderer(strict).render(chart().build(), "deploy/web");

        assertThat(failed.objects()).isEmpty();
        assertThat(failed.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(HelmRenderer.HELM_FAILED);
            assertThat(issue.message()).contains("values-nope.yaml", "ignoreMissingValueFiles");
        });
        assertThat(new HelmRenderer(lenient).render(chart().build(), "deploy/web").hasErrors()).isFalse();
    }

    @Test
    void render_refusesRemoteValueFilesAndPathsOutsideTheRepository() {
        RenderResult remote = new HelmRenderer(options(List.of("https://example.com/v.yaml"), "", List.of(), false))
                .render(chart().build(), "deploy/web");
        RenderResult outside = new HelmRenderer(options(List.of("../../../etc/passwd"), "", List.of(), false))
                .render(chart().build(), "deploy/web");

        assertThat(remote.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("remote value files"));
        assertThat(outside.hasErrors()).isTrue();
        assertThat(outside.objects()).isEmpty();
    }

    @Test
    void render_reportsTemplateErrorsWithTheChartFile() {
        MemorySnapshot broken = chart().file("deploy/web/templates/bad.yaml", "x: {{ required \"set level2\" .Values.level2 }}\n")
                .build();

        RenderResult result = new HelmRenderer(options(List.of(), "", List.of(), false)).render(broken, "deploy/web");

        assertThat(result.objects()).isEmpty();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.location().file()).isEqualTo("deploy/web/Chart.yaml");
            assertThat(issue.message()).contains("set level2");
        });
    }

    @Test
    void renderArchive_readsValueFilesFromInsideThePulledChart() throws IOException {
        byte[] archive = tgz("web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n", "web/values.yaml",
                "level: chart\ncolor: chart\nsize: chart\n", "web/values-prod.yaml", "level: file\n",
                "web/templates/cm.yaml", CONFIG_MAP);

        RenderResult result = new HelmRenderer(options(List.of("values-prod.yaml"), "", List.of(), false))
                .renderArchive(archive, "https://charts.example.com/web");

        assertThat(result.issues()).isEmpty();
        assertThat(data(result).getText("level")).contains("file");
        assertThat(result.objects().get(0).origin().orElseThrow().file()).isEqualTo("templates/cm.yaml");
    }

    private static MemorySnapshot.Builder umbrella(String repository) {
        return MemorySnapshot.builder("sha").file("umbrella/Chart.yaml", "apiVersion: v2\nname: umbrella\nversion: 1.0.0\n"
                        + "dependencies:\n- name: lib\n  version: \">=1.0.0\"\n  repository: " + repository + "\n")
                .file("umbrella/values.yaml", "lib:\n  level: parent\n")
                .file("common/lib/Chart.yaml", "apiVersion: v2\nname: lib\nversion: 1.2.0\n")
                .file("common/lib/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lib\n"
                        + "data:\n  level: {{ .Values.level }}\n");
    }

    @Test
    void render_buildsMissingDependencies_fileOnesFromTheRepository() {
        RenderResult result = new HelmRenderer(options(List.of(), "", List.of(), false))
                .render(umbrella("file://../common/lib").build(), "umbrella");

        assertThat(result.issues()).isEmpty();
        assertThat(data(result).getText("level")).contains("parent");
    }

    @Test
    void render_buildsMissingDependencies_pullingRemoteOnesAtTheLockedVersion() throws IOException {
        byte[] archive = tgz("lib/Chart.yaml", "apiVersion: v2\nname: lib\nversion: 1.1.0\n", "lib/templates/cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lib\ndata:\n  level: {{ .Values.level }}\n");
        List<String> pulls = new java.util.ArrayList<>();
        ChartPuller puller = (repository, name, version, devel) -> {
            pulls.add(repository + " " + name + " " + version);
            return archive;
        };
        MemorySnapshot snapshot = umbrella("https://charts.example.com").file("umbrella/Chart.lock",
                "dependencies:\n- name: lib\n  repository: https://charts.example.com\n  version: 1.1.0\n").build();

        RenderResult pulled = new HelmRenderer(options(List.of(), "", List.of(), false), puller).render(snapshot, "umbrella");
        RenderResult offline = new HelmRenderer(options(List.of(), "", List.of(), false)).render(snapshot, "umbrella");

        assertThat(pulled.issues()).isEmpty();
        assertThat(pulls).containsExactly("https://charts.example.com lib 1.1.0");
        assertThat(data(pulled).getText("level")).contains("parent");
        assertThat(offline.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("chart lib from"));
    }

    @Test
    void isChart_looksForChartYaml() {
        assertThat(HelmRenderer.isChart(chart().build(), "deploy/web")).isTrue();
        assertThat(HelmRenderer.isChart(chart().build(), "deploy")).isFalse();
    }

    /** A gzip'd ustar archive of path/text pairs. */
    static byte[] tgz(String... pathsAndTexts) throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            byte[] data = pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
            byte[] header = new byte[512];
            put(header, 0, pathsAndTexts[i]);
            put(header, 100, "0000644");
            put(header, 108, "0000000");
            put(header, 116, "0000000");
            put(header, 124, String.format("%011o", data.length));
            put(header, 136, "00000000000");
            header[156] = '0';
            put(header, 257, "ustar");
            put(header, 263, "00");
            java.util.Arrays.fill(header, 148, 156, (byte) ' ');
            int sum = 0;
            for (byte b : header) {
                sum += b & 0xff;
            }
            put(header, 148, String.format("%06o", sum));
            header[154] = 0;
            tar.write(header);
            tar.write(data);
            tar.write(new byte[(512 - data.length % 512) % 512]);
        }
        tar.write(new byte[1024]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(tar.toByteArray());
        }
        return out.toByteArray();
    }

    private static void put(byte[] header, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, at, bytes.length);
    }
}
