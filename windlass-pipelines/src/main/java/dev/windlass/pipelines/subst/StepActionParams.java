package dev.windlass.pipelines.subst;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamSpec;
import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.StepAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A StepAction's step body with its params applied from a referencing step. */
final class StepActionParams {

    /** How many elements of an array forwarded from a step result can be indexed ({@code [i]}). */
    static final int FORWARDED_INDEXES = 100;
    private static final Set<String> BODY = Set.of("image", "command", "args", "script", "workingDir", "env",
            "volumeMounts", "securityContext", "results");

    private StepActionParams() {
    }

    static Result<MapNode> apply(StepAction action, MapNode step, KubeObject owner, FieldPath at) {
        List<Param> given = given(step);
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String name = given.get(i).name();
            if (action.params().stream().noneMatch(spec -> spec.name().equals(name))) {
                issues.add(Issue.error(SubstCodes.PARAM_EXTRA, owner.locate(at.key("params").index(i)), "param \"" + name
                        + "\" is not declared by StepAction \"" + action.name() + "\"; remove it or fix the name"));
            }
        }
        for (ParamSpec spec : action.params()) {
            if (spec.defaultValue().isEmpty() && ParamChecks.indexOf(given, spec.name()) < 0) {
                issues.add(Issue.error(SubstCodes.PARAM_MISSING, owner.locate(at.key("params")), "param \"" + spec.name()
                        + "\" of StepAction \"" + action.name() + "\" has no default and is not given; add it to the"
                        + " step's params"));
            }
        }
        if (!issues.isEmpty()) {
            return Result.of(step, issues);
        }
        Replacements table;
        try {
            table = forwardStepResults(PipelineParams.replacements(action.params(), given), action.params(), given);
        } catch (SubstitutionException wrong) {
            return Result.of(step, List.of(Issue.error(SubstCodes.PARAM_DEFAULT, owner.locate(at.key("ref")), "StepAction \""
                    + action.name() + "\": " + wrong.getMessage())));
        }
        return body(action, table, owner, at);
    }

    private static Result<MapNode> body(StepAction action, Replacements table, KubeObject owner, FieldPath at) {
        MapNode.Builder out = MapNode.builder();
        List<Issue> issues = new ArrayList<>();
        for (var entry : action.step().container().asJavaMap().entrySet()) {
            if (!BODY.contains(entry.getKey())) {
                continue;
            }
            try {
                out.put(entry.getKey(), entry.getKey().equals("results")
                        ? entry.getValue() : Substitution.apply(entry.getValue(), table));
            } catch (SubstitutionException wrong) {
                issues.add(Issue.error(SubstCodes.SUBSTITUTION, owner.locate(at.key("ref")), "StepAction \"" + action.name()
                        + "\" " + entry.getKey() + ": " + wrong.getMessage()));
            }
        }
        return Result.of(out.build(), issues);
    }

    private static List<Param> given(MapNode step) {
        List<Param> out = new ArrayList<>();
        for (Node item : step.getList("params").map(ListNode::items).orElse(List.of())) {
            if (item instanceof MapNode param && param.getText("name").isPresent()) {
                Optional<ParamValue> value = param.get("value").flatMap(PipelineTree::value);
                out.add(new Param(param.getText("name").get(), value.orElse(ParamValue.of(""))));
            }
        }
        return out;
    }

    /** Params given a whole {@code $(steps.s.results.r)} reference forward it in every form. */
    private static Replacements forwardStepResults(Replacements table, List<ParamSpec> declared, List<Param> given) {
        Replacements.Builder out = table.toBuilder();
        for (ParamSpec spec : declared) {
            int index = ParamChecks.indexOf(given, spec.name());
            if (index < 0 || !(given.get(index).value() instanceof ParamValue.Str text)
                    || !text.value().startsWith("$(steps.")) {
                continue;
            }
            Optional<String> base = Substitution.wholeKey(text.value());
            if (base.isEmpty()) {
                continue;
            }
            forward(out, spec, base.get());
        }
        return out.build();
    }

    private static void forward(Replacements.Builder out, ParamSpec spec, String base) {
        for (String key : Replacements.Builder.spellings(TaskParams.PARAMS, spec.name())) {
            if (spec.type() == ParamType.ARRAY) {
                out.string(key, "$(" + base + ")").string(key + "[*]", "$(" + base + "[*])");
                for (int i = 0; i < FORWARDED_INDEXES; i++) {
                    out.string(key + "[" + i + "]", "$(" + base + "[" + i + "])");
                }
            } else if (spec.type() == ParamType.OBJECT) {
                out.string(key, "$(" + base + ")").string(key + "[*]", "$(" + base + "[*])");
            } else {
                out.string(key, "$(" + base + ")");
            }
        }
        if (spec.type() == ParamType.OBJECT) {
            spec.properties().keySet().forEach(property -> out.string(
                    TaskParams.PARAMS + "." + spec.name() + "." + property, "$(" + base + "." + property + ")"));
        }
    }
}
