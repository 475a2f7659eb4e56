package dev.windlass.pipelines.dag;

import dev.windlass.pipelines.model.Matrix;
import dev.windlass.pipelines.model.MatrixInclude;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fans a pipeline task's {@code matrix} out into its combinations, as Tekton does: every
 * combination of the array params (the first param varies slowest), then each {@code include}
 * entry either adds its params to the combinations it matches or, matching none, becomes a
 * combination of its own. With only {@code include}s, each is one combination.
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

    /** The combinations, each a list of string params in a stable order. */
    public static List<List<Param>> combinations(Matrix matrix) {
        List<Map<String, String>> combos = new ArrayList<>();
        if (!matrix.params().isEmpty()) {
            combos.add(new LinkedHashMap<>());
        }
        for (Param param : matrix.params()) {
            combos = fanOut(combos, param);
        }
        List<Map<String, String>> added = new ArrayList<>();
        for (MatrixInclude include : matrix.include()) {
            Map<String, String> values = strings(include.params());
            if (values.isEmpty()) {
                continue;
            }
            boolean matched = false;
            for (Map<String, String> combo : combos) {
                if (matches(combo, values, matrix)) {
                    combo.putAll(values);
                    matched = true;
                }
            }
            if (!matched) {
                added.add(new LinkedHashMap<>(values));
            }
        }
        combos.addAll(added);
        List<List<Param>> out = new ArrayList<>();
        for (Map<String, String> combo : combos) {
            List<Param> params = new ArrayList<>();
            combo.forEach((k, v) -> params.add(new Param(k, ParamValue.of(v))));
            out.add(List.copyOf(params));
        }
        return out;
    }

    private static List<Map<String, String>> fanOut(List<Map<String, String>> combos, Param param) {
        List<String> values = param.value() instanceof ParamValue.Arr a ? a.values()
                : List.of(text(param.value()));
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> combo : combos) {
            for (String value : values) {
                Map<String, String> next = new LinkedHashMap<>(combo);
                next.put(param.name(), value);
                out.add(next);
            }
        }
        return out;
    }

    /** An include matches a combination when it agrees on every original matrix param it names. */
    private static boolean matches(Map<String, String> combo, Map<String, String> include, Matrix matrix) {
        boolean namesMatrixParam = false;
        for (Param param : matrix.params()) {
            String value = include.get(param.name());
            if (value != null) {
                namesMatrixParam = true;
                if (!value.equals(combo.get(param.name()))) {
                    return false;
                }
            }
        }
        return namesMatrixParam || !matrix.params().isEmpty();
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
