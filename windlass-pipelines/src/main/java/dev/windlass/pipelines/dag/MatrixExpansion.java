package dev.windlass.pipelines.dag;

import dev.windlass.pipelines.model.Matrix;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fans a pipeline task's {@code matrix} out into its combinations, as Tekton does: every
 * combination of the array params, the first param varying fastest; then each {@code include}
 * entry is merged into every combination that agrees with it on the params they share, and
 * becomes a combination of its own when no combination shares any of its values. With only
 * {@code include}s, each is one combination. Params within a combination are sorted by name.
 */
public final class MatrixExpansion {

    /** Tekton's default {@code default-max-matrix-combinations-count}. */
    public static final int MAX_COMBINATIONS = 256;

    private MatrixExpansion() {
    }

    /** Whether a matrix param is an empty array (Tekton then skips the task). */
    public static boolean hasEmptyArray(Matrix matrix) {
        return matrix.params().stream().anyMatch(p -> p.value() instanceof ParamValue.Arr a && a.values().isEmpty());
    }

    /** How many combinations the matrix makes, without making them. */
    public static long count(Matrix matrix) {
        return combinations(matrix).size();
    }

    /** The combinations, each a list of string params sorted by name. */
    public static List<List<Param>> combinations(Matrix matrix) {
        List<Map<String, String>> includes = new ArrayList<>();
        matrix.include().forEach(include -> includes.add(strings(include.params())));
        List<Map<String, String>> combos = new ArrayList<>();
        if (matrix.params().isEmpty()) {
            combos.addAll(includes);
            return sorted(combos);
        }
        combos.add(new TreeMap<>());
        for (Param param : matrix.params()) {
            combos = fanOut(combos, param);
        }
        for (Map<String, String> combo : combos) {
            for (Map<String, String> include : includes) {
                if (agrees(combo, include)) {
                    combo.putAll(include);
                }
            }
        }
        List<Map<String, String>> added = new ArrayList<>();
        for (Map<String, String> include : includes) {
            if (!include.isEmpty() && combos.stream().noneMatch(combo -> sharesAValue(combo, include))) {
                added.add(include);
            }
        }
        combos.addAll(added);
        return sorted(combos);
    }

    private static List<Map<String, String>> fanOut(List<Map<String, String>> combos, Param param) {
        List<String> values = param.value() instanceof ParamValue.Arr a ? a.values() : List.of(text(param.value()));
        List<Map<String, String>> out = new ArrayList<>();
        for (String value : values) {
            for (Map<String, String> combo : combos) {
                Map<String, String> next = new TreeMap<>(combo);
                next.put(param.name(), value);
                out.add(next);
            }
        }
        return out;
    }

    /** Every param the combination has that the include also names has the include's value. */
    private static boolean agrees(Map<String, String> combo, Map<String, String> include) {
        return include.entrySet().stream()
                .allMatch(e -> !combo.containsKey(e.getKey()) || combo.get(e.getKey()).equals(e.getValue()));
    }

    private static boolean sharesAValue(Map<String, String> combo, Map<String, String> include) {
        return include.entrySet().stream().anyMatch(e -> e.getValue().equals(combo.get(e.getKey())));
    }

    private static List<List<Param>> sorted(List<Map<String, String>> combos) {
        List<List<Param>> out = new ArrayList<>();
        for (Map<String, String> combo : combos) {
            List<Param> params = new ArrayList<>();
            new TreeMap<>(combo).forEach((k, v) -> params.add(new Param(k, ParamValue.of(v))));
            out.add(List.copyOf(params));
        }
        return out;
    }

    private static Map<String, String> strings(List<Param> params) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach(p -> out.put(p.name(), text(p.value())));
        return out;
    }

    private static String text(ParamValue value) {
        if (value instanceof ParamValue.Str s) {
            return s.value();
        }
        return value instanceof ParamValue.Arr a ? String.join(",", a.values()) : value.toString();
    }
}
