package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.MapNode;
import java.util.Optional;

/**
 * Failures the simulated kubelet produces on demand. Put the annotation {@value #ANNOTATION} on a
 * workload (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job), on its pod template or on a bare
 * Pod; the value is one of:
 *
 * <ul>
 *   <li>{@code ImagePullBackOff}: the pod is scheduled but its containers wait, first with reason
 *       {@code ErrImagePull}, then {@code ImagePullBackOff}; the pod stays {@code Pending} and never
 *       becomes ready.</li>
 *   <li>{@code CrashLoopBackOff}: the pod runs but its containers keep exiting with code 1:
 *       {@code restartCount} grows with a doubling back-off, the state is waiting with reason
 *       {@code CrashLoopBackOff} and {@code lastState.terminated} has exit code 1, reason
 *       {@code Error}; never ready.</li>
 *   <li>{@code Unschedulable}: the pod stays {@code Pending} with condition {@code PodScheduled}
 *       False, reason {@code Unschedulable}, and no node.</li>
 *   <li>{@code Failed}: a pod that runs to completion (one owned by a Job) runs, then fails with exit
 *       code 1; the Job retries up to {@code spec.backoffLimit} and then fails with reason
 *       {@code BackoffLimitExceeded}. On a pod that restarts ({@code restartPolicy: Always}) it acts
 *       as {@code CrashLoopBackOff}.</li>
 * </ul>
 *
 * The template's annotation wins over the workload's; controllers copy the workload's annotation
 * onto the pods they create, and the kubelet reads it from the pod. Changing it on a running pod has
 * no effect: roll the workload (change the template) instead.
 */
public enum FailureMode {
    IMAGE_PULL_BACK_OFF("ImagePullBackOff"),
    CRASH_LOOP_BACK_OFF("CrashLoopBackOff"),
    UNSCHEDULABLE("Unschedulable"),
    FAILED("Failed");

    /** The annotation that asks for a failure. */
    public static final String ANNOTATION = "sandbox.windlass.dev/fail";

    private final String value;

    FailureMode(String value) {
        this.value = value;
    }

    /** The annotation value, {@code ImagePullBackOff}. */
    public String value() {
        return value;
    }

    /** The failure an object's own annotation asks for; empty when none or the value is unknown. */
    public static Optional<FailureMode> of(MapNode object) {
        return annotation(object).flatMap(FailureMode::parse);
    }

    /** The raw annotation value on an object (a workload, a pod or a pod template), if any. */
    static Optional<String> annotation(MapNode object) {
        return object.getMap("metadata").flatMap(m -> m.getMap("annotations")).flatMap(a -> a.getText(ANNOTATION));
    }

    /** The mode named {@code text}, matched exactly as the annotation value is written. */
    public static Optional<FailureMode> parse(String text) {
        for (FailureMode mode : values()) {
            if (mode.value.equals(text)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
