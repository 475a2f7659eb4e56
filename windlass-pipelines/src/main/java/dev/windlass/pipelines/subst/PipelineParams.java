package dev.windlass.pipelines.subst;

import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamSpec;
import dev.windlass.pipelines.model.ParamValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $(params.*)} table of a pipeline (and of a StepAction) as Tekton builds it: given
 * values as they are (never expanded again); then string defaults, whose references to other
 * params are resolved first, following chains at most {@link Substitution#MAX_DEPTH} deep (a
 * cycle or a reference to a param that does not exist is an error); then array and object
 * defaults with the string params substituted in their elements.
 */
final class PipelineParams {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\(([^)]*)\\)");
    private static final Pattern INDEXED = Pattern.compile("(.+)\\[([0-9]+)\\]");
    private static final String PREFIX = TaskParams.PARAMS + ".";

    private final Replacements.Builder table = Replacements.builder();
    private final Map<String, String> unresolved = new LinkedHashMap<>();
    private final Set<String> resolved = new HashSet<>();
    private final Set<String> visiting = new HashSet<>();

    private PipelineParams() {
    }

    /** The table, or an exception whose message says which param could not be resolved. */
    static Replacements replacements(List<ParamSpec> declared, List<Param> given) {
        PipelineParams params = new PipelineParams();
        Map<String, ParamValue> values = ParamChecks.byName(given);
        values.forEach((name, value) -> params.table.param(TaskParams.PARAMS, name, value));
        List<ParamSpec> later = new ArrayList<>();
        for (ParamSpec spec : declared) {
            if (values.containsKey(spec.name()) || spec.defaultValue().isEmpty()) {
                continue;
            }
            if (spec.defaultValue().get() instanceof ParamValue.Str text) {
                params.unresolved.put(spec.name(), text.value());
            } else {
                later.add(spec);
            }
        }
        for (String name : List.copyOf(params.unresolved.keySet())) {
            params.resolve(name, 0);
        }
        for (ParamSpec spec : later) {
            params.table.param(TaskParams.PARAMS, spec.name(), params.substituted(spec.defaultValue().get()));
        }
        return params.table.build();
    }

    private void resolve(String name, int depth) {
        if (resolved.contains(name)) {
            return;
        }
        if (!visiting.add(name)) {
            throw new SubstitutionException("param \"" + name + "\" is part of a cycle of defaults that reference"
                    + " each other; break the cycle");
        }
        if (depth > Substitution.MAX_DEPTH) {
            throw new SubstitutionException("param \"" + name + "\" is reached through more than "
                    + Substitution.MAX_DEPTH + " defaults that reference other params; shorten the chain");
        }
        String text = unresolved.get(name);
        for (String reference : references(text)) {
            String other = reference.substring(PREFIX.length());
            if (unresolved.containsKey(other)) {
                resolve(other, depth + 1);
            } else if (!known(reference)) {
                throw new SubstitutionException("the default of param \"" + name + "\" references $(" + reference
                        + "), which is not a param with a value; declare it or give it a value");
            }
        }
        table.param(TaskParams.PARAMS, name, ParamValue.of(Substitution.apply(text, table.build())));
        resolved.add(name);
        visiting.remove(name);
    }

    private static List<String> references(String text) {
        List<String> out = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).startsWith(PREFIX)) {
                out.add(matcher.group(1));
            }
        }
        return out;
    }

    private boolean known(String reference) {
        Replacements now = table.build();
        if (now.string(reference).isPresent()) {
            return true;
        }
        Matcher matcher = INDEXED.matcher(reference);
        return matcher.matches() && now.array(matcher.group(1)).isPresent();
    }

    private ParamValue substituted(ParamValue value) {
        Replacements now = table.build();
        if (value instanceof ParamValue.Arr arr) {
            return ParamValue.of(arr.values().stream().map(element -> Substitution.apply(element, now)).toList());
        }
        if (value instanceof ParamValue.Obj obj) {
            Map<String, String> out = new LinkedHashMap<>();
            obj.values().forEach((key, element) -> out.put(key, Substitution.apply(element, now)));
            return ParamValue.of(out);
        }
        return value;
    }
}
