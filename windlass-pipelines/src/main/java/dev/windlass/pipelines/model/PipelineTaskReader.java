package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one entry of a pipeline's {@code tasks} or {@code finally}. */
final class PipelineTaskReader {

    private static final Set<String> PIPELINE_TASK = Set.of("name", "displayName", "description", "taskRef",
            "taskSpec", "params", "workspaces", "runAfter", "when", "retries", "timeout", "matrix", "onError",
            "pipelineRef", "pipelineSpec");
    private static final Set<String> TASK_REF = Set.of("name", "kind", "apiVersion", "resolver", "params", "bundle");
    private static final Set<String> WHEN = Set.of("input", "operator", "values", "cel");

    private final Reading reading;
    private final ParamReader params;

    PipelineTaskReader(Reading reading) {
        this.reading = reading;
        this.params = new ParamReader(reading);
    }

    PipelineTask read(MapNode node, FieldPath at) {
        reading.unknownFields(node.without("resources"), at, PIPELINE_TASK);
        if (node.containsKey("resources")) {
            Unsupported.pipelineResources(reading, at.key("resources"));
        }
        Optional<TaskRef> taskRef = reading.map(node, "taskRef", at).map(r -> taskRef(r, at.key("taskRef")));
        Optional<TaskSpec> taskSpec = reading.map(node, "taskSpec", at)
                .map(s -> new TaskSpecReader(reading).read(s, at.key("taskSpec"), true));
        return new PipelineTask(reading.text(node, "name", at), reading.text(node, "displayName", at), taskRef,
                taskSpec, params.params(node, at), workspaces(node, at), reading.strings(node, "runAfter", at),
                when(node, at), reading.integer(node, "retries", at), reading.duration(node, "timeout", at),
                reading.map(node, "matrix", at).map(m -> matrix(m, at.key("matrix"))), node);
    }

    /** A {@code taskRef} (of a pipeline task or a TaskRun). */
    TaskRef taskRef(MapNode node, FieldPath at) {
        reading.unknownFields(node, at, TASK_REF);
        if (node.containsKey("bundle")) {
            reading.error(ModelCodes.UNSUPPORTED, at.key("bundle"), "taskRef.bundle was removed from Tekton;"
                    + " use resolver: bundles with params bundle, name and kind");
        }
        String kindText = reading.text(node, "kind", at);
        TaskKind kind = TaskKind.TASK;
        if (kindText.equals(TaskKind.CLUSTER_TASK.text())) {
            kind = TaskKind.CLUSTER_TASK;
        } else if (!kindText.isEmpty() && !kindText.equals(TaskKind.TASK.text())) {
            reading.error(ModelCodes.UNSUPPORTED, at.key("kind"), "custom task kind \"" + kindText
                    + "\" cannot be run by Windlass; reference a Task or ClusterTask");
        }
        return new TaskRef(reading.text(node, "name", at), kind, reading.text(node, "apiVersion", at),
                reading.optText(node, "resolver", at).filter(r -> !r.isEmpty()), params.params(node, at));
    }

    private List<WorkspacePipelineTaskBinding> workspaces(MapNode node, FieldPath at) {
        List<WorkspacePipelineTaskBinding> out = new ArrayList<>();
        List<MapNode> items = reading.maps(node, "workspaces", at);
        for (int i = 0; i < items.size(); i++) {
            FieldPath here = at.key("workspaces").index(i);
            MapNode item = items.get(i);
            reading.unknownFields(item, here, Set.of("name", "workspace", "subPath"));
            out.add(new WorkspacePipelineTaskBinding(reading.text(item, "name", here),
                    reading.text(item, "workspace", here), reading.text(item, "subPath", here)));
        }
        return out;
    }

    private List<WhenExpression> when(MapNode node, FieldPath at) {
        List<WhenExpression> out = new ArrayList<>();
        List<MapNode> items = reading.maps(node, "when", at);
        for (int i = 0; i < items.size(); i++) {
            FieldPath here = at.key("when").index(i);
            MapNode item = items.get(i);
            reading.unknownFields(item, here, WHEN);
            out.add(new WhenExpression(reading.text(item, "input", here), operator(item, here),
                    reading.strings(item, "values", here), reading.optText(item, "cel", here)));
        }
        return out;
    }

    private WhenOperator operator(MapNode item, FieldPath at) {
        String text = reading.text(item, "operator", at);
        for (WhenOperator operator : WhenOperator.values()) {
            if (operator.text().equals(text)) {
                return operator;
            }
        }
        if (!text.isEmpty() || !item.containsKey("cel")) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("operator"), "invalid value: operator \"" + text
                    + "\" is not recognized. valid operators: in,notin");
        }
        return WhenOperator.IN;
    }

    private Matrix matrix(MapNode node, FieldPath at) {
        reading.unknownFields(node, at, Set.of("params", "include"));
        List<MatrixInclude> include = new ArrayList<>();
        List<MapNode> items = reading.maps(node, "include", at);
        for (int i = 0; i < items.size(); i++) {
            FieldPath here = at.key("include").index(i);
            reading.unknownFields(items.get(i), here, Set.of("name", "params"));
            include.add(new MatrixInclude(reading.text(items.get(i), "name", here), params.params(items.get(i), here)));
        }
        return new Matrix(params.params(node, at), include);
    }
}
