package dev.windlass.bench.loop;

import dev.windlass.controller.ApplicationEngine;
import dev.windlass.controller.app.ApplicationController;
import dev.windlass.controller.app.ApplicationReconciler;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.git.DirectoryRepository;
import dev.windlass.git.GitSource;
import dev.windlass.git.GitSourceFetcher;
import dev.windlass.git.RepoMap;
import dev.windlass.git.RepositoryCache;
import dev.windlass.git.RepositoryCredentials;
import dev.windlass.kube.KubeCluster;
import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.api.ListOptions;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.PatchType;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.resource.ApiResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One GitOps loop under measurement: a sandbox API server, a monorepo committed into a local bare
 * repository, and an {@link ApplicationEngine} talking HTTPS to the sandbox through its own
 * {@link KubeCluster}. The benchmark itself creates, annotates and reads Applications through the
 * sandbox's in-process API, so the cluster's request count is the engine's alone.
 */
final class Loop implements AutoCloseable {

    private static final WriteOptions DRIVER = WriteOptions.as("windlass-bench");

    final Path source;
    private final Path dir;
    private final Sandbox sandbox;
    private final KubernetesClient client;
    private final KubeCluster cluster;
    private ApplicationEngine engine;
    private ApiResource applications;
    private CountingFetcher fetcher;

    private Loop(Path dir, Sandbox sandbox, KubernetesClient client, KubeCluster cluster) throws Exception {
        this.dir = dir;
        this.source = Files.createDirectories(dir.resolve("source"));
        this.sandbox = sandbox;
        this.client = client;
        this.cluster = cluster;
    }

    /** Starts a sandbox whose pods become ready after {@code readyDelay}, and connects to it; no engine yet. */
    static Loop open(Path dir, Duration readyDelay) throws Exception {
        Sandbox sandbox = Sandbox.builder().readyDelay(readyDelay).start();
        Path kubeconfig = dir.resolve("kubeconfig");
        sandbox.writeKubeconfig(kubeconfig);
        KubernetesClient client = KubeCluster.client(kubeconfig, "windlass-sandbox");
        return new Loop(dir, sandbox, client, KubeCluster.connect(client, Tracking.DEFAULT));
    }

    /** Commits the source directory; returns the commit's SHA. */
    String commit(String message) throws Exception {
        return DirectoryRepository.sync(source, dir.resolve("repo.git"), message);
    }

    /** Starts the engine with Argo CD's defaults and {@code processors} status processors. */
    void startEngine(int processors) throws Exception {
        GitSource git = GitSource.create(RepositoryCache.open(dir.resolve("cache"), 1L << 30),
                RepoMap.of(Map.of(Workload.REPO_URL, dir.resolve("repo.git"))), url -> RepositoryCredentials.none(),
                GitSource.Limits.DEFAULT);
        ApplicationController.Settings defaults = ApplicationController.Settings.DEFAULT;
        fetcher = new CountingFetcher(GitSourceFetcher.of(git));
        engine = ApplicationEngine.builder(cluster, fetcher)
                .controller(new ApplicationController.Settings(processors, defaults.refreshInterval(),
                        defaults.refreshJitter()))
                .reconciler(ApplicationReconciler.Settings.DEFAULT)
                .start();
        applications = api().registry().find("argoproj.io", "v1alpha1", "applications").orElseThrow(
                () -> new IllegalStateException("the engine started but the sandbox serves no applications.argoproj.io"));
    }

    /** HTTP requests the engine's cluster connection has sent so far. */
    long requests() {
        return cluster.requestCount();
    }

    /** The engine's Git fetches; null before {@link #startEngine}. */
    CountingFetcher fetches() {
        return fetcher;
    }

    int queueDepth() {
        return engine.queueDepth();
    }

    void createApplication(String app) {
        api().create(applications, "argocd", Workload.application(app), DRIVER);
    }

    /** Asks for a refresh now, as a Git webhook does: the {@code argocd.argoproj.io/refresh: normal} annotation. */
    void requestRefresh(String app) {
        String patch = "{\"metadata\":{\"annotations\":{\"" + AppStatus.REFRESH_ANNOTATION + "\":\"normal\"}}}";
        api().patch(applications, "argocd", app, PatchType.MERGE, patch.getBytes(StandardCharsets.UTF_8), DRIVER, null);
    }

    AppStatus status(String app) {
        return AppStatus.of(api().get(applications, "argocd", app));
    }

    List<AppStatus> statuses() {
        return api().list(applications, "argocd", ListOptions.ALL).items().stream().map(AppStatus::of).toList();
    }

    /** Stops the engine and closes the cluster connection; the sandbox keeps running. */
    void stopEngine() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
        cluster.close();
        client.close();
    }

    private ObjectService api() {
        return sandbox.api();
    }

    @Override
    public void close() {
        stopEngine();
        sandbox.close();
    }
}
