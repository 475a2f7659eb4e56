package dev.windlass.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.windlass.controller.source.ChartFetcher;
import dev.windlass.controller.source.FetchedChart;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Helm Applications end to end: a chart directory in Git, a chart from a Helm repository, the sandbox. */
@WithSandbox(readyDelayMillis = 100)
class HelmApplicationLoopTest {

    private static final String CHART = "apiVersion: v2\nname: web\nversion: 1.4.2\n";

    private static final String VALUES = """
            replicas: 1
            image: {repository: nginx, tag: "1.27"}
            team: nobody
            """;

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ .Release.Name }}-web
              labels: {team: {{ .Values.team | quote }}}
            spec:
              replicas: {{ .Values.replicas }}
              selector:
                matchLabels: {app: {{ .Release.Name }}-web}
              template:
                metadata:
                  labels: {app: {{ .Release.Name }}-web}
                spec:
                  containers:
                  - name: web
                    image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
            """;

    private static final String CONFIG = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ .Release.Name }}-settings
            data:
              namespace: {{ .Release.Namespace | quote }}
              chartVersion: {{ .Chart.Version | quote }}
            """;

    private static final String MIGRATE_HOOK = """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: {{ .Release.Name }}-migrate
              annotations:
                helm.sh/hook: pre-install
                helm.sh/hook-delete-policy: hook-succeeded
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: migrate, image: busybox}]
            """;

    private static final String AUTOMATED = """
            syncPolicy:
              automated: {prune: true, selfHeal: true}
              syncOptions: [CreateNamespace=true]
            """;

    @TempDir
    Path temp;

    private LoopFixture loop;

    @BeforeEach
    void start(KubernetesClient client) throws Exception {
        loop = new LoopFixture(client, temp);
    }

    @AfterEach
    void stop() {
        loop.close();
    }

    private void writeChart() throws Exception {
        loop.write("charts/web/Chart.yaml", CHART);
        loop.write("charts/web/values.yaml", VALUES);
        loop.write("charts/web/values-prod.yaml", "replicas: 3\nteam: platform\n");
        loop.write("charts/web/templates/deployment.yaml", DEPLOYMENT);
        loop.write("charts/web/templates/config.yaml", CONFIG);
        loop.write("charts/web/templates/migrate.yaml", MIGRATE_HOOK);
    }

    @Test
    void chartDirectory_withValueFilesAndParameters_isSyncedWithItsPreInstallHookRunAsPreSync() throws Exception {
        writeChart();
        String sha = loop.commit();
        loop.start();

        loop.createApplication(LoopFixture.application("shop", "charts/web", "shop-ns", AUTOMATED)
                .replace("    path: charts/web\n", """
                    path: charts/web
                    helm:
                      valueFiles: [values-prod.yaml]
                      parameters:
                      - {name: image.tag, value: "1.28"}
                      - {name: team, value: $ARGOCD_APP_NAME}
                """));

        loop.awaitStatus("shop", "Synced", "Healthy");
        assertThat(loop.syncedRevision("shop")).isEqualTo(sha);
        Deployment web = loop.client.apps().deployments().inNamespace("shop-ns").withName("shop-web").get();
        assertThat(web.getSpec().getReplicas()).isEqualTo(3);
        assertThat(web.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).isEqualTo("nginx:1.28");
        assertThat(web.getMetadata().getLabels()).containsEntry("team", "shop");
        ConfigMap settings = loop.client.configMaps().inNamespace("shop-ns").withName("shop-settings").get();
        assertThat(settings.getData()).containsEntry("namespace", "shop-ns");
        await().atMost(30, TimeUnit.SECONDS).until(() -> "Succeeded".equals(loop.status("shop")
                .getMap("operationState").flatMap(s -> s.getText("phase")).orElse("")));
        ListNode results = loop.status("shop").getMap("operationState").flatMap(s -> s.getMap("syncResult"))
                .flatMap(r -> r.getList("resources")).orElseThrow();
        assertThat(results.items()).anySatisfy(entry -> {
            MapNode result = (MapNode) entry;
            assertThat(result.getText("name")).contains("shop-migrate");
            assertThat(result.getText("hookType")).contains("PreSync");
        });
        MapNode source = loop.status("shop").getMap("sync").flatMap(s -> s.getMap("comparedTo"))
                .flatMap(c -> c.getMap("source")).orElseThrow();
        assertThat(source.getMap("helm").flatMap(h -> h.getList("valueFiles"))).isPresent();
    }

    @Test
    void chartDirectory_withoutAHelmBlock_isDetectedByItsChartYaml() throws Exception {
        writeChart();
        loop.commit();
        loop.start();

        loop.createApplication(LoopFixture.application("plain-chart", "charts/web", "plain-ns", AUTOMATED));

        loop.awaitStatus("plain-chart", "Synced", "Healthy");
        Deployment web = loop.client.apps().deployments().inNamespace("plain-ns").withName("plain-chart-web").get();
        assertThat(web.getSpec().getReplicas()).isEqualTo(1);
        assertThat(web.getMetadata().getLabels()).containsEntry("team", "nobody");
    }

    @Test
    void chartFromAHelmRepository_syncsTheResolvedVersionAsTheRevision() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("web/Chart.yaml", CHART);
        files.put("web/values.yaml", VALUES);
        files.put("web/templates/config.yaml", CONFIG);
        byte[] archive = TestChartArchive.of(files);
        List<String> asked = new ArrayList<>();
        ChartFetcher repository = (repoURL, chart, version, passCredentials) -> {
            asked.add(repoURL + " " + chart + " " + version);
            return new FetchedChart(repoURL, chart, "1.4.2", archive);
        };
        loop.start(repository);

        loop.createApplication("""
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata: {name: repo-chart, namespace: argocd}
                spec:
                  project: default
                  source:
                    repoURL: https://charts.example.com
                    chart: web
                    targetRevision: 1.4.x
                    helm: {releaseName: store}
                  destination: {server: https://kubernetes.default.svc, namespace: repo-ns}
                """ + AUTOMATED.indent(2));

        loop.awaitStatus("repo-chart", "Synced", "Healthy");
        assertThat(loop.syncedRevision("repo-chart")).isEqualTo("1.4.2");
        assertThat(asked).first().isEqualTo("https://charts.example.com web 1.4.x");
        ConfigMap settings = loop.client.configMaps().inNamespace("repo-ns").withName("store-settings").get();
        assertThat(settings.getData()).containsEntry("chartVersion", "1.4.2");
        MapNode source = loop.status("repo-chart").getMap("sync").flatMap(s -> s.getMap("comparedTo"))
                .flatMap(c -> c.getMap("source")).orElseThrow();
        assertThat(source.getText("chart")).contains("web");
        assertThat(source.containsKey("path")).isFalse();
    }

    @Test
    void chartFromAHelmRepository_withoutAClient_reportsThatNoneIsConfigured() throws Exception {
        loop.start();

        loop.createApplication("""
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata: {name: no-client, namespace: argocd}
                spec:
                  project: default
                  source: {repoURL: https://charts.example.com, chart: web, targetRevision: 1.0.0}
                  destination: {server: https://kubernetes.default.svc, namespace: x}
                """);

        await().atMost(30, TimeUnit.SECONDS).until(() -> loop.status("no-client").getList("conditions")
                .map(list -> list.toString().contains("no Helm repository client configured")).orElse(false));
        assertThat(loop.syncStatus("no-client")).isEqualTo("Unknown");
    }
}
