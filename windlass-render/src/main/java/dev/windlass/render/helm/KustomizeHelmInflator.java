package dev.windlass.render.helm;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.ReleaseName;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartLoader;
import dev.windlass.helm.release.HelmTemplate;
import dev.windlass.helm.release.TemplateRequest;
import dev.windlass.helm.values.ValueOptions;
import dev.windlass.kustomize.HelmChart;
import dev.windlass.kustomize.HelmInflator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kustomize's {@code helmCharts} (with {@code --enable-helm}) inflated by Windlass's Helm engine
 * instead of a helm binary, with the arguments kustomize would pass to {@code helm template}:
 * the release name (or a generated one), {@code --namespace}, {@code --name-template}, the values
 * files in order, {@code --api-versions}, {@code --kube-version}, {@code --include-crds},
 * {@code --skip-tests} and {@code --no-hooks}.
 */
public final class KustomizeHelmInflator implements HelmInflator {

    private final ChartPuller puller;
    private final String kubeVersion;
    private final List<String> apiVersions;

    /** An inflator that pulls charts without a local copy through {@code puller}. */
    public KustomizeHelmInflator(ChartPuller puller) {
        this(puller, "", List.of());
    }

    /**
     * As {@code kustomize build --helm-kube-version V --helm-api-versions A}: when given, they replace
     * every chart's {@code kubeVersion} and {@code apiVersions}.
     */
    public KustomizeHelmInflator(ChartPuller puller, String kubeVersion, List<String> apiVersions) {
        this.puller = Objects.requireNonNull(puller, "puller");
        this.kubeVersion = Objects.requireNonNull(kubeVersion, "kubeVersion");
        this.apiVersions = List.copyOf(apiVersions);
    }

    /**
     * This inflator with every chart rendered for {@code kube} and {@code apis} where given (Argo CD's
     * {@code kustomize.kubeVersion} and {@code kustomize.apiVersions}); empty ones keep this inflator's.
     */
    public KustomizeHelmInflator withCapabilities(String kube, List<String> apis) {
        return new KustomizeHelmInflator(puller, kube.isEmpty() ? kubeVersion : kube, apis.isEmpty() ? apiVersions : apis);
    }

    @Override
    public String template(Inflation inflation) throws InflateFailed {
        HelmChart chart = inflation.chart();
        try {
            Chart loaded = inflation.chartIsLocal() ? ChartLoader.load(inflation.snapshot(), chart.localDirectory())
                    : ChartLoader.loadArchive(puller.pull(chart.repo(), chart.name(), chart.version(), chart.devel()),
                            chart.repo() + "/" + chart.name());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < inflation.valuesFiles().size(); i++) {
                names.add(Integer.toString(i));
            }
            Map<String, Object> values = new ValueOptions(names, List.of(), List.of(), List.of(), List.of(), List.of())
                    .merge(name -> inflation.valuesFiles().get(Integer.parseInt(name)));
            return HelmTemplate.render(loaded, values, request(chart, loaded)).output();
        } catch (HelmException e) {
            throw new InflateFailed(e.getMessage());
        }
    }

    private TemplateRequest request(HelmChart chart, Chart loaded) throws HelmException {
        String name = chart.releaseName();
        if (!chart.nameTemplate().isEmpty()) {
            name = ReleaseName.fromTemplate(chart.nameTemplate());
        } else if (name.isEmpty()) {
            name = loaded.name() + "-" + System.currentTimeMillis() / 1000; // helm template --generate-name
        }
        return new TemplateRequest(ReleaseName.validate(name),
                chart.namespace().isEmpty() ? "default" : chart.namespace(),
                kubeVersion.isEmpty() ? chart.kubeVersion() : kubeVersion,
                apiVersions.isEmpty() ? chart.apiVersions() : apiVersions,
                false, chart.includeCrds(), false, chart.skipTests(), chart.skipHooks(), List.of(), false, false);
    }
}
