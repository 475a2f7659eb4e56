package dev.windlass.helm.release;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.engine.ApiVersions;
import dev.windlass.helm.engine.ClusterLookup;
import dev.windlass.helm.engine.HelmCapabilities;
import dev.windlass.helm.engine.KubeVersion;
import dev.windlass.helm.engine.RenderValues;
import dev.windlass.helm.values.ChartValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One {@code helm template} run: Helm's {@code Install.RunWithContext} in client-only dry-run mode. */
final class ReleaseRender {

    private static final String SCHEMA_PREFIX =
            "values don't meet the specifications of the schema(s) in the following chart(s):\n";
    private static final String DEPENDENCIES_PREFIX = "chart dependencies processing failed: ";

    private final TemplateRequest request;
    private final KubeVersion defaultKubeVersion;
    private final ClusterLookup lookup;

    ReleaseRender(TemplateRequest request, KubeVersion defaultKubeVersion, ClusterLookup lookup) {
        this.request = request;
        this.defaultKubeVersion = defaultKubeVersion;
        this.lookup = lookup;
    }

    Rendered run(Chart loaded, Map<String, Object> userValues) throws HelmException {
        KubeVersion kube = kubeVersion();
        ChartChecks.installable(loaded);
        ChartChecks.dependenciesPresent(loaded);
        Chart chart = processDependencies(loaded, userValues);
        HelmCapabilities capabilities = new HelmCapabilities(kube, ApiVersions.defaults(request.apiVersions()));
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("Chart", RenderValues.chart(chart.metadata(), true));
        top.put("Capabilities", capabilities);
        top.put("Release", RenderValues.release(request.releaseName(), request.namespace(), request.isUpgrade()));
        top.put("Values", values(chart, userValues));
        return new ResourceRender(request, lookup).render(chart, top, kube);
    }

    private KubeVersion kubeVersion() throws HelmException {
        if (request.kubeVersion().isEmpty()) {
            return defaultKubeVersion;
        }
        try {
            return KubeVersion.parse(request.kubeVersion());
        } catch (HelmException e) {
            throw new HelmException("invalid kube version '" + request.kubeVersion() + "': " + e.getMessage(), e);
        }
    }

    private static Chart processDependencies(Chart chart, Map<String, Object> userValues) throws HelmException {
        try {
            return ChartValues.processDependencies(chart, userValues);
        } catch (HelmException e) {
            if (e.getMessage().startsWith(DEPENDENCIES_PREFIX)) {
                throw e;
            }
            throw new HelmException(DEPENDENCIES_PREFIX + e.getMessage(), e);
        }
    }

    private Map<String, Object> values(Chart chart, Map<String, Object> userValues) throws HelmException {
        Map<String, Object> values = ChartValues.coalesce(chart, userValues);
        if (!request.skipSchemaValidation()) {
            try {
                ChartValues.validateSchema(chart, values);
            } catch (HelmException e) {
                if (e.getMessage().startsWith(SCHEMA_PREFIX)) {
                    throw e;
                }
                throw new HelmException(SCHEMA_PREFIX + e.getMessage(), e);
            }
        }
        return values;
    }

    /** The notes file of the top chart. */
    static String notesName(Chart chart) {
        return chart.name() + "/templates/NOTES.txt";
    }

}
