package dev.windlass.helm.chart;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.yaml.GoYaml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code helm dependency build} for a loaded chart, as Argo CD runs it before rendering a chart
 * from Git: every dependency {@code Chart.yaml} lists that {@code charts/} does not hold is
 * fetched, at the version {@code Chart.lock} pins when there is one, else at the constraint
 * {@code Chart.yaml} gives. Dependencies already vendored are kept as they are.
 */
public final class DependencyBuild {

    /** Fetches one dependency chart: from its repository, or from a {@code file://} path. */
    @FunctionalInterface
    public interface Fetcher {
        Chart fetch(ChartDependency dependency, String version) throws HelmException;
    }

    private DependencyBuild() {
    }

    /** {@code chart} with its missing dependencies fetched; the chart itself when none is missing. */
    public static Chart complete(Chart chart, Fetcher fetcher) throws HelmException {
        List<ChartDependency> missing = missing(chart);
        if (missing.isEmpty()) {
            return chart;
        }
        Map<String, String> locked = lockedVersions(chart);
        List<Chart> dependencies = new ArrayList<>(chart.dependencies());
        for (ChartDependency dependency : missing) {
            if (dependency.repository().isEmpty()) {
                throw new HelmException("dependency " + dependency.name() + " has no repository in Chart.yaml and is not in"
                        + " charts/; vendor it or give its repository");
            }
            String version = locked.getOrDefault(dependency.name(), dependency.version());
            dependencies.add(fetcher.fetch(dependency, version));
        }
        dependencies.sort(java.util.Comparator.comparing(Chart::name));
        return new Chart(chart.metadata(), chart.templates(), chart.values(), chart.schema(), chart.files(), chart.lock(),
                dependencies);
    }

    /** The dependencies of Chart.yaml that {@code charts/} lacks (matched by chart name, as Helm does). */
    public static List<ChartDependency> missing(Chart chart) {
        List<ChartDependency> missing = new ArrayList<>();
        for (ChartDependency dependency : chart.metadata().dependencies()) {
            boolean present = chart.dependencies().stream().anyMatch(d -> d.name().equals(dependency.name()));
            boolean listed = missing.stream().anyMatch(d -> d.name().equals(dependency.name()));
            if (!present && !listed) {
                missing.add(dependency);
            }
        }
        return missing;
    }

    /** Name → version from {@code Chart.lock} (or {@code requirements.lock}); empty without one. */
    private static Map<String, String> lockedVersions(Chart chart) throws HelmException {
        Map<String, String> versions = new LinkedHashMap<>();
        if (chart.lock() == null) {
            return versions;
        }
        Object lock = GoYaml.parse(new String(chart.lock(), StandardCharsets.UTF_8));
        Object entries = lock instanceof Map ? ((Map<?, ?>) lock).get("dependencies") : null;
        if (entries instanceof List) {
            for (Object entry : (List<?>) entries) {
                if (entry instanceof Map && ((Map<?, ?>) entry).get("name") != null
                        && ((Map<?, ?>) entry).get("version") != null) {
                    versions.put(String.valueOf(((Map<?, ?>) entry).get("name")),
                            String.valueOf(((Map<?, ?>) entry).get("version")));
                }
            }
        }
        return versions;
    }
}
