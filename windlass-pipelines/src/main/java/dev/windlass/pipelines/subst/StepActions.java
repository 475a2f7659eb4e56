package dev.windlass.pipelines.subst;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.StepAction;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.TektonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Inlines StepActions as Tekton does before it makes the Pod: a step with {@code ref} takes the
 * StepAction's image, command, args, script, env, workingDir, securityContext, volumeMounts and
 * results, with the StepAction's {@code $(params.*)} filled from the step's {@code params} (else the
 * StepAction's defaults); the step keeps its name and its own fields (onError, timeout,
 * workspaces, computeResources ...). A step param that passes a whole earlier step result
 * ({@code $(steps.s.results.r[*])}) is forwarded as that reference, element by element and key by
 * key, for the executor to fill when step s has run. Values that refer to the task's own params
 * ({@code $(params.x)}) stay for {@link TaskSubstitution}; call this before or after it.
 */
public final class StepActions {

    private static final List<String> NOT_WITH_REF = List.of("image", "command", "args", "script", "env", "volumeMounts");

    private StepActions() {
    }

    /** Finds a StepAction by name (in the given files, a catalog, or on the cluster). */
    @FunctionalInterface
    public interface Lookup {
        Optional<StepAction> find(String name);
    }

    /** The spec with every {@code ref} step inlined and read again; issues are located under {@code specAt}. */
    public static Result<TaskSpec> inline(TaskSpec spec, Lookup lookup, KubeObject owner, FieldPath specAt) {
        Result<MapNode> tree = inlineTree(spec.raw(), lookup, owner, specAt);
        if (tree.hasErrors() || tree.value() == spec.raw()) {
            return Result.of(spec, tree.issues());
        }
        return TektonReader.taskSpec(tree.value(), owner, specAt).withIssues(tree.issues());
    }

    /** {@link #inline} on the spec's tree, not read again (the same tree when no step has a ref). */
    public static Result<MapNode> inlineTree(MapNode spec, Lookup lookup, KubeObject owner, FieldPath specAt) {
        Optional<ListNode> steps = spec.getList("steps");
        if (steps.isEmpty() || steps.get().items().stream().noneMatch(StepActions::hasRef)) {
            return Result.of(spec, List.of());
        }
        List<Issue> issues = new ArrayList<>();
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < steps.get().size(); i++) {
            Node step = steps.get().items().get(i);
            FieldPath at = specAt.key("steps").index(i);
            out.add(hasRef(step) ? inlineStep((MapNode) step, lookup, owner, at, issues) : step);
        }
        return Result.of(spec.with("steps", new ListNode(out)), issues);
    }

    private static boolean hasRef(Node step) {
        return step instanceof MapNode map && map.containsKey("ref");
    }

    private static Node inlineStep(MapNode step, Lookup lookup, KubeObject owner, FieldPath at, List<Issue> issues) {
        for (String field : NOT_WITH_REF) {
            if (step.containsKey(field)) {
                issues.add(Issue.error(SubstCodes.STEP_ACTION, owner.locate(at.key(field)), field + " cannot be used with ref: the"
                        + " StepAction provides it; remove it from the step or drop the ref"));
            }
        }
        Optional<String> name = step.getMap("ref").flatMap(ref -> ref.getText("name"));
        if (name.isEmpty()) {
            issues.add(Issue.error(SubstCodes.STEP_ACTION, owner.locate(at.key("ref")), "the step's ref has no name; resolver refs"
                    + " must be resolved first, then give the StepAction's name"));
            return step;
        }
        Optional<StepAction> action = lookup.find(name.get());
        if (action.isEmpty()) {
            issues.add(Issue.error(SubstCodes.STEP_ACTION, owner.locate(at.key("ref")), "StepAction \"" + name.get()
                    + "\" was not found; add it to the files or the cluster, or fix the name"));
            return step;
        }
        Result<MapNode> body = StepActionParams.apply(action.get(), step, owner, at);
        issues.addAll(body.issues());
        return body.hasErrors() ? step : merge(step, body.value());
    }

    private static MapNode merge(MapNode step, MapNode body) {
        MapNode.Builder out = MapNode.builder();
        step.get("name").ifPresent(name -> out.put("name", name));
        for (String field : List.of("image", "command", "args", "script", "workingDir", "env", "volumeMounts",
                "securityContext", "results")) {
            Optional<Node> value = body.get(field);
            boolean empty = value.isEmpty() || value.get() instanceof ListNode list && list.isEmpty();
            if (!empty) {
                out.put(field, value.get());
            }
        }
        step.asJavaMap().forEach((key, value) -> {
            if (!key.equals("ref") && !key.equals("params") && !out.containsKey(key)) {
                out.put(key, value);
            }
        });
        return out.build();
    }
}
