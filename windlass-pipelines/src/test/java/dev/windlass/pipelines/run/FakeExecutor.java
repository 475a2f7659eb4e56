package dev.windlass.pipelines.run;

import dev.windlass.pipelines.model.ParamValue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link TaskExecutor} in memory: each pipeline task behaves as the test says (succeed by default). */
final class FakeExecutor implements TaskExecutor {

    /** What one TaskRun does. */
    @FunctionalInterface
    interface Behaviour {
        TaskRunOutcome run(TaskRunRequest request, Cancellation cancellation);
    }

    private final Clock clock;
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final List<TaskRunRequest> requests = new ArrayList<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger maxRunning = new AtomicInteger();

    FakeExecutor(Clock clock) {
        this.clock = clock;
    }

    FakeExecutor on(String pipelineTask, Behaviour behaviour) {
        behaviours.put(pipelineTask, behaviour);
        return this;
    }

    @Override
    public TaskRunOutcome execute(TaskRunRequest request, RunListener listener, Cancellation cancellation) {
        synchronized (requests) {
            requests.add(request);
        }
        maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            String task = request.names().pipelineTaskName().isEmpty() ? request.taskRunName()
                    : request.names().pipelineTaskName();
            return behaviours.getOrDefault(task, (r, c) -> succeeded(Map.of())).run(request, cancellation);
        } finally {
            running.decrementAndGet();
        }
    }

    List<TaskRunRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<String> started() {
        return requests().stream().map(TaskRunRequest::taskRunName).toList();
    }

    int maxRunning() {
        return maxRunning.get();
    }

    TaskRunOutcome succeeded(Map<String, ParamValue> results) {
        Instant now = clock.instant();
        return new TaskRunOutcome(new Condition("True", "Succeeded", "All Steps have completed executing"), results,
                List.of(), now, now);
    }

    TaskRunOutcome failed() {
        Instant now = clock.instant();
        return new TaskRunOutcome(new Condition("False", "Failed", "\"step-main\" exited with code 1"), Map.of(),
                List.of(), now, now);
    }

    /** Waits until the runner cancels the TaskRun, then reports it cancelled. */
    TaskRunOutcome awaitCancel(Cancellation cancellation) {
        while (!cancellation.isCancelled()) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Instant now = clock.instant();
        return new TaskRunOutcome(new Condition("False", "TaskRunCancelled", "cancelled"), Map.of(), List.of(), now, now);
    }

    static List<String> names(List<ChildRun> children) {
        List<String> out = new ArrayList<>();
        children.forEach(c -> out.add(c.taskRunName()));
        return out;
    }
}
