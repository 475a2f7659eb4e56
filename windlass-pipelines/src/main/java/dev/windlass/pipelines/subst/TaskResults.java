package dev.windlass.pipelines.subst;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.ResultSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Results of finished pipeline tasks as substitution tables, the check that every referenced
 * result was produced, and the pipeline's own results computed from them.
 */
final class TaskResults {

    private static final List<String> USES = List.of("params", "matrix", "when", "taskRef", "displayName", "workspaces");

    private TaskResults() {
    }

    /** {@code tasks.t.results.r} (and {@code finally.t.results.r}) in every shape. */
    static Replacements table(Map<String, Map<String, ParamValue>> results) {
        Replacements.Builder table = Replacements.builder();
        results.forEach((task, values) -> values.forEach((name, value) -> {
            table.param("tasks." + task + ".results", name, value);
            table.param("finally." + task + ".results", name, value);
        }));
        return table.build();
    }

    static List<Issue> missing(MapNode task, Map<String, Map<String, ParamValue>> results, KubeObject owner,
            FieldPath at) {
        List<Issue> issues = new ArrayList<>();
        String name = task.getText("name").orElse("");
        for (String part : USES) {
            Optional<Node> value = task.get(part);
            if (value.isEmpty()) {
                continue;
            }
            for (ResultRef ref : ResultRef.in(value.get())) {
                problem(ref, results).ifPresent(problem -> issues.add(Issue.error(SubstCodes.RESULT_MISSING,
                        owner.locate(at.key(part)), "pipeline task \"" + name + "\" uses " + problem)));
            }
        }
        return issues;
    }

    /** What is wrong with a reference, if it names a result that was not produced. */
    static Optional<String> problem(ResultRef ref, Map<String, Map<String, ParamValue>> results) {
        String shown = "$(tasks." + ref.pipelineTask() + ".results." + ref.result() + ref.selector().orElse("") + ")";
        Map<String, ParamValue> produced = results.get(ref.pipelineTask());
        if (produced == null || !produced.containsKey(ref.result())) {
            return Optional.of(shown + " but task \"" + ref.pipelineTask() + "\" did not produce result \""
                    + ref.result() + "\"; check that it runs first and writes that result");
        }
        ParamValue value = produced.get(ref.result());
        String selector = ref.selector().orElse("");
        if (selector.startsWith(".") && value instanceof ParamValue.Obj obj && !obj.values().containsKey(selector.substring(1))) {
            return Optional.of(shown + " but object result \"" + ref.result() + "\" has no key \""
                    + selector.substring(1) + "\"; it has " + obj.values().keySet());
        }
        return Optional.empty();
    }

    static Result<Map<String, ParamValue>> pipelineResults(List<ResultSpec> specs,
            Map<String, Map<String, ParamValue>> results, KubeObject owner) {
        Replacements table = table(results);
        FieldPath at = PipelinePaths.specAt(owner).key("results");
        Map<String, ParamValue> out = new LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ResultSpec spec = specs.get(i);
            if (spec.value().isEmpty()) {
                continue;
            }
            Node written = node(spec.value().get());
            Set<ResultRef> refs = ResultRef.in(finallyAsTasks(written));
            Optional<String> problem = refs.stream().map(ref -> problem(ref, results)).flatMap(Optional::stream)
                    .findFirst();
            if (problem.isPresent()) {
                issues.add(Issue.warning(SubstCodes.RESULT_MISSING, owner.locate(at.index(i)), "pipeline result \"" + spec.name()
                        + "\" is left out: it uses " + problem.get()));
                continue;
            }
            try {
                out.put(spec.name(), evaluate(spec.value().get(), table));
            } catch (SubstitutionException wrong) {
                issues.add(Issue.error(SubstCodes.SUBSTITUTION, owner.locate(at.index(i)), "pipeline result \""
                        + spec.name() + "\": " + wrong.getMessage()));
            }
        }
        return Result.of(out, issues);
    }

    private static ParamValue evaluate(ParamValue value, Replacements table) {
        if (value instanceof ParamValue.Str text) {
            Optional<List<String>> array = Substitution.wholeArray(text.value(), table);
            if (array.isPresent()) {
                return ParamValue.of(array.get());
            }
            Optional<Map<String, String>> object = Substitution.wholeObject(text.value(), table);
            return object.<ParamValue>map(ParamValue::of)
                    .orElseGet(() -> ParamValue.of(Substitution.apply(text.value(), table)));
        }
        Node substituted = Substitution.apply(node(value), table);
        return PipelineTree.value(substituted).orElse(value);
    }

    private static Node node(ParamValue value) {
        if (value instanceof ParamValue.Arr arr) {
            return new ListNode(arr.values().stream().<Node>map(StringNode::new).toList());
        }
        if (value instanceof ParamValue.Obj obj) {
            MapNode.Builder map = MapNode.builder();
            obj.values().forEach((key, text) -> map.put(key, new StringNode(text)));
            return map.build();
        }
        return new StringNode(((ParamValue.Str) value).value());
    }

    private static Node finallyAsTasks(Node node) {
        if (node instanceof StringNode text) {
            return new StringNode(text.value().replace("$(finally.", "$(tasks."));
        }
        if (node instanceof ListNode list) {
            return new ListNode(list.items().stream().map(TaskResults::finallyAsTasks).toList());
        }
        if (node instanceof MapNode map) {
            MapNode.Builder out = MapNode.builder();
            map.asJavaMap().forEach((key, item) -> out.put(key, finallyAsTasks(item)));
            return out.build();
        }
        return node;
    }
}
