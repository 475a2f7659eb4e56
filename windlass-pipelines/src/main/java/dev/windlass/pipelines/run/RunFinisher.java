package dev.windlass.pipelines.run;

import dev.windlass.model.Issue;
import dev.windlass.model.Result;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.subst.PipelineSubstitution;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Ends a run: its final condition (a TaskRun's is its TaskRun's), completion time and results, saved. */
final class RunFinisher {

    private final PreparedRun run;
    private final RunServices services;
    private final RunStateWriter writer;

    RunFinisher(PreparedRun run, RunServices services, RunStateWriter writer) {
        this.run = run;
        this.services = services;
        this.writer = writer;
    }

    RunState finish(Condition condition, Instant now) {
        RunState state = writer.state();
        Condition end = condition;
        Map<String, ParamValue> results = Map.of();
        if (run.taskRun()) {
            Optional<ChildRun> only = state.children().stream().findFirst();
            end = only.map(ChildRun::condition).filter(Condition::isDone).orElse(
                    new Condition("False", ChildStatuses.CANCELLED, "TaskRun \"" + run.name() + "\" was cancelled"));
            results = only.map(ChildRun::results).orElse(Map.of());
        } else if (!run.spec().results().isEmpty()) {
            Result<Map<String, ParamValue>> computed = PipelineSubstitution.pipelineResults(run.spec().results(),
                    ChildStatuses.succeededResults(state.children()), run.object());
            computed.issues().stream().map(Issue::format).forEach(services.listener()::note);
            results = computed.value() == null ? Map.of() : computed.value();
        }
        writer.set(new RunState(state.object(), end, state.started(), Optional.of(now), state.children(),
                state.skipped(), results));
        writer.flush();
        return writer.state();
    }
}
