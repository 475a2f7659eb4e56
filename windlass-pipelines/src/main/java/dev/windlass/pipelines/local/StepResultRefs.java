package dev.windlass.pipelines.local;

import dev.windlass.pipelines.model.ParamValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code $(steps.<step>.results.<result>)} in a step's command, args and env values with the
 * results earlier steps wrote, as Tekton's entrypoint does just before it starts the step:
 * {@code [i]} indexes an array, {@code .key} reads an object, and a whole element
 * {@code $(steps.s.results.r[*])} expands to the array's items. A reference that cannot be resolved
 * stays as written (Tekton logs it and goes on).
 */
final class StepResultRefs {

    private static final Pattern REF = Pattern.compile("\\$\\(steps\\..*?\\.results\\..*?\\)");
    private static final Pattern PARTS =
            Pattern.compile("^steps\\.([^.]+)\\.results\\.([^.\\[]+)(?:\\[(\\*|[0-9]+)\\])?(?:\\.([^.]+))?$");

    private final Map<String, Map<String, ParamValue>> results;

    StepResultRefs(Map<String, Map<String, ParamValue>> results) {
        this.results = results;
    }

    StepPlan apply(StepPlan plan) {
        if (results.isEmpty()) {
            return plan;
        }
        Map<String, String> env = new LinkedHashMap<>();
        plan.env().forEach((k, v) -> env.put(k, replace(v)));
        return plan.withArgv(expand(plan.argv()), env);
    }

    /** The items with references replaced; an item that is a whole {@code [*]} reference becomes the array. */
    List<String> expand(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            List<String> whole = results.isEmpty() ? null : wholeArray(item);
            if (whole != null) {
                out.addAll(whole);
            } else {
                out.add(replace(item));
            }
        }
        return out;
    }

    private List<String> wholeArray(String arg) {
        Matcher parts = PARTS.matcher(arg.startsWith("$(") && arg.endsWith(")")
                ? arg.substring(2, arg.length() - 1) : "");
        if (!parts.matches() || !"*".equals(parts.group(3))) {
            return null;
        }
        ParamValue value = results.getOrDefault(parts.group(1), Map.of()).get(parts.group(2));
        return value instanceof ParamValue.Arr array ? array.values() : null;
    }

    /** The text with references replaced. */
    String replace(String text) {
        if (results.isEmpty() || !text.contains("$(steps.")) {
            return text;
        }
        Matcher matcher = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String ref = matcher.group();
            String value = resolve(ref.substring(2, ref.length() - 1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? ref : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String resolve(String expression) {
        Matcher parts = PARTS.matcher(expression);
        if (!parts.matches()) {
            return null;
        }
        ParamValue value = results.getOrDefault(parts.group(1), Map.of()).get(parts.group(2));
        if (value == null) {
            return null;
        }
        if (parts.group(4) != null) {
            return value instanceof ParamValue.Obj object ? object.values().getOrDefault(parts.group(4), "") : "";
        }
        if (parts.group(3) != null && !"*".equals(parts.group(3))) {
            int index = Integer.parseInt(parts.group(3));
            return value instanceof ParamValue.Arr array && index < array.values().size()
                    ? array.values().get(index) : null;
        }
        return value instanceof ParamValue.Str text ? text.value() : "";
    }
}
