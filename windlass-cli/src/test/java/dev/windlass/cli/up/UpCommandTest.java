package dev.windlass.cli.up;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.cli.Main;
import dev.windlass.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code windlass up} end to end in-process: sandbox, local repository, controller, live table. */
class UpCommandTest {

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
    }

    private Run up(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path appsWithOneApplication() throws Exception {
        Path apps = Files.createDirectories(temp.resolve("apps"));
        Files.writeString(apps.resolve("demo.yaml"), """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: demo
                  namespace: argocd
                spec:
                  project: demo
                  source:
                    repoURL: https://git.example.com/demo
                    path: manifests
                  destination:
                    server: https://kubernetes.default.svc
                    namespace: demo
                  syncPolicy:
                    automated: {prune: true}
                    syncOptions: [CreateNamespace=true]
                """);
        Files.writeString(apps.resolve("project.yaml"), """
                apiVersion: argoproj.io/v1alpha1
                kind: AppProject
                metadata:
                  name: demo
                  namespace: argocd
                spec:
                  sourceRepos: [https://git.example.com/*]
                  destinations: [{server: https://kubernetes.default.svc, namespace: demo}]
                  clusterResourceWhitelist: [{group: '', kind: Namespace}]
                """);
        Files.writeString(apps.resolve("repositories.yaml"), """
                repositories:
                - url: https://git.example.com/demo
                  directory: ../repo
                """);
        Path manifests = Files.createDirectories(temp.resolve("repo/manifests"));
        Files.writeString(manifests.resolve("cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  mode: demo
                """);
        return apps;
    }

    private String[] args(Path apps, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of("up", "--until-synced", "--timeout", "60s", "--no-examples",
                "--apps", apps.toString(), "--home", temp.resolve("home").toString(),
                "--data-dir", temp.resolve("data").toString(), "--ready-delay", "100ms"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void up_syncsTheApplicationsAndExitsWhenSettled() throws Exception {
        Run run = up(args(appsWithOneApplication()));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("windlass: sandbox API server at https://127.0.0.1:")
                .contains("windlass: repository https://git.example.com/demo -> ")
                .contains("windlass: loaded 2 objects from ")
                .contains("every application is Synced and Healthy")
                .containsPattern("demo +Synced +Healthy +[0-9a-f]{7} +Succeeded");
        assertThat(temp.resolve("home/endpoint.json")).doesNotExist();
    }

    @Test
    void up_restartedOnTheSameDataDirectory_keepsStatusAndHistory() throws Exception {
        Path apps = appsWithOneApplication();
        assertThat(up(args(apps)).exit()).isZero();

        Run again = up(args(apps));

        assertThat(again.exit()).as(again.err()).isZero();
        try (Sandbox sandbox = Sandbox.builder().dataDir(temp.resolve("data")).start()) {
            sandbox.writeKubeconfig(temp.resolve("kubeconfig"));
            try (KubernetesClient client = dev.windlass.kube.KubeCluster.client(temp.resolve("kubeconfig"), "windlass-sandbox")) {
                GenericKubernetesResource app = client.genericKubernetesResources("argoproj.io/v1alpha1", "Application")
                        .inNamespace("argocd").withName("demo").get();
                @SuppressWarnings("unchecked")
                Map<String, Object> status = (Map<String, Object>) app.getAdditionalProperties().get("status");
                assertThat((List<?>) status.get("history")).hasSize(1);
                assertThat(client.configMaps().inNamespace("demo").withName("settings").get()).isNotNull();
            }
        }
    }

    @Test
    void up_withAMalformedRepoMap_failsBeforeStartingAnything() throws Exception {
        Run run = up(args(appsWithOneApplication(), "--repo-map", "https://example.com/no-path"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--repo-map https://example.com/no-path is not URL=LOCALPATH");
        assertThat(run.out()).doesNotContain("sandbox API server");
    }

    @Test
    void up_withABrokenApplicationFile_namesTheFileAndStartsNothing() throws Exception {
        Path apps = appsWithOneApplication();
        Files.writeString(apps.resolve("broken.yaml"), "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: [\n");

        Run run = up(args(apps));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("broken.yaml");
        assertThat(run.out()).doesNotContain("sandbox API server");
    }
}
