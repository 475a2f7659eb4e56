package dev.windlass.helm.chart;

/** A maintainer listed in {@code Chart.yaml}; absent fields are empty strings. */
public record Maintainer(String name, String email, String url) {
}
