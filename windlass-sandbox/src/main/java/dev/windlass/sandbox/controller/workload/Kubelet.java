package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.controller.Controller;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.controller.events.ClusterEvents;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.WatchEvent;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The scheduler and kubelet in one: places each new pod on a node ({@code Pending}, containers
 * being created), and after {@link ControllerContext#readyDelay()} runs it: {@code Running} and
 * ready, or the failure its {@link FailureMode} annotation asks for. Pods a Job owns run to
 * completion and succeed after another ready delay. Each step is a scheduled task that re-reads
 * the pod and stops when it was deleted or replaced.
 */
final class Kubelet implements Controller {

    private static final WriteOptions AS_SCHEDULER = WriteOptions.as("default-scheduler");
    private static final WriteOptions AS_KUBELET = WriteOptions.as("kubelet");
    private static final int MAX_BACKOFF_DOUBLINGS = 5;

    private final Set<String> placing = new HashSet<>();
    private long addresses;

    @Override
    public String name() {
        return "kubelet";
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return Kinds.POD.is(key);
    }

    @Override
    public void handle(WatchEvent event, ControllerContext context) {
        MapNode pod = event.object();
        if (event.type() == WatchEvent.Type.DELETED || Meta.deleting(pod)
                || placed(pod) || !placing.add(Meta.uid(pod))) {
            return;
        }
        context.schedule(Duration.ZERO, () -> step(event.key(), Meta.uid(pod), context, current -> {
            placing.remove(Meta.uid(current));
            place(current, context);
        }));
    }

    /**
     * Whether the scheduler has looked at the pod: it has conditions. A new pod is only
     * {@code Pending} (the API server sets that phase on create).
     */
    private static boolean placed(MapNode pod) {
        return Trees.map(pod, "status").getList("conditions").filter(list -> !list.isEmpty()).isPresent();
    }

    private void place(MapNode pod, ControllerContext context) {
        if (placed(pod)) {
            return;
        }
        ObjectService api = context.api();
        String now = now(context);
        if (FailureMode.of(pod).filter(FailureMode.UNSCHEDULABLE::equals).isPresent()) {
            writeStatus(context, pod, PodStatuses.unschedulable(pod, Nodes.names(api).size(), now));
            return;
        }
        String node = Trees.text(pod, "", "spec", "nodeName");
        MapNode bound = pod;
        if (node.isEmpty()) {
            node = Nodes.names(api).get(0);
            bound = api.bind(pods(api), Meta.namespace(pod), Meta.name(pod), node);
        }
        writeStatus(context, bound, PodStatuses.scheduled(bound, Nodes.hostIP(api, node), now));
        ClusterEvents.scheduled(context, bound, node);
        later(context, bound, context.readyDelay(), this::start);
    }

    private void start(MapNode pod, ControllerContext context) {
        Optional<FailureMode> failure = FailureMode.of(pod);
        MapNode status = Trees.map(pod, "status");
        String now = now(context);
        if (failure.filter(FailureMode.IMAGE_PULL_BACK_OFF::equals).isPresent()) {
            writeStatus(context, pod, PodStatuses.imagePull(status, pod, "ErrImagePull", now));
            ClusterEvents.imagePullFailed(context, pod);
            later(context, pod, context.readyDelay(), (current, ctx) -> writeStatus(ctx, current,
                    PodStatuses.imagePull(Trees.map(current, "status"), current, "ImagePullBackOff", now(ctx))));
            later(context, pod, context.readyDelay(), (current, ctx) -> ClusterEvents.imagePullBackOff(ctx, current));
            return;
        }
        boolean completes = Trees.controllerName(pod, Kinds.JOB).isPresent();
        boolean crashes = failure.filter(FailureMode.CRASH_LOOP_BACK_OFF::equals).isPresent()
                || (failure.filter(FailureMode.FAILED::equals).isPresent() && !completes);
        MapNode running = writeStatus(context, pod, PodStatuses.running(status, pod, nextAddress(), now, !crashes));
        ClusterEvents.containersStarted(context, running, context.readyDelay());
        if (crashes) {
            later(context, running, context.readyDelay(), this::crash);
        } else if (completes) {
            boolean succeeds = failure.isEmpty();
            later(context, running, context.readyDelay(), (current, ctx) -> writeStatus(ctx, current,
                    PodStatuses.finished(Trees.map(current, "status"), current, now(ctx), succeeds)));
        }
    }

    private void crash(MapNode pod, ControllerContext context) {
        long restarts = Trees.list(pod, "status", "containerStatuses").stream().flatMap(n -> n.asMap().stream())
                .mapToLong(c -> Trees.integer(c, 0, "restartCount")).max().orElse(0) + 1;
        long doublings = Math.min(restarts - 1, MAX_BACKOFF_DOUBLINGS);
        Duration backoff = context.readyDelay().multipliedBy(1L << doublings);
        long shownSeconds = Math.min(10L << doublings, 300);
        MapNode crashed = writeStatus(context, pod, PodStatuses.crashed(Trees.map(pod, "status"), pod, now(context),
                restarts, shownSeconds));
        ClusterEvents.crashBackOff(context, crashed);
        later(context, crashed, backoff, this::crash);
    }

    /** Runs {@code next} on the pod after {@code delay}, if it still exists as the same object. */
    private void later(ControllerContext context, MapNode pod, Duration delay,
                       java.util.function.BiConsumer<MapNode, ControllerContext> next) {
        ObjectKey key = Kinds.POD.key(Meta.namespace(pod), Meta.name(pod));
        context.schedule(delay, () -> step(key, Meta.uid(pod), context, current -> next.accept(current, context)));
    }

    private static void step(ObjectKey key, String uid, ControllerContext context, Consumer<MapNode> action) {
        ObjectService api = context.api();
        MapNode current;
        try {
            current = api.get(pods(api), key.namespace(), key.name());
        } catch (ApiException e) {
            return;
        }
        if (!Meta.uid(current).equals(uid) || Meta.deleting(current)) {
            return;
        }
        try {
            action.accept(current);
        } catch (ApiException e) {
            if (e.code() != 409) {
                throw e;
            }
            context.schedule(Duration.ZERO, () -> step(key, uid, context, action));
        }
    }

    private static MapNode writeStatus(ControllerContext context, MapNode pod, MapNode status) {
        ObjectService api = context.api();
        return api.update(pods(api), Meta.namespace(pod), Meta.name(pod), pod.with("status", status), AS_KUBELET,
                ApiResource.Subresource.STATUS);
    }

    private String nextAddress() {
        long n = addresses++;
        return "10.244." + (n / 253) % 256 + "." + (n % 253 + 2);
    }

    private static ApiResource pods(ObjectService api) {
        return Kinds.POD.in(api);
    }

    private static String now(ControllerContext context) {
        return Meta.timestamp(context.clock().instant());
    }
}
