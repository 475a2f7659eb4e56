package dev.windlass.pipelines.local;

import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.TaskRunRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A task's sidecars as background host processes: started before the first step, their output
 * logged as {@code sidecar-<name>}, and killed (with what they started) after the last step.
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

    /** Starts every sidecar; the first that cannot start is the task's failure. */
    Optional<LocalFailure> start(TaskSpec spec) {
        String pipelineTask = request.names() == null || request.names().pipelineTaskName() == null
                ? "" : request.names().pipelineTaskName();
        for (int i = 0; i < spec.sidecars().size(); i++) {
            Step sidecar = spec.sidecars().get(i);
            String name = "sidecar-" + StepPlanner.stepName(sidecar, i);
            try {
                StepPlan plan = planner.plan(sidecar, name, "sidecar", i);
                running.add(HostProcess.start(plan, request.taskRunName() + "-" + name,
                        (line, stderr) -> listener.log(request.taskRunName(), pipelineTask, name, line, stderr)));
            } catch (LocalFailure e) {
                return Optional.of(e);
            } catch (IOException e) {
                return Optional.of(new LocalFailure("Failed", "\"" + name + "\" could not start: " + e.getMessage()));
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
