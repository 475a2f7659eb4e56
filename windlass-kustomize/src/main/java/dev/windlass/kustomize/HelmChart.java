package dev.windlass.kustomize;

import dev.windlass.model.tree.MapNode;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a kustomization's {@code helmCharts} (kustomize's {@code types.HelmChart}, with
 * {@code helmGlobals} and the legacy {@code helmChartInflationGenerator} folded in). Paths are
 * snapshot paths, already resolved against the kustomization's directory.
 *
 * @param name                  the chart's name (required)
 * @param version               the chart version to pull, or empty
 * @param repo                  the repository to pull from ({@code https://…} or {@code oci://…}), or empty
 * @param releaseName           the release name, or empty for a generated one
 * @param namespace             the release namespace, or empty
 * @param chartHome             where local charts live ({@code helmGlobals.chartHome}, default {@code charts}),
 *                              with kustomize's {@code NAME-VERSION} subdirectory when version and repo are set
 * @param valuesInline          {@code valuesInline}, empty when none
 * @param valuesMerge           {@code override} (default), {@code merge} or {@code replace}
 * @param includeCrds           {@code includeCRDs}
 * @param skipHooks             {@code skipHooks}: {@code --no-hooks}
 * @param skipTests             {@code skipTests}
 * @param apiVersions           {@code apiVersions}
 * @param kubeVersion           {@code kubeVersion}, or empty
 * @param nameTemplate          {@code nameTemplate}, or empty
 * @param devel                 {@code devel}: pre-release versions may be pulled
 */
public record HelmChart(String name, String version, String repo, String releaseName, String namespace,
        String chartHome, MapNode valuesInline, String valuesMerge, boolean includeCrds, boolean skipHooks,
        boolean skipTests, List<String> apiVersions, String kubeVersion, String nameTemplate, boolean devel) {

    public HelmChart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(releaseName, "releaseName");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(chartHome, "chartHome");
        Objects.requireNonNull(valuesInline, "valuesInline");
        Objects.requireNonNull(valuesMerge, "valuesMerge");
        apiVersions = List.copyOf(apiVersions);
        Objects.requireNonNull(kubeVersion, "kubeVersion");
        Objects.requireNonNull(nameTemplate, "nameTemplate");
    }

    /** The snapshot directory where a local copy of the chart is looked for: {@code chartHome/name}. */
    public String localDirectory() {
        return chartHome.isEmpty() ? name : chartHome + "/" + name;
    }
}
