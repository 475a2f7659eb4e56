package dev.windlass.helm.chart;

import java.util.List;
import java.util.Map;

/**
 * The contents of {@code Chart.yaml}. Absent strings are empty, absent lists and maps empty.
 * Templates see it as {@code .Chart} with Go's field names ({@code .Chart.Name},
 * {@code .Chart.AppVersion} …).
 */
public record ChartMetadata(String apiVersion, String name, String version, String kubeVersion, String description,
        String type, List<String> keywords, String home, List<String> sources, List<ChartDependency> dependencies,
        List<Maintainer> maintainers, String icon, String appVersion, boolean deprecated,
        Map<String, String> annotations, String condition, String tags) {

    public ChartMetadata {
        keywords = List.copyOf(keywords);
        sources = List.copyOf(sources);
        dependencies = List.copyOf(dependencies);
        maintainers = List.copyOf(maintainers);
        annotations = Map.copyOf(annotations);
    }

    /** Whether {@code type: library}: such a chart supplies partials and renders no manifests. */
    public boolean isLibrary() {
        return "library".equals(type);
    }
}
