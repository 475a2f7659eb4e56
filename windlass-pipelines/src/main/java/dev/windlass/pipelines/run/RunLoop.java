package dev.windlass.pipelines.run;

import dev.windlass.pipelines.dag.Decision;
import dev.windlass.pipelines.dag.Scheduler;
import dev.windlass.pipelines.dag.SchedulerInput;
import dev.windlass.pipelines.dag.TaskStatus;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.model.RunSpecStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Drives one prepared run to its end on the calling thread: each turn it rereads the state, asks
 * the {@link Scheduler} what to do, records skips and new TaskRuns, starts queued TaskRuns up to
 * the parallelism on a pool, stops TaskRuns on cancel and timeouts, and waits (at most
 * {@value #POLL_MILLIS} ms) for one to end. The state is saved after every change.
 */
final class RunLoop {

    static final long POLL_MILLIS = 50;

    private final PreparedRun run;
    private final RunServices services;
    private final ChildFactory factory;
    private final RunStateWriter writer;
    private final BlockingQueue<Finished> finished = new LinkedBlockingQueue<>();
    private final Map<String, RunningChild> running = new LinkedHashMap<>();
    private final Map<String, PipelineTask> resolvedTasks = new HashMap<>();
    private GuardCheck.RunFailure failure;
    private boolean interrupted;

    RunLoop(PreparedRun run, RunServices services, RunState initial) {
        this.run = run;
        this.services = services;
        this.factory = new ChildFactory(run, services.objects());
        this.writer = new RunStateWriter(initial, services);
    }

    /** A TaskRun that ended, as reported by its pool thread. */
    private record Finished(String taskRunName, TaskRunOutcome outcome) {
    }

    RunState run() {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, services.parallelism()), runnable -> {
            Thread thread = new Thread(runnable, "windlass-run-" + run.name());
            thread.setDaemon(true);
            return thread;
        });
        try {
            while (true) {
                Optional<RunState> done = turn();
                if (done.isPresent()) {
                    return done.get();
                }
                new ChildStarter(run, services, factory, writer, resolvedTasks, running).startQueued(pool, this::report);
                await();
            }
        } finally {
            pool.shutdownNow();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void report(String taskRunName, TaskRunOutcome outcome) {
        finished.add(new Finished(taskRunName, outcome));
    }

    private Optional<RunState> turn() {
        Instant now = services.clock().instant();
        stopTimedOutChildren(now);
        RunState state = writer.state();
        Map<String, TaskStatus> statuses = ChildStatuses.statuses(state.children());
        Map<String, String> skipped = new LinkedHashMap<>();
        state.skipped().forEach(s -> skipped.put(s.name(), s.reason()));
        GuardCheck guards = new GuardCheck(run, statuses, skipped, ChildStatuses.results(state.children()));
        resolveResumed(guards, state);
        RunSpecStatus specStatus = interrupted || services.store().cancelRequested(run.namespace(), run.name())
                ? RunSpecStatus.CANCELLED : run.status();
        SchedulerInput input = new SchedulerInput(run.name(), statuses, skipped, specStatus,
                passed(state.started(), run.pipelineTimeout(), now), passed(state.started(), run.tasksTimeout(), now),
                passed(finallyStarted(state), run.finallyTimeout(), now), run.pipelineTimeout(), run.tasksTimeout(),
                guards::check);
        Decision decision = Scheduler.next(run.dag(), input);
        if (failure == null && guards.failure() != null) {
            failure = guards.failure();
        }
        if (failure != null) {
            return failing(now);
        }
        stop(decision.cancel(), input, now);
        writer.skip(decision.skip());
        for (String name : decision.start()) {
            if (!start(name, guards.resolved(name))) {
                return failing(now);
            }
        }
        if (decision.isFinished() && running.isEmpty() && writer.unfinished().isEmpty()) {
            return Optional.of(new RunFinisher(run, services, writer).finish(decision.condition(), now));
        }
        writer.condition(decision.condition());
        writer.flush();
        return Optional.empty();
    }

    private boolean start(String name, PipelineTask resolved) {
        PipelineTask task = resolved != null ? resolved : run.dag().task(name).orElseThrow();
        int count = factory.paramSets(task).size();
        if (count > dev.windlass.pipelines.dag.MatrixExpansion.MAX_COMBINATIONS) {
            failure = new GuardCheck.RunFailure("PipelineValidationFailed", "pipeline task \"" + name
                    + "\" fans out into " + count + " matrix combinations, more than the limit of "
                    + dev.windlass.pipelines.dag.MatrixExpansion.MAX_COMBINATIONS + "; use fewer matrix values");
            return false;
        }
        resolvedTasks.put(name, task);
        writer.add(factory.queued(task, count));
        return true;
    }

    /** Children left unfinished by an earlier process: their tasks are substituted again before they restart. */
    private void resolveResumed(GuardCheck guards, RunState state) {
        for (ChildRun child : state.children()) {
            if (!child.condition().isDone() && !resolvedTasks.containsKey(child.pipelineTask())) {
                guards.check(child.pipelineTask());
                PipelineTask task = guards.resolved(child.pipelineTask());
                resolvedTasks.put(child.pipelineTask(),
                        task != null ? task : run.dag().task(child.pipelineTask()).orElseThrow());
            }
        }
    }

    private Optional<RunState> failing(Instant now) {
        running.values().forEach(r -> r.stop(ChildOutcomes.Stop.RUN_FAILED));
        writer.cancelWhere(now, child -> !running.containsKey(child.taskRunName()));
        if (!running.isEmpty()) {
            writer.flush();
            return Optional.empty();
        }
        Condition condition = new Condition("False", failure.reason(), failure.message());
        return Optional.of(new RunFinisher(run, services, writer).finish(condition, now));
    }

    private void stop(Decision.Cancel cancel, SchedulerInput input, Instant now) {
        if (cancel == Decision.Cancel.NONE) {
            return;
        }
        boolean all = cancel == Decision.Cancel.ALL;
        ChildOutcomes.Stop why = why(input, all);
        for (RunningChild child : running.values()) {
            if (all || !run.dag().isFinally(child.pipelineTask())) {
                child.stop(why);
            }
        }
        writer.cancelWhere(now, child -> !running.containsKey(child.taskRunName()) && (all || !child.isFinally()));
    }

    private static ChildOutcomes.Stop why(SchedulerInput input, boolean all) {
        if (input.specStatus() == RunSpecStatus.CANCELLED) {
            return ChildOutcomes.Stop.CANCEL;
        }
        if (input.pipelineTimedOut()) {
            return ChildOutcomes.Stop.PIPELINE_TIMEOUT;
        }
        if (all && input.finallyTimedOut()) {
            return ChildOutcomes.Stop.FINALLY_TIMEOUT;
        }
        return input.tasksTimedOut() ? ChildOutcomes.Stop.TASKS_TIMEOUT : ChildOutcomes.Stop.CANCEL;
    }

    private void stopTimedOutChildren(Instant now) {
        for (RunningChild child : running.values()) {
            if (child.timeout().isPresent() && now.isAfter(child.started().plus(child.timeout().get()))) {
                child.stop(ChildOutcomes.Stop.TASK_TIMEOUT);
            }
        }
    }

    private void await() {
        try {
            Finished one = finished.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            List<Finished> all = new ArrayList<>();
            if (one != null) {
                all.add(one);
                finished.drainTo(all);
            }
            for (Finished f : all) {
                record(f);
            }
        } catch (InterruptedException e) {
            // The caller gave up on the run: cancel it as a user would, and let the TaskRuns end.
            interrupted = true;
            running.values().forEach(r -> r.stop(ChildOutcomes.Stop.CANCEL));
        }
    }

    private void record(Finished f) {
        RunningChild child = running.remove(f.taskRunName());
        ChildRun current = writer.child(f.taskRunName());
        Instant now = services.clock().instant();
        Condition condition = ChildOutcomes.condition(f.taskRunName(), f.outcome().condition(), child.stopped(),
                child.timeout());
        PipelineTask task = resolvedTasks.get(current.pipelineTask());
        int retries = task == null ? 0 : task.retries();
        if (!condition.isSucceeded() && ChildOutcomes.retriable(child.stopped()) && current.attempts().size() < retries
                && failure == null) {
            writer.replace(ChildOutcomes.retried(current, condition));
        } else {
            writer.replace(ChildOutcomes.finished(current, condition, f.outcome(), now));
        }
        writer.flush();
    }

    private static boolean passed(Optional<Instant> since, Optional<Duration> limit, Instant now) {
        return since.isPresent() && limit.isPresent() && now.isAfter(since.get().plus(limit.get()));
    }

    private static Optional<Instant> finallyStarted(RunState state) {
        return state.children().stream().filter(ChildRun::isFinally).map(ChildRun::started)
                .flatMap(Optional::stream).min(Instant::compareTo);
    }
}
