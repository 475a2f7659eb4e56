package dev.windlass.pipelines.local;

import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.run.Cancellation;
import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.TaskRunRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A task's sidecars as background host processes: started before the first step and waited for
 * until ready ({@link SidecarProbe}), their output logged as {@code sidecar-<name>}, and killed
 * (with what they started) after the last step.
 */
final class Sidecars {

    private final StepPlanner planner;
    private final TaskRunRequest request;
    private final RunListener listener;
    private final List<HostProcess> running = new ArrayList<>();

    Sidecars(StepPlanner planner, TaskRunRequest request, RunListener listener) {
        this.planner = planner;
        this.request = request;
        this.listener = listener;
    }

    /** Starts every sidecar and waits until each is ready; the first that cannot start is the task's failure. */
    Optional<LocalFailure> start(ContainerLayout layout, Cancellation cancellation, long taskDeadline)
            throws InterruptedException {
        String pipelineTask = request.names() == null || request.names().pipelineTaskName() == null
                ? "" : request.names().pipelineTaskName();
        List<SidecarProbe> probes = new ArrayList<>();
        for (int i = 0; i < layout.spec().sidecars().size(); i++) {
            Step sidecar = layout.spec().sidecars().get(i);
            String name = "sidecar-" + StepPlanner.stepName(sidecar, i);
            try {
                Mounts mounts = layout.mountsFor(sidecar, name, Optional.empty());
                StepPlan plan = planner.plan(sidecar, name, "sidecar", i, mounts);
                running.add(HostProcess.start(plan, request.taskRunName() + "-" + name,
                        (line, stderr) -> listener.log(request.taskRunName(), pipelineTask, name, line, stderr)));
                probes.add(new SidecarProbe(plan, sidecar.container(), mounts));
            } catch (LocalFailure e) {
                return Optional.of(e);
            } catch (IOException e) {
                return Optional.of(new LocalFailure("SidecarFailed",
                        "\"" + name + "\" could not start: " + e.getMessage()));
            }
        }
        for (SidecarProbe probe : probes) {
            if (!probe.await(cancellation, taskDeadline)) {
                break;
            }
        }
        return Optional.empty();
    }

    void stop() {
        for (HostProcess process : running) {
            try {
                process.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
    }
}
