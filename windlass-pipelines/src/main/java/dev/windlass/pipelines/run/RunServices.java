package dev.windlass.pipelines.run;

import java.time.Clock;

/** What a run talks to: the executor, the store, the listener, ConfigMaps and Secrets, the clock, and how many TaskRuns run at once. */
record RunServices(TaskExecutor executor, RunStore store, RunListener listener, ObjectLookup objects, Clock clock,
        int parallelism) {
}
