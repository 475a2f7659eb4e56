package dev.windlass.engine.sync;

import dev.windlass.model.Issue;
import java.util.List;
import java.util.Optional;

/**
 * The ordered tasks of one sync operation and what planning found. Tasks are in execution order:
 * phase, wave, then (within a wave) prunes before applies, each in kind order (reversed for
 * prunes) and by name.
 *
 * @param tasks  the tasks in execution order
 * @param issues findings about options and annotations; errors mean some objects were left out
 * @param dryRun true when every apply and prune is to be a dry run
 */
public record SyncPlan(List<SyncTask> tasks, List<Issue> issues, boolean dryRun) {

    public SyncPlan {
        tasks = List.copyOf(tasks);
        issues = List.copyOf(issues);
    }

    /** A plan that is not a dry run. */
    public SyncPlan(List<SyncTask> tasks, List<Issue> issues) {
        this(tasks, issues, false);
    }

    /** The task with {@code id}, if the plan has one. */
    public Optional<SyncTask> task(String id) {
        return tasks.stream().filter(task -> task.id().equals(id)).findFirst();
    }

    /** True when planning found an error. */
    public boolean hasErrors() {
        return issues.stream().anyMatch(Issue::isError);
    }
}
