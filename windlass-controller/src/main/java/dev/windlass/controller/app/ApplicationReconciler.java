package dev.windlass.controller.app;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterReader;
import dev.windlass.engine.cluster.ClusterWriter;
import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.patch.JsonMergePatch;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Reconciles one Argo CD Application: refresh (compare Git with the cluster), the automated-sync
 * decision, one step of a running sync operation, cascade deletion, and the status write. Each call
 * starts from what is stored on the Application, so any call may be the first after a restart.
 */
public final class ApplicationReconciler implements AutoCloseable {

    /** The finalizer that makes deleting an Application delete its objects first. */
    public static final String RESOURCES_FINALIZER = "resources-finalizer.argocd.argoproj.io";
    /** The annotation that asks for a refresh now ({@code normal} or {@code hard}). */
    public static final String REFRESH_ANNOTATION = "argocd.argoproj.io/refresh";

    private static final Logger LOG = Logger.getLogger(ApplicationReconciler.class.getName());

    /** How many objects of one kind a sync applies (or dry-runs) at once. */
    private static final int APPLY_THREADS = 8;

    /**
     * Timing settings.
     *
     * @param waveDelay     how long to wait before looking again at a wave that is not healthy yet
     * @param selfHealDelay how long after a sync a self-heal sync may start (Argo CD: 5 s)
     */
    public record Settings(Duration waveDelay, Duration selfHealDelay) {

        /** Argo CD's defaults: 2 s between wave checks, 5 s before self-heal. */
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private final ApplicationStore store;
    private final Comparer comparer;
    private final ClusterReader reader;
    private final SyncRunner runner;
    private final java.util.concurrent.ExecutorService applier;
    private final ApplicationScope scope;
    private final Settings settings;
    private final Clock clock;
    private final NamespaceScanner scanner;
    private final Tracking tracking;

    public ApplicationReconciler(ApplicationStore store, Comparer comparer, ClusterReader reader, ClusterWriter writer,
            ApplicationScope scope, Settings settings, Clock clock) {
        this(store, comparer, reader, writer, scope, settings, clock, namespace -> List.of(), Tracking.DEFAULT);
    }

    /**
     * A reconciler that also scans destination namespaces for orphaned resources, for applications
     * whose AppProject asks for it.
     */
    public ApplicationReconciler(ApplicationStore store, Comparer comparer, ClusterReader reader, ClusterWriter writer,
            ApplicationScope scope, Settings settings, Clock clock, NamespaceScanner scanner,
            Tracking tracking) {
        this(store, comparer, reader, writer, scope, settings, clock, scanner, tracking, SyncGate.OPEN);
    }

    /** A reconciler whose syncs pass {@code gate} (policy) before anything is applied. */
    public ApplicationReconciler(ApplicationStore store, Comparer comparer, ClusterReader reader, ClusterWriter writer,
            ApplicationScope scope, Settings settings, Clock clock, NamespaceScanner scanner,
            Tracking tracking, SyncGate gate) {
        this.scanner = scanner;
        this.tracking = tracking;
        this.store = store;
        this.comparer = comparer;
        this.reader = reader;
        this.applier = java.util.concurrent.Executors.newFixedThreadPool(APPLY_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "sync-apply");
            thread.setDaemon(true);
            return thread;
        });
        this.runner = new SyncRunner(reader, writer, settings.waveDelay(), applier, gate);
        this.scope = scope;
        this.settings = settings;
        this.clock = clock;
    }

    /** Reconciles the Application; the result says when to look at it again (empty: at the next periodic refresh). */
    public Optional<Duration> reconcile(String namespace, String name) throws ClusterException {
        Optional<KubeObject> found = store.get(namespace, name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        KubeObject app = found.get();
        if (app.metadata().getText("deletionTimestamp").isPresent()) {
            return finalizeDeletion(app);
        }
        Result<ApplicationSpec> spec = ApplicationSpecReader.read(app);
        if (spec.hasErrors()) {
            writeInvalid(app, spec.issues());
            return Optional.empty();
        }
        List<Issue> invalid = scope.validateDestination(app, spec.value());
        if (!invalid.isEmpty()) {
            writeInvalid(app, invalid);
            return Optional.empty();
        }
        return refreshAndOperate(app, spec.value());
    }

    private Optional<Duration> refreshAndOperate(KubeObject app, ApplicationSpec spec) throws ClusterException {
        String instance = scope.instanceOf(app);
        boolean hard = app.annotation(REFRESH_ANNOTATION).isPresent();
        MapNode status = app.content().getMap("status").orElse(MapNode.empty());
        Comparison comparison = comparer.compare(instance, spec, spec.source().targetRevision(), hard);
        StatusDraft draft = new StatusDraft(status);
        Optional<Duration> requeue = Optional.empty();
        Optional<Operation> operation = Operation.of(app.content());
        if (operation.isEmpty() && spec.syncPolicy().automated().isPresent()) {
            AutoSync.Decision decision = AutoSync.decide(spec.syncPolicy().automated().get(), comparison, status,
                    clock.instant(), settings.selfHealDelay());
            if (decision.sync()) {
                Operation automated = Operation.automated(comparison.source().orElseThrow().revision(),
                        spec.syncPolicy().automated().get().prune());
                store.patch(app.namespace(), app.name(), MapNode.of("operation", automated.toNode()));
                operation = Optional.of(automated);
                LOG.info(() -> "application " + app.namespace() + "/" + app.name() + ": initiated automated sync to "
                        + shortSha(automated.revision()));
            } else if (!decision.skipReason().isEmpty()) {
                draft.syncError(decision.skipReason());
            }
            requeue = decision.retryAfter();
        }
        if (operation.isPresent()) {
            OperationStep step = operate(app, instance, spec, operation.get(), comparison, draft);
            requeue = step.requeue();
            if (step.finished()) {
                comparison = comparer.compare(instance, spec, spec.source().targetRevision(), false);
            }
        }
        draft.compared(comparison, spec, clock.instant());
        if (!comparison.failed()) {
            orphanWarning(app, spec, comparison).ifPresent(message -> draft.orphans(message, clock.instant()));
        }
        write(app, draft, hard);
        return requeue;
    }

    private Optional<String> orphanWarning(KubeObject app, ApplicationSpec spec, Comparison comparison)
            throws ClusterException {
        Optional<KubeObject> project = scope.project(app, spec.project())
                .filter(OrphanedResources::requested);
        if (project.isEmpty()) {
            // most projects do not ask; the scan below lists every application, so skip it early
            return Optional.empty();
        }
        java.util.Set<String> tracked = new java.util.HashSet<>();
        comparison.live().keySet().forEach(key -> tracked.add(key.toString()));
        java.util.Set<String> instances = new java.util.HashSet<>();
        store.list().forEach(other -> instances.add(scope.instanceOf(other)));
        return OrphanedResources.warning(project.get(), spec.destination().namespace(), tracked, instances, tracking,
                scanner);
    }

    private record OperationStep(boolean finished, Optional<Duration> requeue) {
    }

    private OperationStep operate(KubeObject app, String instance, ApplicationSpec spec, Operation operation,
            Comparison current, StatusDraft draft) throws ClusterException {
        Instant now = clock.instant();
        Optional<MapNode> running = OperationStates.running(draft.previous(), operation);
        Instant startedAt = running.map(state -> OperationStates.startedAt(state, now)).orElse(now);
        long retries = running.map(OperationStates::retryCount).orElse(0L);
        ApplicationSource source = operation.revision().isEmpty() ? spec.source()
                : spec.source().withTargetRevision(operation.revision());
        boolean sameRevision = operation.revision().isEmpty() || current.source()
                .map(fetched -> fetched.revision().equals(operation.revision())).orElse(false);
        Comparison comparison = sameRevision ? current : comparer.compare(instance, spec, operation.revision(), false);
        // automated syncs record the application's source (targetRevision HEAD, a branch ...), as Argo CD does
        MapNode sourceNode = ComparedStatus.source(operation.automated() ? spec.source() : source);
        if (comparison.failed()) {
            String message = comparison.issues().stream().filter(Issue::isError).findFirst()
                    .map(Conditions::describe).orElse("the source could not be compared");
            return finish(app, spec, operation, draft, OperationPhase.ERROR, message, startedAt, retries, "", sourceNode,
                    ListNode.empty());
        }
        String revision = comparison.source().orElseThrow().revision();
        SyncRunner.Outcome outcome = runner.run(instance, spec, operation, comparison, startedAt,
                running.map(OperationStates::resources).orElse(ListNode.empty()),
                target -> scope.refusal(app, spec, target),
                results -> persistProgress(app, operation, startedAt, retries, revision, sourceNode, results));
        if (!outcome.finished()) {
            draft.operationState(OperationStates.state(operation, OperationPhase.RUNNING, outcome.message(), startedAt,
                    Optional.empty(), retries, revision, sourceNode, outcome.results().toNode()));
            return new OperationStep(false, outcome.requeueAfter());
        }
        return finish(app, spec, operation, draft, outcome.phase(), outcome.message(), startedAt, retries, revision,
                sourceNode, outcome.results().toNode());
    }

    private OperationStep finish(KubeObject app, ApplicationSpec spec, Operation operation, StatusDraft draft,
            OperationPhase phase, String message, Instant startedAt, long retries, String revision, MapNode source,
            ListNode resources) {
        Instant now = clock.instant();
        Optional<SyncPolicy.Retry> retry = spec.syncPolicy().retry();
        boolean failed = phase == OperationPhase.FAILED || phase == OperationPhase.ERROR;
        if (failed && retry.isPresent() && (retry.get().limit() < 0 || retries < retry.get().limit())) {
            Duration delay = retry.get().delay((int) retries + 1);
            String retrying = "Retrying attempt #" + (retries + 1) + " at " + Timestamps.format(now.plus(delay)) + ": " + message;
            draft.operationState(OperationStates.state(operation, OperationPhase.RUNNING, retrying, startedAt,
                    Optional.empty(), retries + 1, revision, source, ListNode.empty()));
            return new OperationStep(false, Optional.of(delay));
        }
        draft.operationState(OperationStates.state(operation, phase, message, startedAt, Optional.of(now), retries,
                revision, source, resources));
        draft.clearOperation();
        if (phase == OperationPhase.SUCCEEDED && !operation.dryRun()) {
            draft.history(OperationStates.appendHistory(draft.previous().getList("history"), revision, source, startedAt,
                    now, operation, spec.revisionHistoryLimit()));
        }
        LOG.info(() -> "application " + app.namespace() + "/" + app.name() + ": sync " + phase.text().toLowerCase()
                + (revision.isEmpty() ? "" : " at " + shortSha(revision)) + ": " + message);
        return new OperationStep(true, Optional.empty());
    }

    private void persistProgress(KubeObject app, Operation operation, Instant startedAt, long retries, String revision,
            MapNode source, TaskResults results) {
        MapNode state = OperationStates.state(operation, OperationPhase.RUNNING, "waiting for the next wave",
                startedAt, Optional.empty(), retries, revision, source, results.toNode());
        try {
            MapNode current = currentStatus(app);
            store.patch(app.namespace(), app.name(), MapNode.of("status",
                    JsonMergePatch.diff(current, current.with("operationState", state))));
        } catch (ClusterException e) {
            LOG.warning(() -> "could not record sync progress of " + app.name() + ": " + e.getMessage());
        }
    }

    /**
     * The status as stored now (the cache holds this controller's own writes), so a patch can say
     * exactly what changes: a JSON merge patch merges nested objects, which would leave keys of an
     * earlier operation or condition behind.
     */
    private MapNode currentStatus(KubeObject app) {
        return store.get(app.namespace(), app.name()).orElse(app).content().getMap("status").orElse(MapNode.empty());
    }

    private Optional<Duration> finalizeDeletion(KubeObject app) throws ClusterException {
        List<String> finalizers = app.metadata().getList("finalizers").map(list -> list.items().stream()
                .filter(n -> n instanceof dev.windlass.model.tree.StringNode)
                .map(n -> ((dev.windlass.model.tree.StringNode) n).value()).toList()).orElse(List.of());
        Optional<String> ours = finalizers.stream().filter(f -> f.startsWith(RESOURCES_FINALIZER)).findFirst();
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        List<KubeObject> tracked = reader.tracked(scope.instanceOf(app));
        if (!tracked.isEmpty()) {
            PropagationPolicy policy = ours.get().endsWith("/background") ? PropagationPolicy.BACKGROUND
                    : PropagationPolicy.FOREGROUND;
            runner.deleteAll(tracked, policy);
            return Optional.of(settings.waveDelay());
        }
        List<Node> remaining = new ArrayList<>();
        finalizers.stream().filter(f -> !f.equals(ours.get())).forEach(f -> remaining.add(Node.of(f)));
        store.patch(app.namespace(), app.name(), MapNode.of("metadata", MapNode.of("finalizers", new ListNode(remaining))));
        return Optional.empty();
    }

    private void writeInvalid(KubeObject app, List<Issue> issues) throws ClusterException {
        StatusDraft draft = new StatusDraft(app.content().getMap("status").orElse(MapNode.empty()));
        draft.invalid(issues, clock.instant());
        write(app, draft, app.annotation(REFRESH_ANNOTATION).isPresent());
    }

    private void write(KubeObject app, StatusDraft draft, boolean clearRefresh) throws ClusterException {
        MapNode.Builder patch = MapNode.builder()
                .put("status", JsonMergePatch.diff(currentStatus(app), draft.build(clock.instant())));
        if (draft.operationCleared()) {
            patch.put("operation", NullNode.INSTANCE);
        }
        if (clearRefresh) {
            patch.put("metadata", MapNode.of("annotations", MapNode.of(REFRESH_ANNOTATION, NullNode.INSTANCE)));
        }
        store.patch(app.namespace(), app.name(), patch.build());
    }

    /** Stops the threads that apply objects. */
    @Override
    public void close() {
        applier.shutdownNow();
    }

    static String shortSha(String revision) {
        return revision.length() > 7 ? revision.substring(0, 7) : revision;
    }
}
