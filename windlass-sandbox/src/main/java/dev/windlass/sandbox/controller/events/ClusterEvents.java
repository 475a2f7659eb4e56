package dev.windlass.sandbox.controller.events;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.StoredObject;
import java.time.Duration;
import java.util.List;

/**
 * The catalogue of Events the sandbox's controllers record, with the reasons, message formats and
 * source components of Kubernetes 1.31 (kube-controller-manager, kube-scheduler, kubelet). Each
 * method records one occurrence and never throws.
 */
public final class ClusterEvents {

    private static final long SIMULATED_IMAGE_BYTES = 67_108_864L;

    private ClusterEvents() {
    }

    /** {@code ScalingReplicaSet}: "Scaled up replica set web-5d9c7b from 0 to 3". */
    public static void scaledReplicaSet(ControllerContext context, MapNode deployment, MapNode replicaSet,
                                        long from, long to) {
        EventRecorder.of(context, "deployment-controller").normal(deployment, "ScalingReplicaSet",
                "Scaled " + (from < to ? "up" : "down") + " replica set " + Meta.name(replicaSet)
                        + " from " + from + " to " + to);
    }

    /** {@code SuccessfulCreate}: "Created pod: web-5d9c7b-abcde", by {@code component}. */
    public static void createdPod(ControllerContext context, String component, MapNode owner, MapNode pod) {
        EventRecorder.of(context, component).normal(owner, "SuccessfulCreate", "Created pod: " + Meta.name(pod));
    }

    /** {@code SuccessfulDelete}: "Deleted pod: web-5d9c7b-abcde", by {@code component}. */
    public static void deletedPod(ControllerContext context, String component, MapNode owner, MapNode pod) {
        EventRecorder.of(context, component).normal(owner, "SuccessfulDelete", "Deleted pod: " + Meta.name(pod));
    }

    /** The StatefulSet controller's {@code SuccessfulCreate}: "create Pod db-0 in StatefulSet db successful". */
    public static void createdStatefulPod(ControllerContext context, MapNode statefulSet, MapNode pod) {
        EventRecorder.of(context, "statefulset-controller").normal(statefulSet, "SuccessfulCreate",
                "create Pod " + Meta.name(pod) + " in StatefulSet " + Meta.name(statefulSet) + " successful");
    }

    /** The StatefulSet controller's {@code SuccessfulDelete}: "delete Pod db-2 in StatefulSet db successful". */
    public static void deletedStatefulPod(ControllerContext context, MapNode statefulSet, MapNode pod) {
        EventRecorder.of(context, "statefulset-controller").normal(statefulSet, "SuccessfulDelete",
                "delete Pod " + Meta.name(pod) + " in StatefulSet " + Meta.name(statefulSet) + " successful");
    }

    /** The Job controller's {@code Completed} ("Job completed"). */
    public static void jobCompleted(ControllerContext context, MapNode job) {
        EventRecorder.of(context, "job-controller").normal(job, "Completed", "Job completed");
    }

    /** The Job controller's Warning {@code BackoffLimitExceeded}. */
    public static void jobFailed(ControllerContext context, MapNode job) {
        EventRecorder.of(context, "job-controller").warning(job, "BackoffLimitExceeded",
                "Job has reached the specified backoff limit");
    }

    /** The scheduler's {@code Scheduled}: "Successfully assigned ns/pod to sandbox-node". */
    public static void scheduled(ControllerContext context, MapNode pod, String node) {
        EventRecorder.of(context, "default-scheduler").normal(pod, "Scheduled",
                "Successfully assigned " + Meta.namespace(pod) + "/" + Meta.name(pod) + " to " + node);
    }

    /** The kubelet's {@code Pulling}, {@code Pulled}, {@code Created} and {@code Started} for each container. */
    public static void containersStarted(ControllerContext context, MapNode pod, Duration pullTime) {
        EventRecorder kubelet = kubelet(context, pod);
        String took = goDuration(pullTime);
        for (Container c : containers(pod)) {
            kubelet.record(pod, c.fieldPath(), EventType.NORMAL, "Pulling", "Pulling image \"" + c.image() + "\"");
            kubelet.record(pod, c.fieldPath(), EventType.NORMAL, "Pulled", "Successfully pulled image \"" + c.image()
                    + "\" in " + took + " (" + took + " including waiting). Image size: " + SIMULATED_IMAGE_BYTES
                    + " bytes.");
            kubelet.record(pod, c.fieldPath(), EventType.NORMAL, "Created", "Created container " + c.name());
            kubelet.record(pod, c.fieldPath(), EventType.NORMAL, "Started", "Started container " + c.name());
        }
    }

    /** The kubelet's first failed pull: {@code Pulling}, then Warnings {@code Failed} (twice, as the kubelet does). */
    public static void imagePullFailed(ControllerContext context, MapNode pod) {
        EventRecorder kubelet = kubelet(context, pod);
        for (Container c : containers(pod)) {
            kubelet.record(pod, c.fieldPath(), EventType.NORMAL, "Pulling", "Pulling image \"" + c.image() + "\"");
            kubelet.record(pod, c.fieldPath(), EventType.WARNING, "Failed", "Failed to pull image \"" + c.image()
                    + "\": rpc error: code = NotFound desc = failed to pull and unpack image \"" + c.image()
                    + "\": not found (simulated by the sandbox)");
            kubelet.record(pod, c.fieldPath(), EventType.WARNING, "Failed", "Error: ErrImagePull");
        }
    }

    /** The kubelet's pull back-off: {@code BackOff} "Back-off pulling image ..." and {@code Failed} ImagePullBackOff. */
    public static void imagePullBackOff(ControllerContext context, MapNode pod) {
        EventRecorder kubelet = kubelet(context, pod);
        for (Container c : containers(pod)) {
            kubelet.record(pod, c.fieldPath(), EventType.NORMAL, "BackOff", "Back-off pulling image \"" + c.image()
                    + "\"");
            kubelet.record(pod, c.fieldPath(), EventType.WARNING, "Failed", "Error: ImagePullBackOff");
        }
    }

    /** The kubelet's Warning {@code BackOff}: "Back-off restarting failed container app in pod web-x_ns(uid)". */
    public static void crashBackOff(ControllerContext context, MapNode pod) {
        EventRecorder kubelet = kubelet(context, pod);
        for (Container c : containers(pod)) {
            kubelet.record(pod, c.fieldPath(), EventType.WARNING, "BackOff", "Back-off restarting failed container "
                    + c.name() + " in pod " + Meta.name(pod) + "_" + Meta.namespace(pod) + "(" + Meta.uid(pod) + ")");
        }
    }

    /** The PV controller's {@code ProvisioningSucceeded} on the claim. */
    public static void provisioned(ControllerContext context, MapNode claim, String volumeName) {
        EventRecorder.of(context, "persistentvolume-controller").normal(claim, "ProvisioningSucceeded",
                "Successfully provisioned volume " + volumeName + " using kubernetes.io/host-path");
    }

    /**
     * {@code ProvisioningSucceeded} on the claim at {@code claimKey} when it is now bound to the
     * volume provisioned for it ({@code pvc-<uid>}); nothing otherwise.
     */
    public static void provisionedIfBound(ControllerContext context, ObjectKey claimKey) {
        context.api().store().get(claimKey).map(StoredObject::object).ifPresent(claim -> {
            String volume = "pvc-" + Meta.uid(claim);
            if (claim.getMap("spec").flatMap(s -> s.getText("volumeName")).filter(volume::equals).isPresent()) {
                provisioned(context, claim, volume);
            }
        });
    }

    private static EventRecorder kubelet(ControllerContext context, MapNode pod) {
        String node = pod.getMap("spec").flatMap(s -> s.getText("nodeName")).orElse("");
        return EventRecorder.of(context, "kubelet").onHost(node);
    }

    private record Container(String name, String image) {
        String fieldPath() {
            return "spec.containers{" + name + "}";
        }
    }

    private static List<Container> containers(MapNode pod) {
        return pod.getMap("spec").flatMap(s -> s.getList("containers")).map(l -> l.items().stream()
                .flatMap(n -> n.asMap().stream())
                .map(c -> new Container(c.getText("name").orElse(""), c.getText("image").orElse("")))
                .toList()).orElse(List.of());
    }

    /** A duration as Go prints one: {@code 100ms}, {@code 2s}, {@code 1.5s}. */
    static String goDuration(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        String seconds = java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
        return seconds + "s";
    }
}
