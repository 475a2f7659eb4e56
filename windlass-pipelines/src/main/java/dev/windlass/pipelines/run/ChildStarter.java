package dev.windlass.pipelines.run;

import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.model.TaskSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;

/** Hands queued TaskRuns (and those a crashed process left running) to the executor, up to the parallelism. */
final class ChildStarter {

    private final PreparedRun run;
    private final RunServices services;
    private final ChildFactory factory;
    private final RunStateWriter writer;
    private final Map<String, PipelineTask> resolvedTasks;
    private final Map<String, RunningChild> running;

    ChildStarter(PreparedRun run, RunServices services, ChildFactory factory, RunStateWriter writer,
            Map<String, PipelineTask> resolvedTasks, Map<String, RunningChild> running) {
        this.run = run;
        this.services = services;
        this.factory = factory;
        this.writer = writer;
        this.resolvedTasks = resolvedTasks;
        this.running = running;
    }

    void startQueued(ExecutorService pool, BiConsumer<String, TaskRunOutcome> report) {
        for (ChildRun child : writer.unfinished()) {
            if (running.size() >= Math.max(1, services.parallelism())) {
                break;
            }
            if (!running.containsKey(child.taskRunName())) {
                start(child, pool, report);
            }
        }
        writer.flush();
    }

    private void start(ChildRun child, ExecutorService pool, BiConsumer<String, TaskRunOutcome> report) {
        PipelineTask task = resolvedTasks.get(child.pipelineTask());
        TaskSpec spec = task.taskSpec().orElseGet(() -> run.taskSpecs().get(task.name()));
        List<List<Param>> sets = factory.paramSets(task);
        List<Param> params = sets.get(Math.min(child.matrixIndex().orElse(0), sets.size() - 1));
        TaskRunRequest request = factory.request(child, task, spec, params);
        Instant now = services.clock().instant();
        RunningChild handle = new RunningChild(child.pipelineTask(), now, request.timeout());
        running.put(child.taskRunName(), handle);
        writer.replace(ChildOutcomes.started(child, now));
        writer.flush();
        pool.submit(() -> {
            TaskRunOutcome outcome;
            try {
                outcome = services.executor().execute(request, services.listener(), handle.cancellation());
            } catch (RuntimeException e) {
                outcome = ChildOutcomes.crashed(e, services.clock().instant());
            }
            report.accept(child.taskRunName(), outcome);
        });
    }
}
