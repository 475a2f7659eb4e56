package dev.windlass.pipelines.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How many TaskRuns a matrix fans out to, counted as Tekton counts them for its limit. */
final class MatrixCount {

    /** Tekton's {@code default-max-matrix-combinations-count}. */
    static final int DEFAULT_MAX = 256;

    private MatrixCount() {
    }

    /**
     * The product of the literal array lengths of {@code params} (references count as one until
     * substituted), plus each {@code include} that adds a combination rather than extending one.
     */
    static long combinations(Matrix matrix) {
        long count = 0;
        Map<String, List<String>> values = new HashMap<>();
        if (!matrix.params().isEmpty()) {
            count = 1;
            for (Param param : matrix.params()) {
                if (param.value() instanceof ParamValue.Arr arr) {
                    values.put(param.name(), arr.values());
                    if (!arr.values().isEmpty()) {
                        count = Math.multiplyHigh(count, arr.values().size()) != 0 ? Long.MAX_VALUE
                                : count * arr.values().size();
                    }
                }
            }
        }
        return saturatingAdd(count, newFromInclude(matrix, values));
    }

    private static long newFromInclude(Matrix matrix, Map<String, List<String>> values) {
        if (matrix.params().isEmpty()) {
            return matrix.include().size();
        }
        long count = 0;
        for (MatrixInclude include : matrix.include()) {
            for (Param param : include.params()) {
                List<String> known = values.get(param.name());
                if (known == null) {
                    continue;
                }
                String value = param.value() instanceof ParamValue.Str str ? str.value() : "";
                if (known.contains(value)) {
                    break;
                }
                count++;
            }
        }
        return count;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
