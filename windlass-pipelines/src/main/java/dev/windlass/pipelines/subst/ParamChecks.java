package dev.windlass.pipelines.subst;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamSpec;
import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ParamValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tekton's checks of given params against declared ones, for a TaskRun or a PipelineRun: a param
 * without default must be given, the given shape must match the declared type, an object must
 * carry every declared property (from the value or the default), a string must be in the enum.
 * Params given but not declared are ignored, as Tekton does.
 */
final class ParamChecks {

    private ParamChecks() {
    }

    /** Every problem, located at {@code paramsAt} (or the given param's entry). */
    static List<Issue> check(String what, List<ParamSpec> declared, List<Param> given, KubeObject owner,
            FieldPath paramsAt) {
        List<Issue> issues = new ArrayList<>();
        for (ParamSpec spec : declared) {
            int index = indexOf(given, spec.name());
            if (index < 0) {
                if (spec.defaultValue().isEmpty()) {
                    issues.add(Issue.error(SubstCodes.PARAM_MISSING, owner.locate(paramsAt), "param \"" + spec.name() + "\" of "
                            + what + " has no default and is not given; add it to " + paramsAt));
                } else {
                    missingKeys(what, spec, Optional.empty(), owner, paramsAt).ifPresent(issues::add);
                }
                continue;
            }
            issues.addAll(checkGiven(what, spec, given.get(index).value(), owner, paramsAt.index(index)));
        }
        return issues;
    }

    private static List<Issue> checkGiven(String what, ParamSpec spec, ParamValue value, KubeObject owner,
            FieldPath at) {
        if (value.type() != spec.type()) {
            return List.of(Issue.error(SubstCodes.PARAM_TYPE, owner.locate(at), "param \"" + spec.name() + "\" of " + what
                    + " is declared " + spec.type().text() + " but given " + article(value.type())
                    + "; give it " + article(spec.type())));
        }
        List<Issue> issues = new ArrayList<>();
        missingKeys(what, spec, Optional.of(value), owner, at).ifPresent(issues::add);
        if (value instanceof ParamValue.Str text && !spec.enumValues().isEmpty()
                && !spec.enumValues().contains(text.value())) {
            issues.add(Issue.error(SubstCodes.PARAM_ENUM, owner.locate(at), "param \"" + spec.name() + "\" of " + what
                    + " is \"" + text.value() + "\", which is not in its enum " + spec.enumValues()
                    + "; give one of those values"));
        }
        return issues;
    }

    private static Optional<Issue> missingKeys(String what, ParamSpec spec, Optional<ParamValue> given,
            KubeObject owner, FieldPath at) {
        if (spec.type() != ParamType.OBJECT || spec.properties().isEmpty()) {
            return Optional.empty();
        }
        Set<String> provided = new LinkedHashSet<>();
        spec.defaultValue().ifPresent(value -> provided.addAll(keys(value)));
        given.ifPresent(value -> provided.addAll(keys(value)));
        if (given.isEmpty() && spec.defaultValue().isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = spec.properties().keySet().stream().filter(key -> !provided.contains(key))
                .sorted().toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Issue.error(SubstCodes.PARAM_KEYS, owner.locate(at), "object param \"" + spec.name() + "\" of " + what
                + " lacks the declared properties " + missing + "; give them in the value or the default"));
    }

    private static Set<String> keys(ParamValue value) {
        return value instanceof ParamValue.Obj obj ? obj.values().keySet() : Set.of();
    }

    static int indexOf(List<Param> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String article(ParamType type) {
        return type == ParamType.ARRAY || type == ParamType.OBJECT ? "an " + type.text() : "a " + type.text();
    }

    static Map<String, ParamValue> byName(List<Param> params) {
        Map<String, ParamValue> out = new java.util.LinkedHashMap<>();
        params.forEach(param -> out.putIfAbsent(param.name(), param.value()));
        return out;
    }
}
