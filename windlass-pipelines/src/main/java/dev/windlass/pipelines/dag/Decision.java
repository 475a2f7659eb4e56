package dev.windlass.pipelines.dag;

import dev.windlass.pipelines.run.Condition;
import dev.windlass.pipelines.run.SkippedTask;
import java.util.List;

/**
 * The {@link Scheduler}'s answer: the tasks to start now, the tasks newly skipped with their
 * reason, whether the running TaskRuns must be cancelled (and which: all, or graph tasks only),
 * and the run's condition ({@code Unknown} while it goes on).
 */
public record Decision(List<String> start, List<SkippedTask> skip, Cancel cancel, Condition condition) {

    public Decision {
        start = List.copyOf(start);
        skip = List.copyOf(skip);
    }

    /** Which running TaskRuns to cancel. */
    public enum Cancel {
        NONE,
        GRAPH_TASKS,
        ALL
    }

    /** Whether the run is over. */
    public boolean isFinished() {
        return condition.isDone();
    }
}
