package dev.windlass.sandbox.table;

import dev.windlass.model.tree.MapNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pod columns of {@code kubectl get pods}: READY counts ready containers (restartable init
 * containers, i.e. sidecars, included), STATUS is the phase refined by init progress, waiting and
 * terminated reasons, {@code SchedulingGated} and {@code Terminating}, and RESTARTS adds
 * {@code (5m ago)} after the last restart.
 */
final class PodPrinter {

    static final Printer PRINTER = new Printer(List.of(
            Column.NAME,
            Column.string("Ready", "The aggregate readiness state of this pod for accepting traffic."),
            Column.string("Status", "The aggregate status of the containers in this pod."),
            Column.string("Restarts", "The number of times the containers in this pod have been restarted and"
                    + " when the last container in this pod has restarted."),
            Column.AGE,
            Column.wide("IP", "podIP address allocated to the pod. Routable at least within the cluster."),
            Column.wide("Node", "NodeName indicates in which node this pod is scheduled."),
            Column.wide("Nominated Node", "nominatedNodeName is set only when this pod preempts other pods on"
                    + " the node, but it cannot be scheduled right away as preemption victims receive their"
                    + " graceful termination periods."),
            Column.wide("Readiness Gates", "If specified, all readiness gates will be evaluated for pod"
                    + " readiness.")),
            PodPrinter::row);

    private static final List<MapNode> SUCCEEDED = List.of(MapNode.of("type", "Completed", "status", "True",
            "reason", "Succeeded", "message", "The pod has completed successfully."));
    private static final List<MapNode> FAILED = List.of(MapNode.of("type", "Completed", "status", "True",
            "reason", "Failed", "message", "The pod failed."));

    private PodPrinter() {
    }

    /** Running totals while walking the container statuses. */
    private static final class Tally {
        String reason;
        long restarts;
        Instant lastRestart;
        long sidecarRestarts;
        Instant lastSidecarRestart;
        int ready;
        int total;
    }

    static Row row(MapNode pod, Instant now) {
        String phase = Fields.text(pod, "status", "phase");
        Tally tally = new Tally();
        tally.reason = Fields.optText(pod, "status", "reason").filter(r -> !r.isEmpty()).orElse(phase);
        for (MapNode condition : Fields.maps(pod, "status", "conditions")) {
            if ("PodScheduled".equals(Fields.text(condition, "type"))
                    && "SchedulingGated".equals(Fields.text(condition, "reason"))) {
                tally.reason = "SchedulingGated";
            }
        }
        tally.total = Fields.list(pod, "spec", "containers").size();
        Map<String, Boolean> sidecars = new HashMap<>();
        for (MapNode init : Fields.maps(pod, "spec", "initContainers")) {
            boolean sidecar = "Always".equals(Fields.text(init, "restartPolicy"));
            sidecars.put(Fields.text(init, "name"), sidecar);
            tally.total += sidecar ? 1 : 0;
        }
        boolean initializing = initContainers(pod, sidecars, tally);
        if (!initializing || conditionTrue(pod, "Initialized")) {
            containers(pod, tally);
        }
        boolean terminal = phase.equals("Succeeded") || phase.equals("Failed");
        if (Fields.deleting(pod) && "NodeLost".equals(Fields.text(pod, "status", "reason"))) {
            tally.reason = "Unknown";
        } else if (Fields.deleting(pod) && !terminal) {
            tally.reason = "Terminating";
        }
        String restarts = Long.toString(tally.restarts);
        if (tally.restarts != 0 && tally.lastRestart != null) {
            restarts = tally.restarts + " (" + HumanDuration.since(tally.lastRestart, now) + " ago)";
        }
        Row row = Row.of(Fields.name(pod), tally.ready + "/" + tally.total, tally.reason, restarts,
                Fields.age(pod, now), podIp(pod), orNone(Fields.text(pod, "spec", "nodeName")),
                orNone(Fields.text(pod, "status", "nominatedNodeName")), readinessGates(pod));
        return switch (phase) {
            case "Succeeded" -> row.withConditions(SUCCEEDED);
            case "Failed" -> row.withConditions(FAILED);
            default -> row;
        };
    }

    /** Walks init container statuses; true while initialisation is still running or has failed. */
    private static boolean initContainers(MapNode pod, Map<String, Boolean> sidecars, Tally tally) {
        List<MapNode> statuses = Fields.maps(pod, "status", "initContainerStatuses");
        int declared = Fields.list(pod, "spec", "initContainers").size();
        for (int i = 0; i < statuses.size(); i++) {
            MapNode status = statuses.get(i);
            long count = Fields.integer(status, "restartCount");
            Instant finished = Fields.time(status, "lastState", "terminated", "finishedAt");
            tally.restarts += count;
            tally.lastRestart = later(tally.lastRestart, finished);
            boolean sidecar = sidecars.getOrDefault(Fields.text(status, "name"), false);
            if (sidecar) {
                tally.sidecarRestarts += count;
                tally.lastSidecarRestart = later(tally.lastSidecarRestart, finished);
            }
            MapNode terminated = Fields.map(status, "state", "terminated");
            boolean isTerminated = Fields.at(status, "state", "terminated").isPresent();
            String waiting = Fields.text(status, "state", "waiting", "reason");
            if (isTerminated && Fields.integer(terminated, "exitCode") == 0) {
                continue;
            }
            if (sidecar && Fields.bool(status, "started")) {
                tally.ready += Fields.bool(status, "ready") ? 1 : 0;
                continue;
            }
            if (isTerminated) {
                tally.reason = "Init:" + terminatedReason(terminated);
            } else if (!waiting.isEmpty() && !waiting.equals("PodInitializing")) {
                tally.reason = "Init:" + waiting;
            } else {
                tally.reason = "Init:" + i + "/" + declared;
            }
            return true;
        }
        return false;
    }

    private static void containers(MapNode pod, Tally tally) {
        tally.restarts = tally.sidecarRestarts;
        tally.lastRestart = tally.lastSidecarRestart;
        boolean hasRunning = false;
        List<MapNode> statuses = Fields.maps(pod, "status", "containerStatuses");
        for (int i = statuses.size() - 1; i >= 0; i--) {
            MapNode status = statuses.get(i);
            tally.restarts += Fields.integer(status, "restartCount");
            tally.lastRestart = later(tally.lastRestart, Fields.time(status, "lastState", "terminated", "finishedAt"));
            String waiting = Fields.text(status, "state", "waiting", "reason");
            boolean isTerminated = Fields.at(status, "state", "terminated").isPresent();
            MapNode terminated = Fields.map(status, "state", "terminated");
            if (!waiting.isEmpty()) {
                tally.reason = waiting;
            } else if (isTerminated) {
                tally.reason = terminatedReason(terminated);
            } else if (Fields.bool(status, "ready") && Fields.at(status, "state", "running").isPresent()) {
                hasRunning = true;
                tally.ready++;
            }
        }
        if (tally.reason.equals("Completed") && hasRunning) {
            tally.reason = conditionTrue(pod, "Ready") ? "Running" : "NotReady";
        }
    }

    /** The terminated reason, or {@code Signal:9} / {@code ExitCode:1} when the runtime gave none. */
    private static String terminatedReason(MapNode terminated) {
        String reason = Fields.text(terminated, "reason");
        if (!reason.isEmpty()) {
            return reason;
        }
        long signal = Fields.integer(terminated, "signal");
        return signal != 0 ? "Signal:" + signal : "ExitCode:" + Fields.integer(terminated, "exitCode");
    }

    private static boolean conditionTrue(MapNode pod, String type) {
        for (MapNode condition : Fields.maps(pod, "status", "conditions")) {
            if (type.equals(Fields.text(condition, "type"))) {
                return "True".equals(Fields.text(condition, "status"));
            }
        }
        return false;
    }

    private static String podIp(MapNode pod) {
        List<MapNode> ips = Fields.maps(pod, "status", "podIPs");
        String ip = ips.isEmpty() ? Fields.text(pod, "status", "podIP") : Fields.text(ips.get(0), "ip");
        return orNone(ip);
    }

    private static String readinessGates(MapNode pod) {
        List<MapNode> gates = Fields.maps(pod, "spec", "readinessGates");
        if (gates.isEmpty()) {
            return "<none>";
        }
        int met = 0;
        for (MapNode gate : gates) {
            met += conditionTrue(pod, Fields.text(gate, "conditionType")) ? 1 : 0;
        }
        return met + "/" + gates.size();
    }

    private static Instant later(Instant current, Instant candidate) {
        return candidate != null && (current == null || candidate.isAfter(current)) ? candidate : current;
    }

    static String orNone(String value) {
        return value.isEmpty() ? "<none>" : value;
    }
}
