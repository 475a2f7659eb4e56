package dev.windlass.pipelines.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** A TaskRun handed to the executor: when it started, its timeout, and why the runner asked it to stop (first reason wins). */
final class RunningChild {

    private final String pipelineTask;
    private final Instant started;
    private final Optional<Duration> timeout;
    private final AtomicReference<ChildOutcomes.Stop> stop = new AtomicReference<>();

    RunningChild(String pipelineTask, Instant started, Optional<Duration> timeout) {
        this.pipelineTask = pipelineTask;
        this.started = started;
        this.timeout = timeout;
    }

    String pipelineTask() {
        return pipelineTask;
    }

    Instant started() {
        return started;
    }

    Optional<Duration> timeout() {
        return timeout;
    }

    void stop(ChildOutcomes.Stop why) {
        stop.compareAndSet(null, why);
    }

    ChildOutcomes.Stop stopped() {
        return stop.get();
    }

    Cancellation cancellation() {
        return () -> stop.get() != null;
    }
}
