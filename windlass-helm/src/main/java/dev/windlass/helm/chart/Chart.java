package dev.windlass.helm.chart;

import java.util.List;
import java.util.Map;

/**
 * A loaded chart, as Helm's {@code chart.Chart}: its metadata, templates, default values, schema,
 * other files and the charts under {@code charts/}.
 *
 * @param metadata     {@code Chart.yaml}
 * @param templates    the files under {@code templates/}, in load order
 * @param values       {@code values.yaml} parsed as Helm does (numbers are float64, i.e. {@link Double});
 *                     empty when absent
 * @param schema       {@code values.schema.json} bytes, or {@code null} when absent
 * @param files        every other file (not {@code Chart.yaml}, {@code values.yaml}, the schema,
 *                     {@code templates/}, {@code charts/}, or lock files), for {@code .Files}
 * @param lock         {@code Chart.lock} (or {@code requirements.lock}) bytes, or {@code null}
 * @param dependencies the charts under {@code charts/} (directories and archives), in name order
 */
public record Chart(ChartMetadata metadata, List<ChartFile> templates, Map<String, Object> values, byte[] schema,
        List<ChartFile> files, byte[] lock, List<Chart> dependencies) {

    public Chart {
        templates = List.copyOf(templates);
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        files = List.copyOf(files);
        dependencies = List.copyOf(dependencies);
    }

    public String name() {
        return metadata.name();
    }
}
