package dev.windlass.helm.values;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import java.util.Map;

/**
 * Helm's value pipeline for one chart tree: dependency processing (conditions, tags, aliases,
 * {@code import-values}), coalescing user values over chart defaults (parent over child, globals
 * copied down, {@code null} deleting a key), and {@code values.schema.json} validation.
 */
public final class ChartValues {

    private ChartValues() {
    }

    /**
     * Helm's {@code ProcessDependenciesWithMerge}: the chart with disabled dependencies removed,
     * aliases applied and {@code import-values} copied into the parents' values.
     */
    public static Chart processDependencies(Chart chart, Map<String, Object> userValues) throws HelmException {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Helm's {@code CoalesceValues}: the values templates see as {@code .Values} of the top chart,
     * each dependency's section holding that dependency's coalesced values.
     */
    public static Map<String, Object> coalesce(Chart chart, Map<String, Object> userValues) throws HelmException {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Validates {@code values} against the chart's schema and its dependencies' schemas, in Helm's words. */
    public static void validateSchema(Chart chart, Map<String, Object> values) throws HelmException {
        throw new UnsupportedOperationException("not written yet");
    }
}
