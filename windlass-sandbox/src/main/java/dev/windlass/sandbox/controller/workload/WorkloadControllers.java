package dev.windlass.sandbox.controller.workload;

import dev.windlass.sandbox.controller.Controller;
import java.util.List;

/**
 * The simulated workload controllers of kube-controller-manager and the kubelet, for the
 * sandbox's {@link dev.windlass.sandbox.controller.ControllerRuntime}: Deployment, ReplicaSet,
 * StatefulSet, DaemonSet and Job controllers and a kubelet that also schedules. Together they move
 * workloads through the status fields GitOps health checks read, from Progressing to Available
 * after the runtime's ready delay, or into the failure a {@link FailureMode} annotation asks for.
 *
 * <p>Not simulated: CronJob schedules (a CronJob is stored but never creates Jobs), garbage
 * collection (another controller's job), ControllerRevision objects, pod disruption budgets,
 * probes, graceful pod termination, and persistent volumes (claims are marked Bound directly).
 */
public final class WorkloadControllers {

    private WorkloadControllers() {
    }

    /** New instances of every workload controller, each with its own state. */
    public static List<Controller> all() {
        return List.of(new DeploymentController(), new ReplicaSetController(), new StatefulSetController(),
                new DaemonSetController(), new JobController(), new Kubelet());
    }
}
