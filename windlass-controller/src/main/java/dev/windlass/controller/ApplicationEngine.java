package dev.windlass.controller;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.app.ApplicationController;
import dev.windlass.controller.app.ApplicationReconciler;
import dev.windlass.controller.app.ApplicationScope;
import dev.windlass.controller.app.ApplicationService;
import dev.windlass.controller.app.Comparer;
import dev.windlass.controller.app.SyncGate;
import dev.windlass.controller.cluster.ClusterHelmRepositories;
import dev.windlass.controller.cluster.KubeApplicationStore;
import dev.windlass.controller.cluster.ObjectCache;
import dev.windlass.controller.policy.PolicyController;
import dev.windlass.controller.source.CachedCharts;
import dev.windlass.controller.source.ChartFetcher;
import dev.windlass.controller.source.HelmRepositoryCharts;
import dev.windlass.helm.repo.ChartPuller;
import dev.windlass.helm.transport.HttpRepositoryTransport;
import dev.windlass.controller.source.GitRemoteBases;
import dev.windlass.controller.source.ManifestGenerator;
import dev.windlass.controller.source.SourceCache;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.source.SourceFetcher;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.Closeable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Windlass's GitOps loop for Argo CD Applications, wired together: installs the Argo CD CRDs when the
 * cluster lacks them, watches Applications and AppProjects in the controller namespace, reconciles
 * them, and serves {@link ApplicationOperations} for the CLI and the API.
 *
 * <pre>{@code
 * try (ApplicationEngine engine = ApplicationEngine.builder(cluster, gitFetcher).namespace("argocd").start()) {
 *     engine.operations().list();
 * }
 * }</pre>
 */
public final class ApplicationEngine implements AutoCloseable {

    /** {@code argoproj.io/v1alpha1 AppProject}. */
    public static final GroupVersionKind APP_PROJECT = new GroupVersionKind("argoproj.io", "v1alpha1", "AppProject");

    private static final GroupVersionKind NAMESPACE = new GroupVersionKind("", "v1", "Namespace");

    private final List<AutoCloseable> resources;
    private final ApplicationOperations operations;
    private final ApplicationController controller;
    private final PolicyController policy;

    private ApplicationEngine(List<AutoCloseable> resources, ApplicationOperations operations,
            ApplicationController controller, PolicyController policy) {
        this.resources = resources;
        this.operations = operations;
        this.controller = controller;
        this.policy = policy;
    }

    /** A builder for an engine over {@code cluster} reading sources through {@code fetcher}. */
    public static Builder builder(KubeCluster cluster, SourceFetcher fetcher) {
        return new Builder(cluster, fetcher);
    }

    /** What users can do with Applications. */
    public ApplicationOperations operations() {
        return operations;
    }

    /** The Gatekeeper policy controller, when the engine was built with {@link Builder#policy}. */
    public Optional<PolicyController> policy() {
        return Optional.ofNullable(policy);
    }

    /** How many applications wait to be reconciled (for progress output and benchmarks). */
    public int queueDepth() {
        return controller.queueDepth();
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                // closing is best effort: the rest must still be closed
            }
        }
    }

    /** Settings of an {@link ApplicationEngine}; every one has Argo CD's default. */
    public static final class Builder {

        private final KubeCluster cluster;
        private final SourceFetcher fetcher;
        private String namespace = "argocd";
        private Tracking tracking = Tracking.DEFAULT;
        private ApplicationController.Settings controllerSettings = ApplicationController.Settings.DEFAULT;
        private ApplicationReconciler.Settings reconcilerSettings = ApplicationReconciler.Settings.DEFAULT;
        private Duration sourceFreshness = Duration.ofSeconds(3);
        private Duration operationTimeout = Duration.ofMinutes(5);
        private Clock clock = Clock.systemUTC();
        private ChartFetcher charts;
        private PolicyController.Settings policy;

        private Builder(KubeCluster cluster, SourceFetcher fetcher) {
            this.cluster = Objects.requireNonNull(cluster, "cluster");
            this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        }

        /** The namespace of the Applications and AppProjects (Argo CD's {@code argocd}). */
        public Builder namespace(String value) {
            this.namespace = value;
            return this;
        }

        public Builder tracking(Tracking value) {
            this.tracking = value;
            return this;
        }

        public Builder controller(ApplicationController.Settings value) {
            this.controllerSettings = value;
            return this;
        }

        public Builder reconciler(ApplicationReconciler.Settings value) {
            this.reconcilerSettings = value;
            return this;
        }

        /** How long a fetched revision is reused before the remote is asked again (3 s by default). */
        public Builder sourceFreshness(Duration value) {
            this.sourceFreshness = value;
            return this;
        }

        /** How long a sync started through {@link ApplicationOperations} may take before the caller stops waiting. */
        public Builder operationTimeout(Duration value) {
            this.operationTimeout = value;
            return this;
        }

        /**
         * The Helm repository client that pulls the charts of sources naming a {@code chart}. By
         * default Windlass's own client over HTTPS, with the Argo CD repository Secrets of the
         * controller namespace; {@link ChartFetcher#NOT_CONFIGURED} turns chart sources off.
         */
        public Builder charts(ChartFetcher value) {
            this.charts = Objects.requireNonNull(value, "charts");
            return this;
        }

        /**
         * Enforces Gatekeeper policy: installs the ConstraintTemplate and Config CRDs, runs the
         * template controller and the audit, and refuses syncs whose objects violate a {@code deny}
         * constraint. Off unless set.
         */
        public Builder policy(PolicyController.Settings value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** Installs what is missing in the cluster and starts the controller. */
        public ApplicationEngine start() throws ClusterException {
            installCrds();
            ensureNamespace();
            List<AutoCloseable> resources = new ArrayList<>();
            try {
                ObjectCache applications = ObjectCache.start(cluster, KubeApplicationStore.APPLICATION, namespace);
                resources.add(applications);
                ObjectCache projects = ObjectCache.start(cluster, APP_PROJECT, namespace);
                resources.add(projects);
                PolicyController policyController = policy == null ? null : PolicyController.start(cluster, policy, clock);
                if (policyController != null) {
                    resources.add(policyController);
                }
                SyncGate gate = policyController == null ? SyncGate.OPEN : policyController.gate();
                KubeApplicationStore store = new KubeApplicationStore(cluster, applications);
                ApplicationScope scope = new ApplicationScope(namespace, projects::get);
                SourceCache sources = new SourceCache(fetcher, sourceFreshness, clock);
                ChartFetcher chartFetcher = new CachedCharts(charts != null ? charts : defaultCharts(), sourceFreshness,
                        clock, 256);
                Comparer comparer = new Comparer(sources, chartFetcher,
                        new ManifestGenerator(4096, GitRemoteBases.over(fetcher), chartFetcher), cluster, tracking);
                ApplicationReconciler reconciler = new ApplicationReconciler(store, comparer, cluster, cluster, scope,
                        reconcilerSettings, clock, cluster::namespaceContents, tracking, gate);
                resources.add(reconciler);
                ApplicationController controller = ApplicationController.start(store, reconciler, scope,
                        controllerSettings, clock);
                resources.add(controller);
                Closeable tracked = cluster.onTrackedChange(controller::trackedObjectChanged);
                resources.add(tracked);
                resources.add(projects.subscribe(project -> controller.projectChanged(project.name()),
                        project -> controller.projectChanged(project.name())));
                ApplicationService service = new ApplicationService(store, comparer, scope, namespace, operationTimeout);
                return new ApplicationEngine(resources, service, controller, policyController);
            } catch (ClusterException | RuntimeException e) {
                new ApplicationEngine(resources, null, null, null).close();
                throw e;
            }
        }

        private ChartFetcher defaultCharts() {
            return new HelmRepositoryCharts(ChartPuller.over(HttpRepositoryTransport.builder().build()),
                    new ClusterHelmRepositories(cluster, namespace, Duration.ofSeconds(10), clock));
        }

        private void installCrds() throws ClusterException {
            for (KubeObject crd : bundledCrds()) {
                cluster.ensureCustomResourceDefinition(crd, Duration.ofSeconds(30));
            }
        }

        private void ensureNamespace() throws ClusterException {
            if (cluster.get(NAMESPACE, "", namespace).isEmpty()) {
                cluster.apply(KubeObject.of(MapNode.of("apiVersion", Node.of("v1"), "kind", Node.of("Namespace"),
                        "metadata", MapNode.of("name", Node.of(namespace)))), dev.windlass.engine.cluster.ApplyOptions.APPLY);
            }
        }
    }

    /** The Argo CD CRDs bundled with Windlass: Application, AppProject, ApplicationSet. */
    public static List<KubeObject> bundledCrds() {
        return BundledManifests.read(ApplicationEngine.class, "crds/argoproj.yaml");
    }
}
