package dev.windlass.helm.release;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import java.util.Map;

/**
 * {@code helm template} in-process: process dependencies, coalesce and validate values, render
 * every template with Helm's functions, split, sort into install order and print.
 */
public final class HelmTemplate {

    private HelmTemplate() {
    }

    /**
     * Renders {@code chart} with the merged user values (see {@code ValueOptions}) as {@code request} asks.
     * {@code lookup} answers empty, as under {@code helm template}.
     */
    public static Rendered render(Chart chart, Map<String, Object> userValues, TemplateRequest request)
            throws HelmException {
        throw new UnsupportedOperationException("not written yet");
    }
}
