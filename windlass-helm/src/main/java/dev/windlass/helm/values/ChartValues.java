package dev.windlass.helm.values;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.yaml.GoJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Helm's value pipeline for one chart tree: dependency processing (conditions, tags, aliases,
 * {@code import-values}), coalescing user values over chart defaults (parent over child, globals
 * copied down, {@code null} deleting a key), and {@code values.schema.json} validation.
 */
public final class ChartValues {

    private static final String SCHEMA_FAILED =
            "values don't meet the specifications of the schema(s) in the following chart(s):\n";

    private ChartValues() {
    }

    /**
     * Helm's {@code ProcessDependenciesWithMerge}: the chart with disabled dependencies removed,
     * aliases applied and {@code import-values} copied into the parents' values.
     */
    public static Chart processDependencies(Chart chart, Map<String, Object> userValues) throws HelmException {
        Chart enabled = Dependencies.enabled(chart, userValues == null ? Map.of() : userValues, "");
        return ImportValues.process(enabled, true);
    }

    /**
     * Helm's {@code CoalesceValues}: the values templates see as {@code .Values} of the top chart,
     * each dependency's section holding that dependency's coalesced values.
     */
    public static Map<String, Object> coalesce(Chart chart, Map<String, Object> userValues) throws HelmException {
        return coalesce(chart, userValues, warning -> { });
    }

    /** {@link #coalesce(Chart, Map)}, passing Helm's warnings (type mismatches that are skipped) to {@code warnings}. */
    public static Map<String, Object> coalesce(Chart chart, Map<String, Object> userValues, Consumer<String> warnings)
            throws HelmException {
        return new Coalescer(false, warnings).values(chart, userValues == null ? Map.of() : userValues);
    }

    /** Validates {@code values} against the chart's schema and its dependencies' schemas, in Helm's words. */
    public static void validateSchema(Chart chart, Map<String, Object> values) throws HelmException {
        StringBuilder errors = new StringBuilder();
        collect(chart, values, errors);
        if (!errors.isEmpty()) {
            throw new HelmException(SCHEMA_FAILED + errors);
        }
    }

    private static void collect(Chart chart, Map<String, Object> values, StringBuilder sb) {
        if (chart.schema() != null) {
            String error = validateOne(values, chart.schema());
            if (error != null) {
                sb.append(chart.name()).append(":\n").append(error);
            }
        }
        for (Chart sub : chart.dependencies()) {
            Object raw = values.get(sub.name());
            if (raw == null) {
                continue;
            }
            if (!(raw instanceof Map)) {
                sb.append(sub.name()).append(":\ninvalid type for values: expected object (map), got ")
                        .append(GoText.typeName(raw)).append('\n');
                continue;
            }
            collect(sub, GoMaps.table(raw), sb);
        }
    }

    /** Helm's {@code ValidateAgainstSingleSchema}: {@code null} when valid, else the error text. */
    private static String validateOne(Map<String, Object> values, byte[] schemaJson) {
        Object schema;
        try {
            schema = GoJson.unmarshal(new String(schemaJson, StandardCharsets.UTF_8));
        } catch (GoJson.SyntaxError e) {
            return e.getMessage();
        }
        List<SchemaError> errors = SchemaValidator.validate(schema, values);
        return errors.isEmpty() ? null : SchemaError.display(errors) + "\n";
    }
}
