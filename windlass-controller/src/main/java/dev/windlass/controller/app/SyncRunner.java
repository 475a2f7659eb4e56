package dev.windlass.controller.app;

import dev.windlass.engine.cluster.ApplyOptions;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterReader;
import dev.windlass.engine.cluster.ClusterWriter;
import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.engine.health.Health;
import dev.windlass.engine.health.HealthAssessor;
import dev.windlass.engine.sync.HookDeletePolicy;
import dev.windlass.engine.sync.SyncAction;
import dev.windlass.engine.sync.TaskStatus;
import dev.windlass.engine.sync.SyncInput;
import dev.windlass.engine.sync.SyncOptions;
import dev.windlass.engine.sync.SyncPlan;
import dev.windlass.engine.sync.SyncPlanner;
import dev.windlass.engine.sync.SyncProgress;
import dev.windlass.engine.sync.SyncStep;
import dev.windlass.engine.sync.SyncTask;
import dev.windlass.engine.sync.TaskState;
import dev.windlass.model.GroupKind;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.StringNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.Result;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The operation half of the Application controller: plans a sync from a comparison, validates every
 * object with a server-side dry run before anything is applied, then applies and prunes wave by wave,
 * recording each object's result in the operation state as it goes. It resumes from those results, so
 * a controller that restarts mid-sync finishes the operation without applying anything twice.
 */
final class SyncRunner {

    static final String PRUNE_FAILED = "pruning failed";

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SyncRunner.class.getName());

    /**
     * Syncs take the fields Git sets from any other field manager, as Argo CD's server-side apply
     * does ({@code --force-conflicts}): Git is the source of truth, and a field someone changed by
     * hand must not block the sync (that is what self-heal reverts).
     */
    private static final ApplyOptions GIT_WINS = ApplyOptions.APPLY.withForce(true);

    private final ClusterReader reader;
    private final ClusterWriter writer;
    private final Duration waveDelay;
    private final Executor applier;
    private final SyncGate gate;

    SyncRunner(ClusterReader reader, ClusterWriter writer, Duration waveDelay, Executor applier, SyncGate gate) {
        this.reader = reader;
        this.writer = writer;
        this.waveDelay = waveDelay;
        this.applier = applier;
        this.gate = gate;
    }

    /** How far one call got. */
    record Outcome(OperationPhase phase, String message, TaskResults results, Optional<Duration> requeueAfter) {

        boolean finished() {
            return phase != OperationPhase.RUNNING;
        }
    }

    /**
     * Runs {@code operation} as far as it can go now. {@code previous} holds the results stored by an
     * earlier call of the same operation (an empty list for a new one); {@code progress} is called with the
     * results after each batch so they survive a crash. {@code startedAt} names generated hooks.
     */
    Outcome run(String application, ApplicationSpec spec, Operation operation, Comparison comparison,
            Instant startedAt, ListNode previous, Function<KubeObject, Optional<String>> refusal,
            Consumer<TaskResults> progress) {
        List<String> options = new ArrayList<>(spec.syncPolicy().syncOptions());
        options.addAll(operation.syncOptions());
        Result<SyncOptions> parsed = SyncOptions.parseApplication(options, application);
        String revision = comparison.source().orElseThrow().revision();
        SyncInput input = SyncInput.of(comparison.targets(), List.copyOf(comparison.live().values()),
                        comparison.outOfSync(), parsed.value(), operation.prune(), spec.destination().namespace(),
                        operation.dryRun())
                .withOperation(revision, startedAt)
                .withNamespaceState(liveNamespace(spec, comparison), null);
        SyncPlan plan = gate.arrange(SyncPlanner.plan(input));
        TaskResults results = TaskResults.restore(plan, previous);
        List<Issue> errors = plan.issues().stream().filter(Issue::isError).toList();
        if (!errors.isEmpty()) {
            return new Outcome(OperationPhase.FAILED, "one or more synchronization tasks are not valid: "
                    + Conditions.describe(errors.get(0)), results, Optional.empty());
        }
        if (results.isEmpty()) {
            Optional<String> refused = refuse(plan, results, refusal);
            if (refused.isPresent()) {
                return new Outcome(OperationPhase.FAILED, refused.get(), results, Optional.empty());
            }
            Optional<String> denied = SyncGates.deny(gate, plan, results);
            if (denied.isPresent()) {
                return new Outcome(OperationPhase.FAILED, denied.get(), results, Optional.empty());
            }
            Optional<String> invalid = validate(plan, results, operation.dryRun());
            if (invalid.isPresent()) {
                return new Outcome(OperationPhase.FAILED, invalid.get(), results, Optional.empty());
            }
            if (operation.dryRun()) {
                return new Outcome(OperationPhase.SUCCEEDED, "successfully synced (dry run)", results, Optional.empty());
            }
        }
        Outcome outcome = execute(plan, comparison, results, progress);
        return outcome.phase() == OperationPhase.SUCCEEDED
                ? new Outcome(outcome.phase(), SyncGates.withWarnings(gate, plan, outcome.message()), outcome.results(),
                        outcome.requeueAfter())
                : outcome;
    }

    /** The destination namespace as it is live (tracked or not), so CreateNamespace knows whether it creates it. */
    private KubeObject liveNamespace(ApplicationSpec spec, Comparison comparison) {
        String name = spec.destination().namespace();
        KubeObject known = comparison.live().get(new ResourceKey("", "Namespace", "", name));
        if (known != null || name.isEmpty()) {
            return known;
        }
        try {
            return reader.get(new dev.windlass.model.GroupVersionKind("", "v1", "Namespace"), "", name).orElse(null);
        } catch (ClusterException e) {
            return null;
        }
    }

    private Outcome execute(SyncPlan plan, Comparison comparison, TaskResults results, Consumer<TaskResults> progress) {
        Map<ResourceKey, KubeObject> live = new ConcurrentHashMap<>(comparison.live());
        Function<ResourceKey, Optional<Health>> health = key -> healthOf(live, key);
        while (true) {
            results.replaceAll(SyncProgress.settle(plan, results.states(), health));
            SyncStep step = SyncProgress.next(plan, results.states(), health);
            if (step instanceof SyncStep.Done done) {
                deleteFinishedHooks(plan, results);
                return new Outcome(done.succeeded() ? OperationPhase.SUCCEEDED : OperationPhase.FAILED,
                        done.message(), results, Optional.empty());
            }
            if (step instanceof SyncStep.Wait wait) {
                return new Outcome(OperationPhase.RUNNING, wait.reason(), results, Optional.of(waveDelay));
            }
            for (List<SyncTask> sameKind : byKind(((SyncStep.Run) step).tasks())) {
                Map<SyncTask, TaskState> done = inParallel(sameKind, task -> perform(task, live, comparison));
                done.forEach(results::record);
            }
            progress.accept(results);
        }
    }

    /**
     * Consecutive runs of tasks of one kind (and action): kinds keep their order (Namespaces and CRDs
     * before what uses them) while the objects of one kind go to the server together.
     */
    private static List<List<SyncTask>> byKind(List<SyncTask> tasks) {
        List<List<SyncTask>> runs = new ArrayList<>();
        for (SyncTask task : tasks) {
            List<SyncTask> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.get(0).key().groupKind().equals(task.key().groupKind())
                    && last.get(0).isPrune() == task.isPrune()) {
                last.add(task);
            } else {
                runs.add(new ArrayList<>(List.of(task)));
            }
        }
        return runs;
    }

    /** Runs {@code work} for every task on the apply threads and waits for all; results in task order. */
    private Map<SyncTask, TaskState> inParallel(List<SyncTask> tasks, Function<SyncTask, TaskState> work) {
        Map<SyncTask, CompletableFuture<TaskState>> futures = new LinkedHashMap<>();
        for (SyncTask task : tasks) {
            futures.put(task, tasks.size() == 1 ? CompletableFuture.completedFuture(work.apply(task))
                    : CompletableFuture.supplyAsync(() -> work.apply(task), applier));
        }
        Map<SyncTask, TaskState> done = new LinkedHashMap<>();
        futures.forEach((task, future) -> done.put(task, future.join()));
        return done;
    }

    private static Optional<Health> healthOf(Map<ResourceKey, KubeObject> live, ResourceKey key) {
        KubeObject object = live.get(key);
        return object == null ? Optional.empty() : HealthAssessor.assess(object);
    }

    private TaskState perform(SyncTask task, Map<ResourceKey, KubeObject> live, Comparison comparison) {
        try {
            if (task.isPrune()) {
                writer.delete(task.live().gvk(), task.key().namespace(), task.key().name(),
                        task.options().prunePropagationPolicy());
                live.remove(task.key());
                return TaskState.succeeded("pruned");
            }
            if (task.isHook() && task.live() != null && task.hasDeletePolicy(HookDeletePolicy.BEFORE_HOOK_CREATION)) {
                // the previous run of this hook goes first, so the hook runs again instead of looking done
                writer.delete(task.live().gvk(), task.key().namespace(), task.key().name(), PropagationPolicy.BACKGROUND);
            }
            KubeObject stored = writer.apply(task.target(), GIT_WINS);
            live.put(task.key(), stored);
            gate.applied(stored);
            String verb = task.live() == null ? "created"
                    : comparison.outOfSync().contains(task.key()) ? "configured" : "unchanged";
            return TaskState.running(describe(task.key()) + " " + verb);
        } catch (ClusterException e) {
            String prefix = task.isPrune() ? PRUNE_FAILED + ": " : "";
            return TaskState.failed(prefix + e.getMessage() + causes(e) + where(task.object()));
        }
    }

    /** Deletes hooks whose delete policy matches how they ended ({@code HookSucceeded}, {@code HookFailed}). */
    private void deleteFinishedHooks(SyncPlan plan, TaskResults results) {
        Map<String, TaskState> states = results.states();
        for (SyncTask task : plan.tasks()) {
            TaskState state = states.get(task.id());
            if (!task.isHook() || state == null) {
                continue;
            }
            boolean succeeded = state.status() == TaskStatus.SUCCEEDED;
            boolean failed = state.status() == TaskStatus.FAILED;
            if (succeeded && task.hasDeletePolicy(HookDeletePolicy.HOOK_SUCCEEDED)
                    || failed && task.hasDeletePolicy(HookDeletePolicy.HOOK_FAILED)) {
                try {
                    writer.delete(task.target().gvk(), task.key().namespace(), task.key().name(),
                            PropagationPolicy.BACKGROUND);
                } catch (ClusterException e) {
                    LOG.warning(() -> "could not delete hook " + task.key().describe() + ": " + e.getMessage());
                }
            }
        }
    }

    /**
     * Dry-runs every object to apply; unless all pass, nothing is applied. The one exception is a
     * Namespace the sync creates: objects in it can only be dry-run once it exists, so it is created
     * first (as Argo CD's CreateNamespace does before anything else).
     */
    private Optional<String> validate(SyncPlan plan, TaskResults results, boolean dryRun) {
        Set<GroupKind> definedHere = crdKinds(plan);
        definedHere.addAll(gate.definedKinds(plan.tasks().stream().map(SyncTask::target)
                .filter(java.util.Objects::nonNull).toList()));
        List<String> failures = new ArrayList<>();
        Set<String> created = dryRun ? Set.of() : createNamespaces(plan, results, failures);
        List<SyncTask> checked = plan.tasks().stream()
                .filter(task -> !task.isPrune() && task.action() != SyncAction.PRUNE_SKIPPED && task.target() != null
                        && !definedHere.contains(task.key().groupKind()) && !created.contains(task.id()))
                .toList();
        inParallel(checked, this::dryRun).forEach((task, state) -> {
            if (state.status() == TaskStatus.FAILED) {
                results.record(task, state);
                failures.add(state.message());
            }
        });
        if (failures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("one or more objects failed to apply, nothing was applied: " + String.join("; ", failures));
    }

    /** Objects the AppProject does not permit fail the operation before anything is applied. */
    private static Optional<String> refuse(SyncPlan plan, TaskResults results,
            Function<KubeObject, Optional<String>> refusal) {
        List<String> refused = new ArrayList<>();
        for (SyncTask task : plan.tasks()) {
            if (task.target() == null || task.isPrune()) {
                continue;
            }
            refusal.apply(task.target()).ifPresent(message -> {
                results.record(task, TaskState.failed(message));
                refused.add(message);
            });
        }
        return refused.isEmpty() ? Optional.empty()
                : Optional.of("one or more synchronization tasks are not valid, nothing was applied: "
                        + String.join("; ", refused));
    }

    /** The dry run of one object: FAILED with the server's message, or PENDING when it would apply. */
    private TaskState dryRun(SyncTask task) {
        try {
            writer.apply(task.target(), ApplyOptions.DRY_RUN.withForce(true));
            return TaskState.PENDING;
        } catch (ClusterException e) {
            if (e.reason() == ClusterException.Reason.UNKNOWN_KIND && task.options().skipDryRunOnMissingResource()) {
                return TaskState.PENDING;
            }
            return TaskState.failed(e.getMessage() + causes(e) + where(task.target()));
        }
    }

    /** Creates the Namespaces the plan applies that do not exist yet; returns their task ids. */
    private Set<String> createNamespaces(SyncPlan plan, TaskResults results, List<String> failures) {
        Set<String> created = new HashSet<>();
        for (SyncTask task : plan.tasks()) {
            if (task.isPrune() || task.target() == null || !task.key().group().isEmpty()
                    || !task.key().kind().equals("Namespace")) {
                continue;
            }
            try {
                if (reader.get(task.target().gvk(), "", task.key().name()).isEmpty()) {
                    writer.apply(task.target(), GIT_WINS);
                    results.record(task, TaskState.running(describe(task.key()) + " created"));
                    created.add(task.id());
                }
            } catch (ClusterException e) {
                String message = e.getMessage() + causes(e) + where(task.target());
                results.record(task, TaskState.failed(message));
                failures.add(message);
            }
        }
        return created;
    }

    /** Kinds defined by CustomResourceDefinitions in the same sync: their objects cannot be dry-run before the CRD exists. */
    private static Set<GroupKind> crdKinds(SyncPlan plan) {
        Set<GroupKind> kinds = new HashSet<>();
        for (SyncTask task : plan.tasks()) {
            KubeObject target = task.target();
            if (target != null && target.kind().equals("CustomResourceDefinition")) {
                kinds.add(new GroupKind(text(target, "spec", "group"), text(target, "spec", "names", "kind")));
            }
        }
        return kinds;
    }

    private static String text(KubeObject object, String... path) {
        return object.field(FieldPath.of(path)).filter(n -> n instanceof StringNode)
                .map(n -> ((StringNode) n).value()).orElse("");
    }

    private static String causes(ClusterException e) {
        return e.causes().isEmpty() ? "" : " (" + String.join(", ", e.causes()) + ")";
    }

    private static String where(KubeObject target) {
        return target.origin().map(origin -> " [" + origin + "]").orElse("");
    }

    /** kubectl's spelling of an object: {@code deployment.apps/guestbook-ui}. */
    static String describe(ResourceKey key) {
        String kind = key.kind().toLowerCase(java.util.Locale.ROOT);
        return (key.group().isEmpty() ? kind : kind + "." + key.group()) + "/" + key.name();
    }

    /** Deletes the tracked objects of an application that is being deleted with cascade. */
    void deleteAll(List<KubeObject> tracked, PropagationPolicy policy) throws ClusterException {
        for (KubeObject object : tracked) {
            writer.delete(object.gvk(), object.namespace(), object.name(), policy);
        }
    }
}
