package dev.windlass.helm.release;

import dev.windlass.gotemplate.semver.SemConstraint;
import dev.windlass.gotemplate.semver.SemVersion;
import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartDependency;
import dev.windlass.helm.chart.ChartFile;
import dev.windlass.helm.engine.KubeVersion;
import java.util.ArrayList;
import java.util.List;

/** The checks {@code helm install}/{@code template} make on a chart before and while rendering. */
final class ChartChecks {

    private ChartChecks() {
    }

    /** {@code checkIfInstallable}: only application charts (or charts without a type) install. */
    static void installable(Chart chart) throws HelmException {
        String type = chart.metadata().type();
        if (!type.isEmpty() && !type.equals("application")) {
            throw new HelmException(type + " charts are not installable");
        }
    }

    /** {@code CheckDependencies}: every dependency in Chart.yaml is present under {@code charts/}. */
    static void dependenciesPresent(Chart chart) throws HelmException {
        List<String> missing = new ArrayList<>();
        for (ChartDependency dependency : chart.metadata().dependencies()) {
            if (chart.dependencies().stream().noneMatch(d -> d.name().equals(dependency.name()))) {
                missing.add(dependency.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new HelmException("an error occurred while checking for chart dependencies. You may need to run "
                    + "'helm dependency build' to fetch missing dependencies: found in Chart.yaml, but missing in "
                    + "charts/ directory: " + String.join(", ", missing));
        }
    }

    /** The chart's {@code kubeVersion} constraint against the target Kubernetes version. */
    static void kubeVersionCompatible(Chart chart, KubeVersion kube) throws HelmException {
        String constraint = chart.metadata().kubeVersion();
        if (constraint.isEmpty() || compatible(constraint, kube.normalized())) {
            return;
        }
        throw new HelmException("chart requires kubeVersion: " + constraint + " which is incompatible with Kubernetes "
                + kube.version());
    }

    private static boolean compatible(String constraint, String version) {
        try {
            return SemConstraint.parse(constraint).check(SemVersion.parse(version));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code CRDObjects}: {@code crds/*.yaml|yml|json} of the chart, then of its dependencies. */
    static List<RenderedManifest> crds(Chart chart, String fullPath) {
        List<RenderedManifest> crds = new ArrayList<>();
        for (ChartFile file : chart.files()) {
            String name = file.name();
            if (name.startsWith("crds/") && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
                crds.add(new RenderedManifest(fullPath + "/" + name, file.text(), "CustomResourceDefinition", List.of()));
            }
        }
        for (Chart dependency : chart.dependencies()) {
            crds.addAll(crds(dependency, fullPath + "/charts/" + dependency.name()));
        }
        return crds;
    }
}
