package dev.windlass.pipelines.run;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.WorkspaceDeclaration;
import dev.windlass.pipelines.model.WorkspacePipelineTaskBinding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tekton's propagated workspaces for embedded task specs: a workspace the steps, sidecars or step
 * template use ({@code $(workspaces.w.path)}) without declaring it is bound from the pipeline
 * workspace of that name, and declared on the task when the run binds it.
 */
final class WorkspacePropagation {

    private static final Pattern USE = Pattern.compile("\\$\\(workspaces\\.([^.)\\s]+)\\.");

    private WorkspacePropagation() {
    }

    /** The pipeline task with a binding added for each workspace its embedded spec uses but does not map. */
    static PipelineTask bindings(PipelineTask task, TaskSpec spec) {
        Set<String> mapped = new LinkedHashSet<>();
        task.workspaces().forEach(w -> mapped.add(w.name()));
        List<WorkspacePipelineTaskBinding> all = new ArrayList<>(task.workspaces());
        for (String name : used(spec)) {
            if (!mapped.contains(name)) {
                all.add(new WorkspacePipelineTaskBinding(name, "", ""));
            }
        }
        if (all.size() == task.workspaces().size()) {
            return task;
        }
        return new PipelineTask(task.name(), task.displayName(), task.taskRef(), task.taskSpec(), task.params(), all,
                task.runAfter(), task.when(), task.retries(), task.timeout(), task.matrix(), task.raw());
    }

    /** The spec with a declaration added for each used, bound and undeclared workspace. */
    static TaskSpec declarations(TaskSpec spec, Set<String> bound) {
        Set<String> declared = new LinkedHashSet<>();
        spec.workspaces().forEach(w -> declared.add(w.name()));
        List<WorkspaceDeclaration> all = new ArrayList<>(spec.workspaces());
        List<Node> raw = new ArrayList<>(spec.raw().getList("workspaces").map(ListNode::items).orElse(List.of()));
        for (String name : used(spec)) {
            if (bound.contains(name) && !declared.contains(name)) {
                all.add(new WorkspaceDeclaration(name, "", "", false, false));
                raw.add(MapNode.of("name", name));
            }
        }
        if (all.size() == spec.workspaces().size()) {
            return spec;
        }
        return new TaskSpec(spec.displayName(), spec.description(), spec.params(), spec.results(), all, spec.steps(),
                spec.sidecars(), spec.stepTemplate(), spec.volumes(), spec.raw().with("workspaces", new ListNode(raw)));
    }

    /** Workspace names used in the steps, sidecars and step template. */
    static Set<String> used(TaskSpec spec) {
        Set<String> out = new LinkedHashSet<>();
        for (String key : List.of("steps", "sidecars", "stepTemplate")) {
            spec.raw().get(key).ifPresent(node -> collect(node, out));
        }
        return out;
    }

    private static void collect(Node node, Set<String> out) {
        if (node instanceof StringNode text) {
            Matcher m = USE.matcher(text.value());
            while (m.find()) {
                out.add(m.group(1));
            }
        } else if (node instanceof MapNode map) {
            map.asJavaMap().values().forEach(v -> collect(v, out));
        } else if (node instanceof ListNode list) {
            list.items().forEach(v -> collect(v, out));
        }
    }
}
