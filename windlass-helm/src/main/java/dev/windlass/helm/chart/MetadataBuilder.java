package dev.windlass.helm.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable {@code chart.Metadata} Helm fills from {@code Chart.yaml} and then, for old charts,
 * from {@code requirements.yaml}: decoding sets only the fields a document names, as Go's JSON
 * decoder does into an existing struct.
 */
final class MetadataBuilder {

    String apiVersion = "";
    String name = "";
    String version = "";
    String kubeVersion = "";
    String description = "";
    String type = "";
    List<String> keywords = new ArrayList<>();
    String home = "";
    List<String> sources = new ArrayList<>();
    List<DependencyBuilder> dependencies = new ArrayList<>();
    List<Maintainer> maintainers = new ArrayList<>();
    boolean maintainerNull;
    String icon = "";
    String appVersion = "";
    boolean deprecated;
    Map<String, String> annotations = new LinkedHashMap<>();
    String condition = "";
    String tags = "";

    /** A dependency entry being decoded ({@code nil} entries are kept to fail validation as in Helm). */
    static final class DependencyBuilder {
        boolean isNull;
        String name = "";
        String version = "";
        String repository = "";
        String condition = "";
        List<String> tags = new ArrayList<>();
        boolean enabled;
        List<Object> importValues = new ArrayList<>();
        String alias = "";

        ChartDependency build() {
            return new ChartDependency(name, version, repository, condition, tags, enabled, importValues, alias);
        }
    }

    ChartMetadata build() {
        List<ChartDependency> deps = new ArrayList<>();
        dependencies.forEach(d -> deps.add(d.build()));
        return new ChartMetadata(apiVersion, name, version, kubeVersion, description, type, keywords, home, sources,
                deps, maintainers, icon, appVersion, deprecated, annotations, condition, tags);
    }
}
