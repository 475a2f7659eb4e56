package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Tekton's rules for one pipeline task on its own (its ref or spec, guards, matrix, retries ...). */
final class PipelineTaskRules {

    /** A value that is one whole reference, as a matrix param may be instead of a literal array. */
    private static final Pattern WHOLE_REFERENCE = Pattern.compile("\\$\\([^()]+\\)");

    private final Reading reading;

    PipelineTaskRules(Reading reading) {
        this.reading = reading;
    }

    void task(PipelineTask task, FieldPath at) {
        refOrSpec(task, at);
        if (task.retries() < 0) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("retries"), "invalid value: " + task.retries()
                    + " should be >= 0; give the number of retries, or leave retries out");
        }
        task.timeout().filter(d -> d.isNegative()).ifPresent(d -> reading.error(
                ModelCodes.INVALID_FIELD, at.key("timeout"), "invalid value: " + GoDuration.format(d)
                        + " should be >= 0; use 0 for no timeout"));
        onError(task, at);
        new ParamRules(reading).values(task.params(), at.key("params"));
        when(task, at);
        task.matrix().ifPresent(matrix -> matrix(task, matrix, at.key("matrix")));
        Names.unique(reading, task.workspaces(), WorkspacePipelineTaskBinding::name, at.key("workspaces"),
                "workspace");
    }

    private void refOrSpec(PipelineTask task, FieldPath at) {
        for (String nested : List.of("pipelineRef", "pipelineSpec")) {
            if (task.raw().containsKey(nested)) {
                reading.error(ModelCodes.UNSUPPORTED, at.key(nested), nested + " in a pipeline task (Pipelines in"
                        + " Pipelines, alpha) is not supported; run the child Pipeline's tasks in this Pipeline");
            }
        }
        if (task.taskRef().isPresent() && task.taskSpec().isPresent()) {
            reading.error(ModelCodes.ONE_OF, at, "expected exactly one, got multiple: taskRef, taskSpec; keep"
                    + " either the reference or the embedded spec");
        } else if (task.taskRef().isEmpty() && task.taskSpec().isEmpty() && !task.raw().containsKey("pipelineRef")
                && !task.raw().containsKey("pipelineSpec")) {
            reading.error(ModelCodes.ONE_OF, at, "expected exactly one, got neither: taskRef, taskSpec; say which"
                    + " Task to run (taskRef) or embed it (taskSpec)");
        }
        task.taskRef().ifPresent(ref -> new RefRules(reading).ref(ref.name(), ref.resolver(), ref.params(),
                at.key("taskRef")));
        task.taskSpec().ifPresent(spec -> new TaskRules(reading).taskSpec(spec, at.key("taskSpec")));
    }

    private void onError(PipelineTask task, FieldPath at) {
        String onError = task.raw().getText("onError").orElse("");
        if (onError.isEmpty() || onError.startsWith("$(params.")) {
            return;
        }
        if (!onError.equals("continue") && !onError.equals("stopAndFail")) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("onError"), "invalid value: " + onError
                    + "; PipelineTask OnError must be either \"continue\" or \"stopAndFail\"");
        } else if (onError.equals("continue") && task.retries() > 0) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("onError"), "PipelineTask OnError cannot be set to"
                    + " \"continue\" when Retries is greater than 0; drop retries or onError");
        }
    }

    private void when(PipelineTask task, FieldPath at) {
        List<WhenExpression> when = task.when();
        for (int i = 0; i < when.size(); i++) {
            FieldPath here = at.key("when").index(i);
            int index = i;
            MapNode raw = task.raw().getList("when").flatMap(l -> l.get(index))
                    .flatMap(Node::asMap).orElse(MapNode.empty());
            WhenExpression expression = when.get(i);
            if (expression.cel().isPresent()) {
                if (!expression.input().isEmpty() || raw.containsKey("operator") || !expression.values().isEmpty()) {
                    reading.error(ModelCodes.INVALID_FIELD, here, "cel and input+operator+values cannot be set in"
                            + " one WhenExpression; write either a cel expression or input, operator and values");
                } else {
                    CelCheck.problem(expression.cel().get()).ifPresent(problem -> reading.error(
                            ModelCodes.INVALID_FIELD, here.key("cel"), "invalid cel expression: "
                                    + expression.cel().get() + " with err: " + problem + "; put $(…) references"
                                    + " inside quotes, e.g. \"'$(params.branch)' == 'main'\""));
                }
                continue;
            }
            if (raw.isEmpty()) {
                reading.error(ModelCodes.MISSING_FIELD, here, "missing field(s): when[" + i + "]; give input,"
                        + " operator and values (or cel)");
            } else if (expression.values().isEmpty()) {
                reading.error(ModelCodes.INVALID_FIELD, here.key("values"), "invalid value: expecting non-empty"
                        + " values field; list the values input is compared with");
            }
        }
    }

    private void matrix(PipelineTask task, Matrix matrix, FieldPath at) {
        long combinations = MatrixCount.combinations(matrix);
        if (combinations > MatrixCount.DEFAULT_MAX) {
            reading.error(ModelCodes.INVALID_FIELD, at, "expected 0 <= " + combinations + " <= "
                    + MatrixCount.DEFAULT_MAX + "; a matrix may fan out to at most " + MatrixCount.DEFAULT_MAX
                    + " TaskRuns (default-max-matrix-combinations-count), split it over several pipeline tasks");
        }
        ParamRules params = new ParamRules(reading);
        params.values(matrix.params(), at.key("params"));
        for (int i = 0; i < matrix.params().size(); i++) {
            Param param = matrix.params().get(i);
            if (param.value() instanceof ParamValue.Str str && !WHOLE_REFERENCE.matcher(str.value()).matches()) {
                reading.error(ModelCodes.INVALID_FIELD, at.key("params").index(i).key("value"), "matrix param \""
                        + param.name() + "\" must be an array (a YAML list, or a reference to an array such as"
                        + " $(params.x[*])), not the string \"" + str.value() + "\"");
            } else if (param.value() instanceof ParamValue.Obj) {
                reading.error(ModelCodes.INVALID_FIELD, at.key("params").index(i).key("value"), "matrix param \""
                        + param.name() + "\" must be an array, not an object");
            }
        }
        Set<String> matrixNames = new HashSet<>();
        matrix.params().forEach(p -> matrixNames.add(p.name()));
        for (int i = 0; i < matrix.include().size(); i++) {
            MatrixInclude include = matrix.include().get(i);
            params.values(include.params(), at.key("include").index(i).key("params"));
            include.params().forEach(p -> matrixNames.add(p.name()));
        }
        for (int i = 0; i < task.params().size(); i++) {
            String name = task.params().get(i).name();
            if (matrixNames.contains(name)) {
                reading.error(ModelCodes.ONE_OF, at.parent().key("params").index(i), "expected exactly one, got"
                        + " both: matrix[" + name + "], params[" + name + "]; give " + name + " either as a"
                        + " matrix param or as a plain param");
            }
        }
    }

    /** The pipeline tasks whose results {@code task} (at {@code at}) reads in params, guards and matrix. */
    static Map<String, FieldPath> resultSources(PipelineTask task, FieldPath at) {
        Map<String, FieldPath> out = new LinkedHashMap<>();
        for (String key : List.of("params", "when", "matrix")) {
            task.raw().get(key).ifPresent(n -> References.find(n, at.key(key), "tasks").forEach(out::putIfAbsent));
        }
        return out;
    }
}
