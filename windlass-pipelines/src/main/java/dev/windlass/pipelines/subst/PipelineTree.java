package dev.windlass.pipelines.subst;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import dev.windlass.pipelines.model.ParamValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where Tekton substitutes inside a pipeline task: its params (a value that is exactly a whole
 * array or object reference takes that shape), matrix, when guards, taskRef name and params,
 * displayName (not for a matrixed task, as Tekton), workspace subPaths, onError, and, for pipeline
 * params only, the embedded taskSpec, where a param the pipeline task passes itself wins over the
 * pipeline's param of the same name (Tekton's propagated params).
 */
final class PipelineTree {

    /** Which parts a stage substitutes. */
    enum Stage {
        PARAMS(false, "params", "matrix", "when", "taskRef", "displayName", "workspaces", "onError", "taskSpec"),
        CONTEXT(true, "params", "matrix", "when", "taskRef", "displayName", "workspaces", "onError", "taskSpec"),
        RESULTS(true, "params", "matrix", "when", "taskRef", "displayName", "workspaces"),
        STATUSES(true, "params", "when", "taskRef", "displayName"),
        TASK_CONTEXT(true, "params", "matrix", "displayName");

        private final boolean displayNameWhenMatrixed;
        private final Set<String> parts;

        Stage(boolean displayNameWhenMatrixed, String... parts) {
            this.displayNameWhenMatrixed = displayNameWhenMatrixed;
            this.parts = Set.of(parts);
        }
    }

    private final KubeObject owner;
    private final List<Issue> issues = new ArrayList<>();

    PipelineTree(KubeObject owner) {
        this.owner = owner;
    }

    List<Issue> issues() {
        return List.copyOf(issues);
    }

    MapNode rewrite(MapNode task, Replacements table, Stage stage, FieldPath at) {
        MapNode out = task;
        for (String part : List.of("params", "matrix")) {
            out = part(out, part, stage, at, node -> Substitution.apply(node, table));
        }
        out = part(out, "when", stage, at, node -> WhenGuards.apply(node, table));
        if (stage.displayNameWhenMatrixed || !task.containsKey("matrix")) {
            out = part(out, "displayName", stage, at, node -> Substitution.apply(node, table));
        }
        out = part(out, "onError", stage, at, node -> Substitution.apply(node, table));
        out = part(out, "taskRef", stage, at, node -> taskRef(node, table));
        out = part(out, "workspaces", stage, at, node -> subPaths(node, table));
        if (stage.parts.contains("taskSpec") && out.get("taskSpec").orElse(null) instanceof MapNode spec) {
            TaskTree tree = new TaskTree(owner, at.key("taskSpec"));
            out = out.with("taskSpec", tree.apply(spec, scoped(table, out)));
            issues.addAll(tree.issues());
        }
        return out;
    }

    private MapNode part(MapNode task, String key, Stage stage, FieldPath at,
            java.util.function.UnaryOperator<Node> change) {
        Optional<Node> value = task.get(key);
        if (value.isEmpty() || !stage.parts.contains(key)) {
            return task;
        }
        try {
            return task.with(key, change.apply(value.get()));
        } catch (SubstitutionException wrong) {
            FieldPath where = at.key(key);
            issues.add(Issue.error(SubstCodes.SUBSTITUTION, owner.locate(where), where + ": " + wrong.getMessage()));
            return task;
        }
    }

    private static Node taskRef(Node ref, Replacements table) {
        if (!(ref instanceof MapNode map)) {
            return ref;
        }
        MapNode out = map;
        for (String key : List.of("name", "params")) {
            Optional<Node> value = map.get(key);
            if (value.isPresent()) {
                out = out.with(key, Substitution.apply(value.get(), table));
            }
        }
        return out;
    }

    private static Node subPaths(Node workspaces, Replacements table) {
        if (!(workspaces instanceof ListNode list)) {
            return workspaces;
        }
        List<Node> out = new ArrayList<>();
        for (Node item : list.items()) {
            out.add(item instanceof MapNode map && map.get("subPath").isPresent()
                    ? map.with("subPath", Substitution.apply(map.get("subPath").get(), table)) : item);
        }
        return new ListNode(out);
    }

    /**
     * The table an embedded taskSpec sees: the pipeline's, with the params the pipeline task passes
     * itself winning over pipeline params of the same name. An object passed in part keeps the
     * pipeline's other keys ({@code $(params.obj.other)}), as Tekton does.
     */
    static Replacements scoped(Replacements table, MapNode task) {
        Replacements.Builder scoped = table.toBuilder();
        for (Node item : task.getList("params").map(ListNode::items).orElse(List.of())) {
            if (!(item instanceof MapNode param) || param.getText("name").isEmpty()) {
                continue;
            }
            String name = param.getText("name").get();
            String key = TaskParams.PARAMS + "." + name;
            boolean known = table.string(key).isPresent() || table.array(key).isPresent()
                    || table.object(key).isPresent();
            Optional<ParamValue> value = param.get("value").flatMap(PipelineTree::value);
            if (!known || value.isEmpty()) {
                continue;
            }
            if (!(table.object(key).isPresent() && value.get() instanceof ParamValue.Obj)) {
                scoped.remove(TaskParams.PARAMS, name);
            }
            scoped.param(TaskParams.PARAMS, name, value.get());
        }
        return scoped.build();
    }

    /** A param value written in YAML: a scalar, a list of scalars or a map of scalars. */
    static Optional<ParamValue> value(Node node) {
        if (node instanceof ListNode list) {
            return Optional.of(ParamValue.of(list.items().stream().map(PipelineTree::text).toList()));
        }
        if (node instanceof MapNode map) {
            Map<String, String> values = new LinkedHashMap<>();
            map.asJavaMap().forEach((key, item) -> values.put(key, text(item)));
            return Optional.of(ParamValue.of(values));
        }
        return Optional.of(ParamValue.of(text(node)));
    }

    private static String text(Node node) {
        if (node instanceof StringNode string) {
            return string.value();
        }
        return dev.windlass.model.codec.YamlWriter.write(node).strip();
    }
}
