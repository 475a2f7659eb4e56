package dev.windlass.controller;

import static org.awaitility.Awaitility.await;

import dev.windlass.controller.app.ApplicationController;
import dev.windlass.controller.app.ApplicationReconciler;
import dev.windlass.controller.source.ChartFetcher;
import dev.windlass.engine.cluster.ApplyOptions;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.git.DirectoryRepository;
import dev.windlass.git.GitSource;
import dev.windlass.git.GitSourceFetcher;
import dev.windlass.git.RepoMap;
import dev.windlass.git.RepositoryCache;
import dev.windlass.git.RepositoryCredentials;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One GitOps loop for an end-to-end test: a directory committed into a bare Git repository (mapped
 * from a GitHub-looking URL), a KubeCluster on the sandbox, and a running {@link ApplicationEngine}
 * with short delays. Tests write files, {@link #commit()}, and wait for the Application's status.
 */
final class LoopFixture implements AutoCloseable {

    static final String REPO_URL = "https://github.com/example/gitops";
    static final GroupVersionKind APPLICATION = new GroupVersionKind("argoproj.io", "v1alpha1", "Application");

    final Path source;
    final Path bare;
    final KubeCluster cluster;
    final KubernetesClient client;
    private final Path temp;
    private ApplicationEngine engine;

    LoopFixture(KubernetesClient client, Path temp) throws Exception {
        this.client = client;
        this.temp = temp;
        this.source = Files.createDirectories(temp.resolve("source"));
        this.bare = temp.resolve("repo.git");
        this.cluster = KubeCluster.connect(client, Tracking.DEFAULT);
    }

    ApplicationEngine start() throws Exception {
        return start(ChartFetcher.NOT_CONFIGURED);
    }

    /** Starts the engine with {@code charts} pulling the charts of Helm repository sources. */
    ApplicationEngine start(ChartFetcher charts) throws Exception {
        GitSource git = GitSource.create(RepositoryCache.open(temp.resolve("cache"), 1L << 30),
                RepoMap.of(Map.of(REPO_URL, bare)), url -> RepositoryCredentials.none(), GitSource.Limits.DEFAULT);
        engine = ApplicationEngine.builder(cluster, GitSourceFetcher.of(git))
                .controller(new ApplicationController.Settings(4, Duration.ofSeconds(2), Duration.ZERO))
                .reconciler(new ApplicationReconciler.Settings(Duration.ofMillis(200), Duration.ZERO))
                .sourceFreshness(Duration.ZERO)
                .operationTimeout(Duration.ofSeconds(30))
                .clock(Clock.systemUTC())
                .charts(charts)
                .start();
        return engine;
    }

    void stopEngine() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    void write(String path, String content) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    void remove(String path) throws IOException {
        Files.delete(source.resolve(path));
    }

    String commit() throws Exception {
        return DirectoryRepository.sync(source, bare, "change");
    }

    KubeObject createApplication(String yaml) throws Exception {
        return cluster.apply(parse(yaml), ApplyOptions.APPLY);
    }

    Optional<KubeObject> application(String name) throws Exception {
        return cluster.get(APPLICATION, "argocd", name);
    }

    MapNode status(String name) throws Exception {
        return application(name).flatMap(app -> app.content().getMap("status")).orElse(MapNode.empty());
    }

    String syncStatus(String name) throws Exception {
        return status(name).getMap("sync").flatMap(s -> s.getText("status")).orElse("");
    }

    String healthStatus(String name) throws Exception {
        return status(name).getMap("health").flatMap(s -> s.getText("status")).orElse("");
    }

    String syncedRevision(String name) throws Exception {
        return status(name).getMap("sync").flatMap(s -> s.getText("revision")).orElse("");
    }

    void awaitStatus(String name, String sync, String health) {
        await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100))
                .until(() -> syncStatus(name).equals(sync) && healthStatus(name).equals(health));
    }

    static KubeObject parse(String yaml) {
        return KubeObject.of((MapNode) YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                .read("test.yaml", yaml).documents().get(0).content());
    }

    static String application(String name, String path, String namespace, String syncPolicy) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: %s
                  namespace: argocd
                spec:
                  project: default
                  source:
                    repoURL: %s
                    targetRevision: HEAD
                    path: %s
                  destination:
                    server: https://kubernetes.default.svc
                    namespace: %s
                %s""".formatted(name, REPO_URL, path, namespace, syncPolicy.indent(2));
    }

    /** Stops the engine and deletes every Application, so the next test's engine starts from a clean namespace. */
    @Override
    public void close() {
        stopEngine();
        client.genericKubernetesResources("argoproj.io/v1alpha1", "Application").inNamespace("argocd").list().getItems()
                .forEach(app -> {
                    app.getMetadata().setFinalizers(java.util.List.of());
                    client.resource(app).update();
                    client.resource(app).delete();
                });
        cluster.close();
    }
}
