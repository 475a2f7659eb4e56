package dev.windlass.cli.up;

import dev.windlass.cli.pipeline.RunOverrides;
import dev.windlass.controller.ApplicationEngine;
import dev.windlass.controller.api.OperationException;
import dev.windlass.controller.app.ApplicationController;
import dev.windlass.controller.policy.PolicyController;
import dev.windlass.engine.cluster.ApplyOptions;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.engine.tracking.TrackingMethod;
import dev.windlass.git.DirectoryRepository;
import dev.windlass.git.GitSourceException;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.SandboxBuilder;
import dev.windlass.sandbox.SandboxStartException;
import dev.windlass.server.Endpoint;
import dev.windlass.server.LocalApiServer;
import dev.windlass.server.ServerOptions;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code windlass up}: runs the GitOps loop for Argo CD Applications. Without {@code --kubeconfig} it
 * starts the sandbox API server; it loads the Applications of {@code --apps} directories (the bundled
 * examples by default), builds the local repositories they list, serves the local API for
 * {@code windlass app}, and prints a table of the applications whenever it changes.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Sync Argo CD Applications from Git to a cluster and keep them in sync. Without --kubeconfig "
                + "a sandbox API server is started in memory. Stop with Ctrl-C."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass up                                  the sandbox and the bundled examples",
            "  windlass up --kubeconfig ~/.kube/config --apps apps/ --no-examples",
            "  windlass up --repo-map https://github.com/org/repo=/path/to/clone",
            "  windlass app list                            from another terminal"})
public final class UpCommand implements Callable<Integer> {

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "Use this cluster instead of the sandbox.")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "The kubeconfig context (default: the current one).")
    String context;

    @Option(names = "--apps", paramLabel = "DIR",
            description = "Load the Applications and AppProjects in DIR (repeatable); a repositories.yaml there maps URLs to local directories.")
    List<Path> apps = new ArrayList<>();

    @Option(names = "--no-examples", description = "Do not load examples/apps.")
    boolean noExamples;

    @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples/apps",
            description = "Where the bundled example Applications are (default: ${DEFAULT-VALUE}).")
    Path examples;

    @Option(names = "--repo-map", paramLabel = "URL=PATH",
            description = "Read repository URL from the local Git repository at PATH (repeatable).")
    List<String> repoMap = new ArrayList<>();

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the sandbox's objects in DIR so they survive a restart (default: memory only).")
    Path dataDir;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Windlass's own files: Git cache, example repositories, endpoint (default: $WINDLASS_HOME or ~/.windlass).")
    Path home;

    @Option(names = "--namespace", paramLabel = "NS", defaultValue = "argocd",
            description = "The namespace of Applications and AppProjects (default: ${DEFAULT-VALUE}).")
    String namespace;

    @Option(names = "--tracking-method", paramLabel = "METHOD", defaultValue = "label",
            description = "How objects record their application, as Argo CD's application.resourceTrackingMethod: "
                    + "label, annotation or annotation+label (default: ${DEFAULT-VALUE}).")
    String trackingMethod;

    @Option(names = "--api-port", paramLabel = "N", description = "Port of the local API (default: a free one).")
    int apiPort;

    @Option(names = "--refresh", paramLabel = "DURATION", defaultValue = "120s", converter = UpDurations.class,
            description = "How often every application is compared with Git (default: ${DEFAULT-VALUE}, plus up to 60s jitter).")
    Duration refresh;

    @Option(names = "--processors", paramLabel = "N", defaultValue = "20",
            description = "Applications reconciled at once (default: ${DEFAULT-VALUE}).")
    int processors;

    @Option(names = "--ready-delay", paramLabel = "DURATION", defaultValue = "2s", converter = UpDurations.class,
            description = "How long the sandbox's simulated workloads take to become ready (default: ${DEFAULT-VALUE}).")
    Duration readyDelay;

    @Option(names = "--no-policy",
            description = "Do not enforce Gatekeeper policy (ConstraintTemplates, constraints, Config) at sync or audit.")
    boolean noPolicy;

    @Option(names = "--audit-interval", paramLabel = "DURATION", defaultValue = "60s", converter = UpDurations.class,
            description = "How often Gatekeeper constraints audit live objects, as Gatekeeper's --audit-interval; "
                    + "0s turns the audit off (default: ${DEFAULT-VALUE}).")
    Duration auditInterval;

    @Option(names = "--triggers", paramLabel = "PATH",
            description = "Serve the Tekton EventListeners in PATH (file or directory, repeatable) and run the "
                    + "PipelineRuns they start on this machine (default: examples/tekton-cicd with the examples).")
    List<Path> triggers = new ArrayList<>();

    @Option(names = "--no-triggers", description = "Serve no EventListeners and run no pipelines.")
    boolean noTriggers;

    @Option(names = "--trigger-port", paramLabel = "N", defaultValue = "8080",
            description = "Port of the EventListeners (default: ${DEFAULT-VALUE}, as Tekton's sink; a free one when "
                    + "it is taken; 0 for a free one).")
    int triggerPort;

    @Option(names = "--until-synced", description = "Exit 0 once every application is Synced and Healthy (1 on --timeout).")
    boolean untilSynced;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = UpDurations.class,
            description = "With --until-synced: how long to wait (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path windlassHome = home != null ? home : Endpoint.defaultLocation().getParent();
        try {
            dev.windlass.git.RepoMap.parse(repoMap);
        } catch (IllegalArgumentException e) {
            err.println("windlass up: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (TrackingMethod.parse(trackingMethod).isEmpty()) {
            err.println("windlass up: --tracking-method " + trackingMethod
                    + " is not one of label, annotation, annotation+label");
            err.flush();
            return 2;
        }
        List<AppsDirectory> directories = new ArrayList<>();
        try {
            for (Path dir : appDirectories(err)) {
                AppsDirectory loaded = AppsDirectory.load(dir);
                if (report(err, loaded.issues())) {
                    return 1;
                }
                directories.add(loaded);
            }
        } catch (IOException e) {
            err.println("windlass up: cannot read " + e.getMessage());
            err.flush();
            return 1;
        }
        try (UpSession session = new UpSession(out, err)) {
            return run(session, windlassHome, directories);
        } catch (SandboxStartException | ClusterException | GitSourceException | UpPipelines.StartException e) {
            err.println("windlass up: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private int run(UpSession session, Path windlassHome, List<AppsDirectory> directories) throws Exception {
        PrintWriter out = session.out();
        KubernetesClient client;
        if (kubeconfig == null) {
            SandboxBuilder builder = Sandbox.builder().readyDelay(readyDelay);
            if (dataDir != null) {
                builder.dataDir(dataDir);
            }
            Sandbox sandbox = session.add(builder.start());
            Path config = (dataDir != null ? dataDir : windlassHome).resolve("sandbox.kubeconfig");
            Files.createDirectories(config.getParent());
            sandbox.writeKubeconfig(config);
            out.println("windlass: sandbox API server at " + sandbox.url() + " (kubeconfig " + config
                    + ", context windlass-sandbox)");
            client = KubeCluster.client(config, "windlass-sandbox");
        } else {
            client = KubeCluster.client(kubeconfig, context);
            out.println("windlass: cluster " + client.getMasterUrl());
        }
        session.add(client);
        Tracking tracking = new Tracking(TrackingMethod.parse(trackingMethod).orElseThrow(), Tracking.INSTANCE_LABEL);
        KubeCluster cluster = session.add(KubeCluster.connect(client, tracking));
        Map<String, Path> mappings = repositories(windlassHome, directories, out);
        ApplicationEngine.Builder builder = ApplicationEngine.builder(cluster,
                        GitSources.fetcher(windlassHome, repoMap, mappings, cluster, namespace))
                .namespace(namespace)
                .tracking(tracking)
                .controller(new ApplicationController.Settings(processors, refresh, refresh.dividedBy(2)));
        if (!noPolicy) {
            builder.policy(PolicyController.Settings.DEFAULT.withAuditInterval(auditInterval));
        }
        ApplicationEngine engine = session.add(builder.start());
        loadApplications(cluster, directories, out);
        LocalApiServer api = session.add(LocalApiServer.start(engine.operations(), ServerOptions.DEFAULT.withPort(apiPort),
                () -> engine.policy().map(policy -> policy.metrics().prometheusText()).orElse("")));
        Path endpointFile = windlassHome.resolve(Endpoint.FILE_NAME);
        api.endpoint().write(endpointFile);
        session.onClose(() -> api.endpoint().removeFrom(endpointFile));
        startPipelines(session, windlassHome, mappings, engine);
        out.println("windlass: API at " + api.url() + " (windlass app list), metrics at " + api.url()
                + "/metrics; press Ctrl-C to stop");
        out.flush();
        return new LiveTable(engine.operations(), out).run(untilSynced, timeout);
    }

    /**
     * The files of the bundled Tekton example (seed scenario 3) that {@code up} serves: the Pipeline,
     * its stand-in tasks, the trigger objects and their Secrets (not its sample payload or repositories).
     */
    private static final List<String> TEKTON_EXAMPLE = List.of("pipeline.yaml", "tasks", "triggers.yaml",
            "trigger-binding.yaml", "secrets.yaml");

    /** Serves the EventListeners of --triggers (the bundled Tekton example by default). */
    private void startPipelines(UpSession session, Path windlassHome, Map<String, Path> mappings,
            ApplicationEngine engine) throws UpPipelines.StartException {
        List<Path> files = new ArrayList<>(triggers);
        Path example = examples.resolveSibling("tekton-cicd");
        if (files.isEmpty() && !noExamples && Files.isDirectory(example)) {
            TEKTON_EXAMPLE.forEach(name -> files.add(example.resolve(name)));
        }
        if (noTriggers || files.isEmpty()) {
            return;
        }
        Map<String, Path> repositories = new LinkedHashMap<>(mappings);
        repositories.putAll(RunOverrides.repositories(repoMap));
        PrintWriter out = session.out();
        Consumer<String> print = line -> {
            synchronized (out) {
                out.println("windlass: " + line);
                out.flush();
            }
        };
        UpPipelines pipelines = session.add(UpPipelines.start(files, windlassHome, repositories, triggerPort, print,
                done -> refreshAll(engine, print)));
        pipelines.listening().forEach(print);
    }

    /**
     * After a pipeline succeeded (it may have pushed to a GitOps repository): compare every application
     * with Git now, all at once (a refresh waits for its reconcile; one slow application must not hold
     * up the others).
     */
    private static void refreshAll(ApplicationEngine engine, Consumer<String> print) {
        for (KubeObject app : engine.operations().list()) {
            CompletableFuture.runAsync(() -> {
                try {
                    engine.operations().refresh(app.name());
                } catch (OperationException e) {
                    print.accept("cannot refresh " + app.name() + ": " + e.getMessage());
                }
            });
        }
    }

    private List<Path> appDirectories(PrintWriter err) {
        List<Path> dirs = new ArrayList<>(apps);
        if (!noExamples) {
            if (Files.isDirectory(examples)) {
                dirs.add(0, examples);
            } else if (apps.isEmpty()) {
                err.println("windlass up: no example applications at " + examples
                        + " (run from the Windlass directory, or pass --apps DIR)");
            }
        }
        return dirs;
    }

    private static boolean report(PrintWriter err, List<Issue> issues) {
        boolean failed = false;
        for (Issue issue : issues) {
            err.println(issue);
            failed |= issue.isError();
        }
        err.flush();
        return failed;
    }

    private static Map<String, Path> repositories(Path home, List<AppsDirectory> directories, PrintWriter out)
            throws GitSourceException {
        Map<String, Path> mappings = new LinkedHashMap<>();
        for (AppsDirectory directory : directories) {
            for (AppsDirectory.LocalRepository repository : directory.repositories()) {
                Path bare = home.resolve("repos").resolve(repository.url().replaceFirst("^[a-z]+://", "")
                        .replaceAll("[^A-Za-z0-9._/-]", "_") + ".git");
                String sha = DirectoryRepository.sync(repository.directory(), bare,
                        "windlass up: content of " + repository.directory());
                mappings.put(repository.url(), bare);
                out.println("windlass: repository " + repository.url() + " -> " + bare + " (" + sha.substring(0, 7) + ")");
            }
        }
        return mappings;
    }

    private void loadApplications(KubeCluster cluster, List<AppsDirectory> directories, PrintWriter out)
            throws ClusterException {
        for (AppsDirectory directory : directories) {
            // projects first, so applications find them on their first reconcile
            List<KubeObject> ordered = new ArrayList<>(directory.objects());
            ordered.sort((a, b) -> Boolean.compare(a.kind().equals("Application"), b.kind().equals("Application")));
            for (KubeObject object : ordered) {
                cluster.apply(object.namespace().isEmpty() ? object.withNamespace(namespace) : object,
                        ApplyOptions.APPLY.withForce(true));
            }
            out.println("windlass: loaded " + ordered.size() + " objects from " + directory.directory());
        }
    }
}
