package dev.windlass.pipelines.subst;

import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamSpec;
import dev.windlass.pipelines.model.ParamValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $(params.*)} table of a task as Tekton builds it for a TaskRun: the declared
 * defaults; then defaults that reference other params ({@code $(params.other)}), resolved against
 * the plain string defaults only (one level, as Tekton does; a default whose references all miss
 * is left out, so its uses stay as written); then every given param on top (given params that
 * are not declared are substituted too); an object given in part keeps its default's other keys.
 */
final class TaskParams {

    static final String PARAMS = "params";
    /** The v1alpha1 spelling {@code $(inputs.params.x)}, which Tekton still substitutes for string params in tasks. */
    private static final String LEGACY_PARAMS = "inputs.params";
    private static final Pattern PARAM_REF = Pattern.compile("\\$\\(params\\.([^)]+)\\)");

    private TaskParams() {
    }

    static Replacements replacements(List<ParamSpec> declared, List<Param> given) {
        Replacements.Builder table = Replacements.builder();
        for (ParamSpec spec : declared) {
            spec.defaultValue().filter(value -> !referencesParams(value))
                    .ifPresent(value -> table.param(PARAMS, spec.name(), value));
        }
        Replacements defaults = table.build();
        for (ParamSpec spec : declared) {
            spec.defaultValue().filter(TaskParams::referencesParams)
                    .flatMap(value -> resolveAgainst(((ParamValue.Str) value).value(), defaults))
                    .ifPresent(value -> table.param(PARAMS, spec.name(), ParamValue.of(value)));
        }
        Map<String, ParamSpec> byName = new LinkedHashMap<>();
        declared.forEach(spec -> byName.putIfAbsent(spec.name(), spec));
        for (Param param : given) {
            table.param(PARAMS, param.name(), merged(param.value(), byName.get(param.name())));
        }
        Replacements built = table.build();
        byName.keySet().forEach(name -> built.string(PARAMS + "." + name)
                .ifPresent(value -> table.string(LEGACY_PARAMS + "." + name, value)));
        return table.build();
    }

    /** True for a string default that mentions {@code $(params.}. */
    static boolean referencesParams(ParamValue value) {
        return value instanceof ParamValue.Str text && text.value().contains("$(params.");
    }

    private static Optional<String> resolveAgainst(String text, Replacements defaults) {
        Matcher matcher = PARAM_REF.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (matcher.find()) {
            Optional<String> value = defaults.string(PARAMS + "." + matcher.group(1));
            any |= value.isPresent();
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.orElse(matcher.group())));
        }
        matcher.appendTail(out);
        return any ? Optional.of(out.toString()) : Optional.empty();
    }

    private static ParamValue merged(ParamValue given, ParamSpec spec) {
        if (!(given instanceof ParamValue.Obj obj) || spec == null) {
            return given;
        }
        Optional<ParamValue> fallback = spec.defaultValue();
        if (fallback.isEmpty() || !(fallback.get() instanceof ParamValue.Obj defaults)) {
            return given;
        }
        Map<String, String> values = new LinkedHashMap<>(defaults.values());
        values.putAll(obj.values());
        return ParamValue.of(values);
    }
}
