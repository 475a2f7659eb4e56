package dev.windlass.pipelines.subst;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.ResultSpec;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.WorkspaceDeclaration;
import java.util.ArrayList;
import java.util.List;

/** The tables of a task's non-param variables, one per Tekton pass. */
final class TaskVariables {

    private TaskVariables() {
    }

    static Replacements context(TaskContext.RunNames names, int retryCount) {
        return Replacements.builder()
                .string("context.taskRun.name", orEmpty(names.taskRunName()))
                .string("context.taskRun.namespace", orEmpty(names.taskRunNamespace()))
                .string("context.taskRun.uid", orEmpty(names.taskRunUid()))
                .string("context.task.name", orEmpty(names.taskName()))
                .string("context.task.retry-count", Integer.toString(retryCount))
                .build();
    }

    static Replacements resultPaths(TaskSpec spec, String resultsDir) {
        Replacements.Builder table = Replacements.builder();
        for (ResultSpec result : spec.results()) {
            String path = join(resultsDir, result.name());
            for (String key : Replacements.Builder.spellings("results", result.name())) {
                table.string(key + ".path", path);
            }
        }
        return table.build();
    }

    static Replacements stepResultPaths(MapNode step, int index, TaskContext context) {
        Replacements.Builder table = Replacements.builder();
        String dir = join(join(context.stepsDir(), TaskTree.stepDirName(step, index)), "results");
        for (String name : TaskTree.stepResults(step)) {
            for (String key : Replacements.Builder.spellings("step.results", name)) {
                table.string(key + ".path", join(dir, name));
            }
        }
        return table.build();
    }

    static Replacements exitCodePaths(MapNode spec, String stepsDir) {
        Replacements.Builder table = Replacements.builder();
        List<Node> steps = spec.getList("steps").map(list -> list.items()).orElse(List.of());
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof MapNode step) {
                String dir = TaskTree.stepDirName(step, i);
                table.string("steps." + dir + ".exitCode.path", join(join(stepsDir, dir), "exitCode"));
            }
        }
        return table.build();
    }

    static Replacements workspaces(TaskSpec spec, TaskContext context) {
        Replacements.Builder table = Replacements.builder();
        for (WorkspaceDeclaration declared : spec.workspaces()) {
            String prefix = "workspaces." + declared.name() + ".";
            TaskContext.WorkspacePath bound = context.workspaces().get(declared.name());
            if (bound == null) {
                table.string(prefix + "bound", "false").string(prefix + "path", "");
                continue;
            }
            table.string(prefix + "bound", "true").string(prefix + "path", orEmpty(bound.path()))
                    .string(prefix + "claim", orEmpty(bound.claim()));
            if (bound.volume() != null) {
                table.string(prefix + "volume", bound.volume());
            }
        }
        return table.build();
    }

    static List<Issue> unboundWorkspaces(TaskSpec spec, TaskContext context, KubeObject owner, FieldPath specAt) {
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < spec.workspaces().size(); i++) {
            WorkspaceDeclaration declared = spec.workspaces().get(i);
            if (!declared.optional() && !context.workspaces().containsKey(declared.name())) {
                issues.add(Issue.error(SubstCodes.WORKSPACE_UNBOUND, owner.locate(specAt.key("workspaces").index(i)), "workspace \""
                        + declared.name() + "\" is required but not bound; bind it in the run's spec.workspaces"
                        + " or declare it optional: true"));
            }
        }
        return issues;
    }

    static Replacements credentials(String path) {
        return path == null ? Replacements.empty()
                : Replacements.builder().string("credentials.path", path).build();
    }

    static String join(String dir, String name) {
        if (dir == null || dir.isEmpty()) {
            return name;
        }
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
