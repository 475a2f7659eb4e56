package dev.windlass.helm.release;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.engine.ClusterLookup;
import dev.windlass.helm.engine.KubeVersion;
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
     * {@code lookup} answers empty, as under {@code helm template}. Without {@code --kube-version} the
     * cluster is assumed to be {@link KubeVersion#DEFAULT}.
     *
     * @throws HelmException with Helm's message; when rendering itself failed, its {@link HelmException#output()}
     *         is what {@code helm template --debug} prints before the error
     */
    public static Rendered render(Chart chart, Map<String, Object> userValues, TemplateRequest request)
            throws HelmException {
        return render(chart, userValues, request, KubeVersion.DEFAULT, ClusterLookup.NONE);
    }

    /**
     * As {@link #render(Chart, Map, TemplateRequest)} with the Kubernetes version assumed when the
     * request names none (Helm's own tests use {@link KubeVersion#HELM_TESTS}) and the cluster
     * {@code lookup} asks.
     */
    public static Rendered render(Chart chart, Map<String, Object> userValues, TemplateRequest request,
            KubeVersion defaultKubeVersion, ClusterLookup lookup) throws HelmException {
        return new ReleaseRender(request, defaultKubeVersion, lookup).run(chart, userValues);
    }
}
