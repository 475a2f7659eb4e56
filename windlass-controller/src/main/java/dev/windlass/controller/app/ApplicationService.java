package dev.windlass.controller.app;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.api.OperationException;
import dev.windlass.controller.api.ResourceDifference;
import dev.windlass.controller.api.SyncRequest;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.diff.ResourceDiff;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@link ApplicationOperations} over the cluster's Applications: reads come from the controller's
 * cache, a sync or rollback writes the Application's {@code operation} field (as {@code argocd app
 * sync} does) and waits for the controller to finish it, a refresh sets Argo CD's refresh annotation.
 */
public final class ApplicationService implements ApplicationOperations {

    private static final Duration POLL = Duration.ofMillis(100);

    private final ApplicationStore store;
    private final Comparer comparer;
    private final ApplicationScope scope;
    private final String defaultNamespace;
    private final Duration timeout;

    /**
     * @param defaultNamespace the namespace of names given without one (the controller namespace)
     * @param timeout          how long a sync, rollback or refresh may take before the call gives up waiting
     */
    public ApplicationService(ApplicationStore store, Comparer comparer, ApplicationScope scope, String defaultNamespace,
            Duration timeout) {
        this.store = store;
        this.comparer = comparer;
        this.scope = scope;
        this.defaultNamespace = defaultNamespace;
        this.timeout = timeout;
    }

    @Override
    public List<KubeObject> list() {
        List<KubeObject> apps = new ArrayList<>(store.list());
        apps.sort(Comparator.comparing(KubeObject::namespace).thenComparing(KubeObject::name));
        return apps;
    }

    @Override
    public Optional<KubeObject> get(String name) {
        String[] key = split(name);
        return store.get(key[0], key[1]);
    }

    @Override
    public List<ResourceDifference> diff(String name) throws OperationException {
        KubeObject app = require(name);
        Result<ApplicationSpec> spec = ApplicationSpecReader.read(app);
        if (spec.hasErrors()) {
            throw new OperationException(OperationException.Reason.INVALID, "application " + name + " has an invalid spec: "
                    + Conditions.describe(spec.errors().get(0)));
        }
        Comparison comparison = comparer.compare(scope.instanceOf(app), spec.value(),
                spec.value().source().targetRevision(), true);
        if (comparison.failed()) {
            throw new OperationException(OperationException.Reason.FAILED, comparison.issues().stream()
                    .filter(dev.windlass.model.Issue::isError).findFirst().map(Conditions::describe)
                    .orElse("comparison failed"));
        }
        List<ResourceDifference> differences = new ArrayList<>();
        for (ResourceDiff diff : comparison.diffs()) {
            if (!diff.inSync()) {
                differences.add(new ResourceDifference(diff.key().group(), diff.key().kind(), diff.key().namespace(),
                        diff.key().name(), yaml(diff.normalizedLive()), yaml(diff.normalizedTarget()),
                        withoutHeader(diff.unified())));
            }
        }
        return differences;
    }

    @Override
    public KubeObject sync(String name, SyncRequest request) throws OperationException {
        KubeObject app = require(name);
        if (app.content().getMap("operation").isPresent()) {
            throw new OperationException(OperationException.Reason.CONFLICT,
                    "another operation is already in progress on " + name + ": wait for it to finish");
        }
        Operation operation = new Operation(request.revision(), request.prune(), request.dryRun(), List.of(), "windlass", false,
                java.util.UUID.randomUUID().toString());
        return runOperation(app, operation);
    }

    @Override
    public KubeObject refresh(String name) throws OperationException {
        KubeObject app = require(name);
        String before = reconciledAt(app);
        patch(app, MapNode.of("metadata", MapNode.of("annotations",
                MapNode.of(ApplicationReconciler.REFRESH_ANNOTATION, Node.of("normal")))));
        return await(app, current -> current.annotation(ApplicationReconciler.REFRESH_ANNOTATION).isEmpty()
                && !reconciledAt(current).equals(before), "refresh");
    }

    @Override
    public KubeObject rollback(String name, long id) throws OperationException {
        KubeObject app = require(name);
        if (app.content().getMap("spec").flatMap(s -> s.getMap("syncPolicy")).flatMap(p -> p.getMap("automated")).isPresent()) {
            throw new OperationException(OperationException.Reason.CONFLICT,
                    "rollback cannot be initiated when auto-sync is enabled: turn off spec.syncPolicy.automated first");
        }
        MapNode status = app.content().getMap("status").orElse(MapNode.empty());
        MapNode entry = OperationStates.historyEntry(status, id).orElseThrow(() -> new OperationException(
                OperationException.Reason.NOT_FOUND, "application " + name + " has no history entry " + id
                        + ": see windlass app history " + name));
        String revision = entry.getText("revision").orElse("");
        return runOperation(app, new Operation(revision, false, false, List.of(), "windlass", false,
                java.util.UUID.randomUUID().toString()));
    }

    @Override
    public void delete(String name, boolean cascade) throws OperationException {
        KubeObject app = require(name);
        if (cascade && !hasFinalizer(app)) {
            List<Node> finalizers = new ArrayList<>(app.metadata().getList("finalizers").map(ListNode::items).orElse(List.of()));
            finalizers.add(Node.of(ApplicationReconciler.RESOURCES_FINALIZER));
            patch(app, MapNode.of("metadata", MapNode.of("finalizers", new ListNode(finalizers))));
        } else if (!cascade && hasFinalizer(app)) {
            List<Node> finalizers = app.metadata().getList("finalizers").map(ListNode::items).orElse(List.of()).stream()
                    .filter(n -> !(n instanceof StringNode s && s.value().startsWith(ApplicationReconciler.RESOURCES_FINALIZER)))
                    .toList();
            patch(app, MapNode.of("metadata", MapNode.of("finalizers", new ListNode(finalizers))));
        }
        try {
            store.delete(app.namespace(), app.name());
        } catch (ClusterException e) {
            throw new OperationException(OperationException.Reason.FAILED, e.getMessage());
        }
    }

    private KubeObject runOperation(KubeObject app, Operation operation) throws OperationException {
        patch(app, MapNode.of("operation", operation.toNode()));
        return await(app, current -> current.content().getMap("operation").isEmpty()
                && finishedState(current).flatMap(state -> state.getMap("operation"))
                        .map(op -> op.equals(operation.toNode())).orElse(false), "sync");
    }

    private static Optional<MapNode> finishedState(KubeObject app) {
        return app.content().getMap("status").flatMap(s -> s.getMap("operationState"))
                .filter(s -> s.getText("finishedAt").isPresent());
    }

    private KubeObject await(KubeObject app, Predicate<KubeObject> done, String what) throws OperationException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<KubeObject> current = store.get(app.namespace(), app.name());
            if (current.isEmpty()) {
                throw new OperationException(OperationException.Reason.NOT_FOUND, "application " + app.name() + " was deleted");
            }
            if (done.test(current.get())) {
                return current.get();
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new OperationException(OperationException.Reason.FAILED, "the " + what + " of " + app.name()
                + " did not finish within " + timeout.toSeconds() + "s: see windlass app get " + app.name());
    }

    private static boolean hasFinalizer(KubeObject app) {
        return app.metadata().getList("finalizers").map(ListNode::items).orElse(List.of()).stream()
                .anyMatch(n -> n instanceof StringNode s && s.value().startsWith(ApplicationReconciler.RESOURCES_FINALIZER));
    }

    private void patch(KubeObject app, MapNode patch) throws OperationException {
        try {
            store.patch(app.namespace(), app.name(), patch);
        } catch (ClusterException e) {
            throw new OperationException(OperationException.Reason.FAILED, e.getMessage());
        }
    }

    private KubeObject require(String name) throws OperationException {
        return get(name).orElseThrow(() -> new OperationException(OperationException.Reason.NOT_FOUND,
                "application '" + name + "' not found: see windlass app list"));
    }

    private String[] split(String name) {
        int slash = name.indexOf('/');
        return slash < 0 ? new String[] {defaultNamespace, name} : new String[] {name.substring(0, slash), name.substring(slash + 1)};
    }

    private static String reconciledAt(KubeObject app) {
        return app.content().getMap("status").flatMap(s -> s.getText("reconciledAt")).orElse("");
    }

    /** The unified diff without its {@code ===== group/Kind ns/name ======} line: clients print their own. */
    private static String withoutHeader(String unified) {
        return unified.startsWith("=====") && unified.indexOf('\n') >= 0 ? unified.substring(unified.indexOf('\n') + 1) : unified;
    }

    private static String yaml(MapNode node) {
        return node == null ? "" : YamlWriter.write(node);
    }
}
