package dev.windlass.helm.chart;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of a chart.
 *
 * @param name the path relative to the chart's root, {@code /}-separated (e.g. {@code templates/svc.yaml})
 * @param data the file's bytes (not copied: treat as immutable)
 */
public record ChartFile(String name, byte[] data) {

    public ChartFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
    }

    /** The content decoded as UTF-8. */
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
