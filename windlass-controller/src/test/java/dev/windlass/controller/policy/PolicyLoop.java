package dev.windlass.controller.policy;

import static org.awaitility.Awaitility.await;

import dev.windlass.controller.ApplicationEngine;
import dev.windlass.controller.app.ApplicationController;
import dev.windlass.controller.app.ApplicationReconciler;
import dev.windlass.controller.source.ChartFetcher;
import dev.windlass.engine.cluster.ApplyOptions;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.PropagationPolicy;
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
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionFactory;

/**
 * A GitOps loop with policy enforcement for one test: a directory committed into a bare Git
 * repository, a KubeCluster on the sandbox, an {@link ApplicationEngine} with the policy controller
 * (audit only when a test asks for it), and helpers to read Applications and policy objects.
 */
final class PolicyLoop implements AutoCloseable {

    static final String REPO_URL = "https://github.com/example/policies";
    static final GroupVersionKind APPLICATION = new GroupVersionKind("argoproj.io", "v1alpha1", "Application");
    static final GroupVersionKind DEPLOYMENT = new GroupVersionKind("apps", "v1", "Deployment");
    static final GroupVersionKind NAMESPACE = new GroupVersionKind("", "v1", "Namespace");
    static final GroupVersionKind CONFIG_MAP = new GroupVersionKind("", "v1", "ConfigMap");
    static final GroupVersionKind CRD = new GroupVersionKind("apiextensions.k8s.io", "v1", "CustomResourceDefinition");
    static final GroupVersionKind TEMPLATE = new GroupVersionKind("templates.gatekeeper.sh", "v1", "ConstraintTemplate");
    static final GroupVersionKind CONFIG = new GroupVersionKind("config.gatekeeper.sh", "v1alpha1", "Config");
    static final GroupVersionKind REQUIRED_LABELS = new GroupVersionKind("constraints.gatekeeper.sh", "v1beta1",
            "K8sRequiredLabels");

    /** Short poll, no periodic audit: tests run the audit themselves. */
    static final PolicyController.Settings SETTINGS = PolicyController.Settings.DEFAULT
            .withPollInterval(Duration.ofMillis(200)).withAuditInterval(Duration.ZERO);

    final Path source;
    final KubeCluster cluster;
    final KubernetesClient client;
    private final Path bare;
    private final Path temp;
    private ApplicationEngine engine;

    PolicyLoop(KubernetesClient client, Path temp) throws IOException {
        this.client = client;
        this.temp = temp;
        this.source = Files.createDirectories(temp.resolve("source"));
        this.bare = temp.resolve("repo.git");
        this.cluster = KubeCluster.connect(client, Tracking.DEFAULT);
    }

    ApplicationEngine start() throws Exception {
        GitSource git = GitSource.create(RepositoryCache.open(temp.resolve("cache"), 1L << 30),
                RepoMap.of(Map.of(REPO_URL, bare)), url -> RepositoryCredentials.none(), GitSource.Limits.DEFAULT);
        engine = ApplicationEngine.builder(cluster, GitSourceFetcher.of(git))
                .controller(new ApplicationController.Settings(4, Duration.ofSeconds(2), Duration.ZERO))
                .reconciler(new ApplicationReconciler.Settings(Duration.ofMillis(200), Duration.ZERO))
                .sourceFreshness(Duration.ZERO)
                .operationTimeout(Duration.ofSeconds(30))
                .clock(Clock.systemUTC())
                .charts(ChartFetcher.NOT_CONFIGURED)
                .policy(SETTINGS)
                .start();
        return engine;
    }

    PolicyController policy() {
        return engine.policy().orElseThrow();
    }

    void write(String path, String content) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    void remove(String path) throws IOException {
        Files.delete(source.resolve(path));
    }

    /** Copies a directory of the project's examples into the repository at {@code path}. */
    void copyExample(String example, String path) throws IOException {
        Path from = examples().resolve(example);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                write(path + "/" + file.getFileName(), Files.readString(file));
            }
        }
    }

    String commit() throws Exception {
        return DirectoryRepository.sync(source, bare, "change");
    }

    /** Applies every document of {@code yaml} to the cluster directly (as kubectl apply would). */
    void applyDirectly(String yaml) throws Exception {
        for (KubeObject object : parseAll(yaml)) {
            cluster.apply(object, ApplyOptions.APPLY.withForce(true));
        }
    }

    void createApplication(String name, String path, String namespace) throws Exception {
        applyDirectly("""
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
                  syncPolicy:
                    automated: {prune: true, selfHeal: true}
                    syncOptions: [CreateNamespace=true]
                """.formatted(name, REPO_URL, path, namespace));
    }

    Optional<KubeObject> get(GroupVersionKind gvk, String namespace, String name) throws Exception {
        return cluster.get(gvk, namespace, name);
    }

    MapNode status(String app) throws Exception {
        return get(APPLICATION, "argocd", app).flatMap(a -> a.content().getMap("status")).orElse(MapNode.empty());
    }

    String syncStatus(String app) throws Exception {
        return status(app).getMap("sync").flatMap(s -> s.getText("status")).orElse("");
    }

    String healthStatus(String app) throws Exception {
        return status(app).getMap("health").flatMap(s -> s.getText("status")).orElse("");
    }

    String operationPhase(String app) throws Exception {
        return status(app).getMap("operationState").flatMap(s -> s.getText("phase")).orElse("");
    }

    String operationMessage(String app) throws Exception {
        return status(app).getMap("operationState").flatMap(s -> s.getText("message")).orElse("");
    }

    /** The messages of the Application's conditions of {@code type}. */
    List<String> conditions(String app, String type) throws Exception {
        List<String> messages = new ArrayList<>();
        status(app).getList("conditions").ifPresent(list -> list.items().forEach(node -> node.asMap()
                .filter(c -> c.getText("type").orElse("").equals(type))
                .flatMap(c -> c.getText("message")).ifPresent(messages::add)));
        return messages;
    }

    static ConditionFactory eventually() {
        // a hang guard, not a timing assertion: the loop settles in well under a second on a quiet machine
        return await().atMost(60, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100));
    }

    /** Waits until {@code policy} enforces constraint {@code name} (read and compiled without errors). */
    static void awaitEnforced(PolicyController policy, String name) {
        eventually().until(() -> policy.live().constraints().stream()
                .anyMatch(c -> c.name().equals(name) && !policy.live().errors().containsKey(c.key())));
    }

    void awaitOperation(String app, String phase) throws Exception {
        try {
            eventually().until(() -> operationPhase(app).equals(phase));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("the operation of application " + app + " did not end " + phase
                    + "; its status: " + status(app), e);
        }
    }

    void awaitSyncedAndHealthy(String app) throws Exception {
        try {
            eventually().until(() -> syncStatus(app).equals("Synced") && healthStatus(app).equals("Healthy"));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("application " + app + " did not become Synced and Healthy; its status: "
                    + status(app), e);
        }
    }

    static List<KubeObject> parseAll(String yaml) {
        List<KubeObject> objects = new ArrayList<>();
        for (ParsedDocument document : YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                .read("test.yaml", yaml).documents()) {
            if (document.content() instanceof MapNode map) {
                objects.add(KubeObject.of(map));
            }
        }
        return objects;
    }

    /** The project's {@code examples} directory, found from the module directory tests run in. */
    static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/gatekeeper-policy"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("examples/gatekeeper-policy not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("examples");
    }

    /** Stops the engine and deletes what the test made, so the next test starts from a clean cluster. */
    @Override
    public void close() {
        if (engine != null) {
            engine.close();
            client.genericKubernetesResources("argoproj.io/v1alpha1", "Application").inNamespace("argocd").list()
                    .getItems().forEach(app -> {
                        app.getMetadata().setFinalizers(List.of());
                        client.resource(app).update();
                        client.resource(app).delete();
                    });
        }
        try {
            for (KubeObject template : cluster.list(TEMPLATE, null)) {
                cluster.delete(TEMPLATE, "", template.name(), PropagationPolicy.BACKGROUND);
            }
            for (KubeObject crd : cluster.list(CRD, null)) {
                if (crd.field(FieldPath.of("spec", "group")).flatMap(Node::asText)
                        .orElse("").equals("constraints.gatekeeper.sh")) {
                    cluster.delete(CRD, "", crd.name(), PropagationPolicy.BACKGROUND);
                }
            }
            for (KubeObject config : cluster.list(CONFIG, null)) {
                cluster.delete(CONFIG, config.namespace(), config.name(), PropagationPolicy.BACKGROUND);
            }
        } catch (ClusterException e) {
            throw new IllegalStateException("cleaning up policy objects: " + e.getMessage(), e);
        }
        cluster.close();
    }
}
