package dev.windlass.controller.policy;

import dev.windlass.controller.app.SyncGate;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import dev.windlass.policy.Inventory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Gatekeeper's controllers inside Windlass: installs the ConstraintTemplate and Config CRDs, polls
 * templates, constraints and the Config, creates each template's constraint CRD, writes template
 * and constraint status ({@code created}, {@code byPod} with errors), keeps a compiled
 * {@link dev.windlass.policy.PolicySet} and the replicated inventory up to date, serves the sync
 * gate ({@link #gate()}) and runs the periodic audit ({@link #audit()}).
 *
 * <pre>{@code
 * try (PolicyController policy = PolicyController.start(cluster, PolicyController.Settings.DEFAULT, clock)) {
 *     SyncGate gate = policy.gate();
 * }
 * }</pre>
 */
public final class PolicyController implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PolicyController.class.getName());

    /**
     * Settings; every one has Gatekeeper's default where Gatekeeper has one.
     *
     * @param pollInterval    how often templates, constraints and the Config are read
     * @param auditInterval   time between audits (Gatekeeper's {@code --audit-interval}: 60 s); zero turns audit off
     * @param auditChunkSize  objects per list request in the audit ({@code --audit-chunk-size}: 500)
     * @param violationsLimit violations listed per constraint status ({@code --constraint-violations-limit}: 20)
     * @param namespace       Gatekeeper's namespace, where its Config {@code config} is read ({@code gatekeeper-system})
     * @param podId           the {@code byPod[].id} this controller writes
     */
    public record Settings(Duration pollInterval, Duration auditInterval, int auditChunkSize, int violationsLimit,
            String namespace, String podId) {

        /** Gatekeeper's defaults, with templates read every 2 s. */
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(2), Duration.ofSeconds(60), 500, 20,
                "gatekeeper-system", "windlass-controller");

        public Settings {
            Objects.requireNonNull(pollInterval, "pollInterval");
            Objects.requireNonNull(auditInterval, "auditInterval");
            if (auditChunkSize <= 0 || violationsLimit < 0) {
                throw new IllegalArgumentException("auditChunkSize must be positive and violationsLimit not negative");
            }
        }

        /** A copy with another audit interval (zero: no periodic audit). */
        public Settings withAuditInterval(Duration value) {
            return new Settings(pollInterval, value, auditChunkSize, violationsLimit, namespace, podId);
        }

        /** A copy with another poll interval. */
        public Settings withPollInterval(Duration value) {
            return new Settings(value, auditInterval, auditChunkSize, violationsLimit, namespace, podId);
        }
    }

    private final KubeCluster cluster;
    private final Settings settings;
    private final PolicyCompiler compiler = new PolicyCompiler();
    private final ConstraintCrds crds;
    private final StatusWriter statuses;
    private final InventoryWatch inventory;
    private final PolicyMetrics metrics = new PolicyMetrics();
    private final PolicyAudit audit;
    private final ScheduledExecutorService poller;
    private final ScheduledExecutorService auditor;
    private volatile LivePolicy live = new LivePolicy(List.of(), List.of(), List.of(),
            dev.windlass.policy.PolicySet.empty(), Map.of());

    private PolicyController(KubeCluster cluster, Settings settings, Clock clock) {
        this.cluster = cluster;
        this.settings = settings;
        this.crds = new ConstraintCrds(cluster);
        this.statuses = new StatusWriter(cluster);
        this.inventory = new InventoryWatch(cluster);
        this.audit = new PolicyAudit(cluster, this, statuses, metrics, settings, clock);
        this.poller = Executors.newSingleThreadScheduledExecutor(daemon("policy-controller"));
        this.auditor = Executors.newSingleThreadScheduledExecutor(daemon("policy-audit"));
    }

    /** Installs the Gatekeeper CRDs when missing, reads the policy once, and starts polling and auditing. */
    public static PolicyController start(KubeCluster cluster, Settings settings, Clock clock) throws ClusterException {
        for (KubeObject crd : GatekeeperCrds.bundled()) {
            cluster.ensureCustomResourceDefinition(crd, Duration.ofSeconds(30));
        }
        PolicyController controller = new PolicyController(cluster, settings, clock);
        controller.refresh();
        long poll = Math.max(1, settings.pollInterval().toMillis());
        controller.poller.scheduleWithFixedDelay(controller::refreshQuietly, poll, poll, TimeUnit.MILLISECONDS);
        if (!settings.auditInterval().isZero()) {
            long every = settings.auditInterval().toMillis();
            controller.auditor.scheduleWithFixedDelay(controller::auditQuietly, every, every, TimeUnit.MILLISECONDS);
        }
        return controller;
    }

    /** The sync gate: reviews a sync's objects with the live policy plus the policy objects of the sync. */
    public SyncGate gate() {
        return new PolicyGate(this);
    }

    /** Runs one audit now (the periodic one runs on its own thread); the constraint statuses are written. */
    public AuditReport audit() throws ClusterException {
        return audit.run();
    }

    /** Audit and sync-gate counters under Gatekeeper's metric names. */
    public PolicyMetrics metrics() {
        return metrics;
    }

    /** Reads templates, constraints and the Config now, creating CRDs and writing status as needed. */
    public synchronized void refresh() throws ClusterException {
        List<KubeObject> templates = cluster.list(GatekeeperKinds.TEMPLATE, null);
        List<KubeObject> config = config();
        Map<ResourceKey, String> templateErrors = new java.util.LinkedHashMap<>(compiler.checkAlone(templates));
        Set<String> kinds = new HashSet<>();
        Map<String, Boolean> created = new java.util.HashMap<>();
        Set<String> createErrors = new HashSet<>();
        for (KubeObject template : templates) {
            Optional<String> kind = GatekeeperKinds.constraintKind(template);
            kind.ifPresent(kinds::add);
            if (kind.isEmpty()) {
                templateErrors.putIfAbsent(template.key(), "ConstraintTemplate " + template.name()
                        + ": spec.crd.spec.names.kind is required (the kind of its constraints)");
            } else if (!templateErrors.containsKey(template.key())) {
                Optional<String> error = crds.ensure(template, kind.get());
                error.ifPresent(message -> templateErrors.put(template.key(), message));
                created.put(template.name(), error.isEmpty());
                error.ifPresent(message -> createErrors.add(template.name()));
            }
        }
        crds.retain(kinds);
        List<KubeObject> constraints = constraints();
        List<KubeObject> all = new ArrayList<>(templates);
        all.addAll(constraints);
        all.addAll(config);
        PolicyCompiler.Compiled compiled = compiler.compile(all);
        live = new LivePolicy(templates, constraints, config, compiled.set(), compiled.errors());
        writeStatuses(templates, constraints, templateErrors, compiled.errors(), created, createErrors);
        inventory.watch(compiled.set().syncedKinds());
    }

    /**
     * Takes in a policy object a sync just applied, before the sync applies anything else: a
     * template's constraint CRD is installed (so its constraints can follow), and the object joins
     * the live policy at once rather than at the next poll (so a later wave or another
     * application's sync is already reviewed with it).
     */
    synchronized void policyApplied(KubeObject stored) {
        if (GatekeeperKinds.isConfig(stored) && !(stored.name().equals(GatekeeperKinds.CONFIG_NAME)
                && stored.namespace().equals(settings.namespace()))) {
            return;
        }
        Optional<String> kind = GatekeeperKinds.constraintKind(stored);
        if (GatekeeperKinds.isTemplate(stored) && kind.isPresent() && compiler.checkAlone(List.of(stored)).isEmpty()) {
            crds.ensure(stored, kind.get()).ifPresent(error -> LOG.warning(() -> "policy: " + error));
        }
        LivePolicy current = live;
        List<KubeObject> templates = replaced(current.templates(), stored, GatekeeperKinds.isTemplate(stored));
        List<KubeObject> constraints = replaced(current.constraints(), stored, GatekeeperKinds.isConstraint(stored));
        List<KubeObject> config = GatekeeperKinds.isConfig(stored) ? List.of(stored) : current.config();
        List<KubeObject> all = new ArrayList<>(templates);
        all.addAll(constraints);
        all.addAll(config);
        PolicyCompiler.Compiled compiled = compiler.compile(all);
        live = new LivePolicy(templates, constraints, config, compiled.set(), compiled.errors());
    }

    private static List<KubeObject> replaced(List<KubeObject> objects, KubeObject stored, boolean applies) {
        if (!applies) {
            return objects;
        }
        List<KubeObject> out = new ArrayList<>(objects.stream().filter(o -> !o.key().equals(stored.key())).toList());
        out.add(stored);
        return out;
    }

    LivePolicy live() {
        return live;
    }

    PolicyCompiler compiler() {
        return compiler;
    }

    Inventory inventory() {
        return inventory.inventory();
    }

    Settings settings() {
        return settings;
    }

    Optional<KubeObject> namespace(String name) throws ClusterException {
        return cluster.get(GatekeeperKinds.NAMESPACE, "", name);
    }

    private List<KubeObject> config() throws ClusterException {
        return cluster.get(GatekeeperKinds.CONFIG, settings.namespace(), GatekeeperKinds.CONFIG_NAME)
                .map(List::of).orElse(List.of());
    }

    private List<KubeObject> constraints() {
        List<KubeObject> constraints = new ArrayList<>();
        for (String kind : crds.kinds()) {
            try {
                constraints.addAll(cluster.list(GatekeeperKinds.constraint(kind), null));
            } catch (ClusterException e) {
                LOG.fine(() -> "policy: cannot list constraints of kind " + kind + ": " + e.getMessage());
            }
        }
        return constraints;
    }

    private void writeStatuses(List<KubeObject> templates, List<KubeObject> constraints,
            Map<ResourceKey, String> templateErrors, Map<ResourceKey, String> errors, Map<String, Boolean> created,
            Set<String> createErrors) {
        for (KubeObject template : templates) {
            Optional<String> error = Optional.ofNullable(templateErrors.get(template.key()));
            boolean crdCreated = created.getOrDefault(template.name(), false);
            String code = createErrors.contains(template.name()) ? TemplateStatus.CREATE_ERROR
                    : TemplateStatus.INGEST_ERROR;
            statuses.write(template, before -> TemplateStatus.template(template, settings.podId(), crdCreated, code,
                    error));
        }
        for (KubeObject constraint : constraints) {
            Optional<String> error = Optional.ofNullable(errors.get(constraint.key()));
            statuses.write(constraint, before -> TemplateStatus.constraint(constraint, settings.podId(), error, before));
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (ClusterException | RuntimeException e) {
            LOG.warning(() -> "policy: reading templates and constraints failed: " + e.getMessage());
        }
    }

    private void auditQuietly() {
        try {
            audit.run();
        } catch (ClusterException | RuntimeException e) {
            LOG.warning(() -> "policy: audit failed: " + e.getMessage());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        poller.shutdownNow();
        auditor.shutdownNow();
        inventory.close();
    }
}
