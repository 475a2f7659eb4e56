package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Meta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The pod statuses the simulated kubelet writes, one per lifecycle step, with the conditions,
 * container states and messages a real kubelet reports.
 */
final class PodStatuses {

    private static final List<String> CONDITION_ORDER =
            List.of("PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled");

    private PodStatuses() {
    }

    /** Pending and not placed: {@code PodScheduled} False, reason {@code Unschedulable}. */
    static MapNode unschedulable(MapNode pod, int nodes, String now) {
        String message = "0/" + nodes + " nodes are available: " + nodes + " node(s) didn't match Pod's node"
                + " affinity/selector. preemption: 0/" + nodes + " nodes are available: " + nodes
                + " Preemption is not helpful for scheduling.";
        return MapNode.of("phase", Node.of("Pending"),
                "conditions", Node.list(List.of(condition("PodScheduled", false, "Unschedulable", message, now))),
                "qosClass", Node.of(QosClass.of(pod)));
    }

    /** Placed on a node, containers being created. */
    static MapNode scheduled(MapNode pod, String hostIP, String now) {
        List<String> names = containerNames(pod);
        String notReady = "containers with unready status: " + names;
        MapNode status = MapNode.builder().put("phase", Node.of("Pending"))
                .put("conditions", Node.list(List.of(
                        condition("PodReadyToStartContainers", false, null, null, now),
                        condition("Initialized", true, null, null, now),
                        condition("Ready", false, "ContainersNotReady", notReady, now),
                        condition("ContainersReady", false, "ContainersNotReady", notReady, now),
                        condition("PodScheduled", true, null, null, now))))
                .put("hostIP", Node.of(hostIP))
                .put("hostIPs", Node.list(List.of(MapNode.of("ip", Node.of(hostIP)))))
                .put("startTime", Node.of(now))
                .put("qosClass", Node.of(QosClass.of(pod)))
                .build();
        return withContainers(status, pod, c -> waiting("ContainerCreating", null), false, 0, null);
    }

    /** Containers running; {@code ready} false for a container that started but keeps crashing. */
    static MapNode running(MapNode status, MapNode pod, String podIP, String now, boolean ready) {
        MapNode withIp = sandboxReady(status, now).with("phase", Node.of("Running"))
                .with("podIP", Node.of(podIP)).with("podIPs", Node.list(List.of(MapNode.of("ip", Node.of(podIP)))));
        MapNode state = MapNode.of("running", MapNode.of("startedAt", Node.of(now)));
        MapNode result = withContainers(withIp, pod, c -> state, ready, 0, null);
        return ready ? readiness(result, pod, true, null, now) : result;
    }

    /** Containers waiting on their image: {@code ErrImagePull}, then {@code ImagePullBackOff}. */
    static MapNode imagePull(MapNode status, MapNode pod, String reason, String now) {
        MapNode result = withContainers(sandboxReady(status, now), pod, c -> waiting(reason, imageMessage(reason, c)),
                false, 0, null);
        return result;
    }

    /** One more crash: restartCount up, waiting in {@code CrashLoopBackOff}, last state exit code 1. */
    static MapNode crashed(MapNode status, MapNode pod, String now, long restarts, long backoffSeconds) {
        String started = Trees.text(status, now, "startTime");
        MapNode terminated = MapNode.of("terminated", MapNode.of("exitCode", Node.of(1L), "reason", Node.of("Error"),
                "startedAt", Node.of(started), "finishedAt", Node.of(now),
                "containerID", Node.of(containerId(Meta.uid(pod) + restarts))));
        String podRef = Meta.name(pod) + "_" + Meta.namespace(pod) + "(" + Meta.uid(pod) + ")";
        return withContainers(status, pod, c -> waiting("CrashLoopBackOff", "back-off " + backoffSeconds
                + "s restarting failed container=" + Trees.text(c, "", "name") + " pod=" + podRef), false,
                restarts, terminated);
    }

    /** Finished: {@code Succeeded} (exit code 0, Completed) or {@code Failed} (exit code 1, Error). */
    static MapNode finished(MapNode status, MapNode pod, String now, boolean succeeded) {
        String started = Trees.text(status, now, "startTime");
        MapNode state = MapNode.of("terminated", MapNode.of("exitCode", Node.of(succeeded ? 0L : 1L),
                "reason", Node.of(succeeded ? "Completed" : "Error"), "startedAt", Node.of(started),
                "finishedAt", Node.of(now), "containerID", Node.of(containerId(Meta.uid(pod)))));
        MapNode result = withContainers(status, pod, c -> state, false, 0, null)
                .with("phase", Node.of(succeeded ? "Succeeded" : "Failed"));
        MapNode unready = readiness(result, pod, false, succeeded ? "PodCompleted" : "PodFailed", now);
        return setCondition(unready, condition("PodReadyToStartContainers", false, null, null, now));
    }

    private static MapNode sandboxReady(MapNode status, String now) {
        return setCondition(status, condition("PodReadyToStartContainers", true, null, null, now));
    }

    private static MapNode readiness(MapNode status, MapNode pod, boolean ready, String reason, String now) {
        String message = ready ? null : reason == null ? "containers with unready status: " + containerNames(pod) : "";
        MapNode result = setCondition(status, condition("Ready", ready, reason, message, now));
        return setCondition(result, condition("ContainersReady", ready, reason, message, now));
    }

    private static MapNode setCondition(MapNode status, MapNode condition) {
        List<Node> conditions = new ArrayList<>(Conditions.set(status.getList("conditions")
                .orElse(dev.windlass.model.tree.ListNode.empty()), condition).items());
        conditions.sort(java.util.Comparator.comparingInt(c -> CONDITION_ORDER.indexOf(
                Trees.text(c.asMap().orElseThrow(), "", "type"))));
        return status.with("conditions", Node.list(conditions));
    }

    static MapNode condition(String type, boolean status, String reason, String message, String now) {
        MapNode.Builder builder = MapNode.builder().put("type", Node.of(type))
                .put("status", Node.of(status ? "True" : "False"))
                .put("lastProbeTime", Node.nullNode()).put("lastTransitionTime", Node.of(now));
        if (reason != null) {
            builder.put("reason", Node.of(reason));
        }
        if (message != null && !message.isEmpty()) {
            builder.put("message", Node.of(message));
        }
        return builder.build();
    }

    private static MapNode withContainers(MapNode status, MapNode pod, java.util.function.Function<MapNode, MapNode> state,
                                          boolean ready, long restarts, MapNode lastState) {
        List<Node> statuses = new ArrayList<>();
        for (Node node : Trees.list(pod, "spec", "containers")) {
            MapNode container = node.asMap().orElse(MapNode.empty());
            MapNode containerState = state.apply(container);
            boolean started = containerState.containsKey("running");
            MapNode.Builder entry = MapNode.builder().put("name", container.get("name").orElse(Node.of("")))
                    .put("image", Node.of(image(container))).put("imageID", Node.of(imageId(container)));
            if (!containerState.containsKey("waiting") || restarts > 0) {
                entry.put("containerID", Node.of(containerId(Meta.uid(pod) + Trees.text(container, "", "name"))));
            }
            entry.put("ready", Node.of(ready)).put("started", Node.of(started))
                    .put("restartCount", Node.of(restarts)).put("state", containerState)
                    .put("lastState", lastState == null ? MapNode.empty() : lastState);
            statuses.add(entry.build());
        }
        return status.with("containerStatuses", Node.list(statuses));
    }

    private static MapNode waiting(String reason, String message) {
        MapNode waiting = MapNode.of("reason", Node.of(reason));
        return MapNode.of("waiting", message == null ? waiting : waiting.with("message", Node.of(message)));
    }

    private static String imageMessage(String reason, MapNode container) {
        String image = image(container);
        return reason.equals("ImagePullBackOff") ? "Back-off pulling image \"" + image + "\""
                : "failed to pull and unpack image \"" + image + "\": failed to resolve reference \"" + image
                + "\": " + image + ": not found";
    }

    private static List<String> containerNames(MapNode pod) {
        return Trees.list(pod, "spec", "containers").stream()
                .map(n -> Trees.text(n.asMap().orElse(MapNode.empty()), "", "name")).toList();
    }

    /** The image as containerd reports it: {@code nginx} → {@code docker.io/library/nginx:latest}. */
    static String image(MapNode container) {
        String image = Trees.text(container, "", "image");
        String name = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        String first = name.contains("/") ? name.substring(0, name.indexOf('/')) : "";
        if (first.isEmpty()) {
            name = "docker.io/library/" + name;
        } else if (!first.contains(".") && !first.contains(":") && !first.equals("localhost")) {
            name = "docker.io/" + name;
        }
        boolean tagged = name.lastIndexOf(':') > name.lastIndexOf('/');
        return image.contains("@") ? name + image.substring(image.indexOf('@')) : tagged ? name : name + ":latest";
    }

    private static String imageId(MapNode container) {
        String image = image(container);
        String repository = image.contains("@") ? image.substring(0, image.indexOf('@'))
                : image.substring(0, image.lastIndexOf(':'));
        return repository + "@sha256:" + sha256(image);
    }

    private static String containerId(String seed) {
        return "containerd://" + sha256(seed);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
