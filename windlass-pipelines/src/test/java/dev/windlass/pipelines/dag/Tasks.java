package dev.windlass.pipelines.dag;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import dev.windlass.pipelines.model.Matrix;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.PipelineSpec;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.WhenExpression;
import dev.windlass.pipelines.model.WorkspacePipelineTaskBinding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Builds pipeline tasks and specs for tests, keeping {@code raw} in step with the typed fields. */
public final class Tasks {

    private final String name;
    private final List<String> runAfter = new ArrayList<>();
    private final List<Param> params = new ArrayList<>();
    private final List<WhenExpression> when = new ArrayList<>();
    private final List<WorkspacePipelineTaskBinding> workspaces = new ArrayList<>();
    private Optional<TaskSpec> taskSpec = Optional.empty();
    private Optional<Matrix> matrix = Optional.empty();
    private Optional<Duration> timeout = Optional.empty();
    private int retries;

    private Tasks(String name) {
        this.name = name;
    }

    public static Tasks task(String name) {
        return new Tasks(name);
    }

    public Tasks after(String... names) {
        runAfter.addAll(Arrays.asList(names));
        return this;
    }

    public Tasks param(String key, String value) {
        params.add(new Param(key, ParamValue.of(value)));
        return this;
    }

    public Tasks when(WhenExpression expression) {
        when.add(expression);
        return this;
    }

    public Tasks workspace(String name, String workspace, String subPath) {
        workspaces.add(new WorkspacePipelineTaskBinding(name, workspace, subPath));
        return this;
    }

    public Tasks spec(TaskSpec spec) {
        taskSpec = Optional.of(spec);
        return this;
    }

    public Tasks matrix(Matrix value) {
        matrix = Optional.of(value);
        return this;
    }

    public Tasks retries(int count) {
        retries = count;
        return this;
    }

    public Tasks timeout(Duration value) {
        timeout = Optional.of(value);
        return this;
    }

    public PipelineTask build() {
        MapNode.Builder raw = MapNode.builder().put("name", new StringNode(name));
        if (!runAfter.isEmpty()) {
            raw.put("runAfter", strings(runAfter));
        }
        List<Node> ps = new ArrayList<>();
        params.forEach(p -> ps.add(MapNode.of("name", p.name(), "value", ((ParamValue.Str) p.value()).value())));
        if (!ps.isEmpty()) {
            raw.put("params", new ListNode(ps));
        }
        List<Node> ws = new ArrayList<>();
        when.forEach(w -> ws.add(MapNode.of("input", w.input(), "values", strings(w.values()))));
        if (!ws.isEmpty()) {
            raw.put("when", new ListNode(ws));
        }
        return new PipelineTask(name, "", Optional.empty(), taskSpec, params, workspaces, runAfter, when, retries,
                timeout, matrix, raw.build());
    }

    public static WhenExpression in(String input, String... values) {
        return new WhenExpression(input, dev.windlass.pipelines.model.WhenOperator.IN, List.of(values), Optional.empty());
    }

    public static PipelineSpec pipeline(List<PipelineTask> tasks, List<PipelineTask> finallyTasks) {
        return new PipelineSpec("", "", List.of(), List.of(), tasks, finallyTasks, List.of(), MapNode.empty());
    }

    public static Dag dag(List<PipelineTask> tasks, List<PipelineTask> finallyTasks) {
        return Dag.build(pipeline(tasks, finallyTasks)).value();
    }

    private static ListNode strings(List<String> values) {
        return new ListNode(values.stream().map(v -> (Node) new StringNode(v)).toList());
    }
}
