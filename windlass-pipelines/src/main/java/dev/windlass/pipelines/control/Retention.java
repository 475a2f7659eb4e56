package dev.windlass.pipelines.control;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.run.RunState;
import dev.windlass.pipelines.store.PrunableRunStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a run history bounded: for each pipeline (PipelineRuns) or task (TaskRuns) the newest
 * {@code keep} finished runs stay and older finished ones are deleted. A run that has not finished
 * is never deleted, however old (the problem tektoncd/pipeline#2332 describes for pruning by count).
 */
public final class Retention {

    private Retention() {
    }

    /** Deletes the oldest finished runs beyond {@code keep} per pipeline or task and returns them. */
    public static List<RunState> prune(PrunableRunStore store, int keep) {
        if (keep < 0) {
            throw new IllegalArgumentException("keep must be 0 or more, was " + keep);
        }
        Map<String, Integer> kept = new HashMap<>();
        List<RunState> deleted = new ArrayList<>();
        for (RunState state : store.list()) {
            if (!state.condition().isDone()) {
                continue;
            }
            int count = kept.merge(group(state.object()), 1, Integer::sum);
            if (count > keep) {
                store.delete(state.namespace(), state.name());
                deleted.add(state);
            }
        }
        return deleted;
    }

    /**
     * What runs are counted together: the kind and namespace, and the pipeline (or task) they run:
     * its {@code tekton.dev/pipeline} ({@code tekton.dev/task}) label, else the referenced name, else
     * the {@code generateName} prefix or name of an embedded spec's run.
     */
    static String group(KubeObject run) {
        boolean taskRun = "TaskRun".equals(run.kind());
        String label = taskRun ? "tekton.dev/task" : "tekton.dev/pipeline";
        String refField = taskRun ? "taskRef" : "pipelineRef";
        String target = run.label(label)
                .or(() -> text(run, FieldPath.of("spec", refField, "name")))
                .or(() -> Optional.of(run.generateName()).filter(s -> !s.isEmpty()))
                .orElse(run.name());
        return run.kind() + "/" + run.namespace() + "/" + target;
    }

    static Optional<String> text(KubeObject run, FieldPath path) {
        return run.field(path).flatMap(Node::asText).filter(s -> !s.isEmpty());
    }
}
