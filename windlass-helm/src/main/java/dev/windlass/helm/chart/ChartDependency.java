package dev.windlass.helm.chart;

import java.util.List;

/**
 * One entry of {@code dependencies} in {@code Chart.yaml} (or {@code requirements.yaml} of an
 * {@code apiVersion: v1} chart). Absent strings are empty.
 *
 * @param name         the dependency chart's name
 * @param version      a version or semver range
 * @param repository   the repository URL ({@code https://…}, {@code oci://…}, {@code file://…}, {@code @alias}) or empty
 * @param condition    comma-separated value paths; the first that resolves to a bool enables or disables it
 * @param tags         tags whose values under {@code tags:} enable or disable it
 * @param enabled      whether it is enabled (set while processing conditions and tags)
 * @param importValues {@code import-values} entries: strings or {@code {child:, parent:}} maps
 * @param alias        the name it is known by in the parent, or empty
 */
public record ChartDependency(String name, String version, String repository, String condition, List<String> tags,
        boolean enabled, List<Object> importValues, String alias) {

    public ChartDependency {
        tags = List.copyOf(tags);
        importValues = importValues == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(importValues));
    }

    /** The name the dependency is known by in its parent: its alias, else its name. */
    public String effectiveName() {
        return alias == null || alias.isEmpty() ? name : alias;
    }
}
