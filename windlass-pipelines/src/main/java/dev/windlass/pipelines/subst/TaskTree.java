package dev.windlass.pipelines.subst;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Where Tekton substitutes inside a task spec: every field of each step and sidecar (name, image,
 * command, args, script, env, workingDir, volumeMounts, onError, when, step params ... but not
 * its {@code ref}, declared {@code results}, {@code workspaces} or {@code timeout}), the
 * {@code stepTemplate}, the {@code volumes} and each workspace's {@code mountPath}. Param
 * declarations, results and descriptions are left alone. A value that cannot go where it is used
 * becomes an issue located at that step, sidecar or volume.
 */
final class TaskTree {

    private static final Set<String> STEP_FIELDS_KEPT = Set.of("ref", "results", "workspaces", "timeout");

    private final KubeObject owner;
    private final FieldPath at;
    private final List<Issue> issues = new ArrayList<>();

    TaskTree(KubeObject owner, FieldPath at) {
        this.owner = owner;
        this.at = at;
    }

    List<Issue> issues() {
        return List.copyOf(issues);
    }

    /** The spec with {@code replacements} applied everywhere Tekton applies them. */
    MapNode apply(MapNode spec, Replacements replacements) {
        if (replacements.isEmpty()) {
            return spec;
        }
        MapNode out = perStep(spec, "steps", (index, step) -> replacements);
        out = perStep(out, "sidecars", (index, sidecar) -> replacements);
        out = rewrite(out, "stepTemplate", at.key("stepTemplate"), node -> Substitution.apply(node, replacements));
        out = eachOf(out, "volumes", (index, volume) -> substitute(volume, replacements, at.key("volumes").index(index)));
        return eachOf(out, "workspaces", (index, workspace) -> mountPath(workspace, replacements, index));
    }

    /** Each entry of {@code steps} or {@code sidecars} with the replacements chosen for it. */
    MapNode perStep(MapNode spec, String list, BiFunction<Integer, MapNode, Replacements> choose) {
        return eachOf(spec, list, (index, step) -> step instanceof MapNode map
                ? substituteStep(map, choose.apply(index, map), at.key(list).index(index)) : step);
    }

    private MapNode substituteStep(MapNode step, Replacements replacements, FieldPath where) {
        if (replacements.isEmpty()) {
            return step;
        }
        MapNode.Builder out = MapNode.builder();
        for (var entry : step.asJavaMap().entrySet()) {
            Node value = entry.getValue();
            FieldPath field = where.key(entry.getKey());
            if (STEP_FIELDS_KEPT.contains(entry.getKey())) {
                out.put(entry.getKey(), value);
            } else if (entry.getKey().equals("when")) {
                out.put(entry.getKey(), substitute(value, node -> WhenGuards.apply(node, replacements), field));
            } else {
                out.put(entry.getKey(), substitute(value, node -> Substitution.apply(node, replacements), field));
            }
        }
        return out.build();
    }

    private Node mountPath(Node workspace, Replacements replacements, int index) {
        if (!(workspace instanceof MapNode map) || map.getText("mountPath").isEmpty()) {
            return workspace;
        }
        FieldPath where = at.key("workspaces").index(index).key("mountPath");
        return map.with("mountPath", substitute(map.get("mountPath").get(), replacements, where));
    }

    Node substitute(Node node, Replacements replacements, FieldPath where) {
        return substitute(node, value -> Substitution.apply(value, replacements), where);
    }

    Node substitute(Node node, java.util.function.UnaryOperator<Node> change, FieldPath where) {
        try {
            return change.apply(node);
        } catch (SubstitutionException wrong) {
            issues.add(Issue.error(SubstCodes.SUBSTITUTION, owner.locate(where), where + ": " + wrong.getMessage()));
            return node;
        }
    }

    private MapNode rewrite(MapNode spec, String key, FieldPath where, java.util.function.UnaryOperator<Node> change) {
        Optional<Node> value = spec.get(key);
        if (value.isEmpty()) {
            return spec;
        }
        try {
            return spec.with(key, change.apply(value.get()));
        } catch (SubstitutionException wrong) {
            issues.add(Issue.error(SubstCodes.SUBSTITUTION, owner.locate(where), where + ": " + wrong.getMessage()));
            return spec;
        }
    }

    private static MapNode eachOf(MapNode spec, String key, BiFunction<Integer, Node, Node> change) {
        Optional<ListNode> list = spec.getList(key);
        if (list.isEmpty()) {
            return spec;
        }
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < list.get().size(); i++) {
            items.add(change.apply(i, list.get().items().get(i)));
        }
        return spec.with(key, new ListNode(items));
    }

    /** Tekton's name for the i-th step's container and directory: {@code step-<name>} or {@code step-unnamed-<i>}. */
    static String stepDirName(MapNode step, int index) {
        String name = step.getText("name").orElse("");
        return name.isEmpty() ? "step-unnamed-" + index : "step-" + name;
    }

    /** The names of the results a step declares. */
    static List<String> stepResults(MapNode step) {
        List<String> names = new ArrayList<>();
        step.getList("results").ifPresent(list -> list.items().forEach(item -> {
            if (item instanceof MapNode result) {
                result.getText("name").ifPresent(names::add);
            }
        }));
        return names;
    }
}
