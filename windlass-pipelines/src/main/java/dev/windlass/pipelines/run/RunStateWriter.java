package dev.windlass.pipelines.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Holds a run's current state, applies changes to it, and saves it (and tells the listener) when it changed. */
final class RunStateWriter {

    private final RunServices services;
    private RunState state;
    private boolean dirty;

    RunStateWriter(RunState initial, RunServices services) {
        this.state = initial;
        this.services = services;
        this.dirty = true;
    }

    RunState state() {
        return state;
    }

    ChildRun child(String taskRunName) {
        return state.children().stream().filter(c -> c.taskRunName().equals(taskRunName)).findFirst().orElseThrow();
    }

    List<ChildRun> unfinished() {
        return state.children().stream().filter(c -> !c.condition().isDone()).toList();
    }

    void skip(List<SkippedTask> more) {
        if (!more.isEmpty()) {
            List<SkippedTask> all = new ArrayList<>(state.skipped());
            all.addAll(more);
            set(new RunState(state.object(), state.condition(), state.started(), state.finished(), state.children(),
                    all, state.results()));
        }
    }

    void add(List<ChildRun> children) {
        List<ChildRun> all = new ArrayList<>(state.children());
        all.addAll(children);
        setChildren(all);
    }

    void replace(ChildRun child) {
        List<ChildRun> all = new ArrayList<>(state.children());
        all.replaceAll(c -> c.taskRunName().equals(child.taskRunName()) ? child : c);
        setChildren(all);
    }

    /** Marks the unfinished children matching {@code which} cancelled without running them. */
    void cancelWhere(Instant now, Predicate<ChildRun> which) {
        for (ChildRun child : unfinished()) {
            if (which.test(child)) {
                replace(ChildOutcomes.cancelledBeforeStart(child, now));
            }
        }
    }

    void condition(Condition condition) {
        if (!condition.equals(state.condition())) {
            set(new RunState(state.object(), condition, state.started(), state.finished(), state.children(),
                    state.skipped(), state.results()));
        }
    }

    void set(RunState next) {
        state = next;
        dirty = true;
    }

    /** Saves the state if it changed since the last save. */
    void flush() {
        if (dirty) {
            dirty = false;
            services.store().save(state);
            services.listener().changed(state);
        }
    }

    private void setChildren(List<ChildRun> children) {
        set(new RunState(state.object(), state.condition(), state.started(), state.finished(), children,
                state.skipped(), state.results()));
    }
}
