package dev.windlass.helm.release;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.engine.ChartEngine;
import dev.windlass.helm.engine.ClusterLookup;
import dev.windlass.helm.engine.KubeVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Helm's {@code renderResources} and the printing of {@code helm template}: render, take out
 * {@code NOTES.txt}, sort into hooks and manifests, assemble the output. A failure here comes with
 * what Helm shows under {@code --debug}, or else with its hint to use {@code --debug}.
 */
final class ResourceRender {

    private static final String DEBUG_HINT = "\n\nUse --debug flag to render out invalid YAML";

    private final TemplateRequest request;
    private final ClusterLookup lookup;

    ResourceRender(TemplateRequest request, ClusterLookup lookup) {
        this.request = request;
        this.lookup = lookup;
    }

    Rendered render(Chart chart, Map<String, Object> top, KubeVersion kube) throws HelmException {
        Map<String, String> files;
        try {
            ChartChecks.kubeVersionCompatible(chart, kube);
            files = new LinkedHashMap<>(new ChartEngine(lookup).render(chart, top));
        } catch (HelmException e) {
            throw failure(e.getMessage(), "", List.of());
        }
        String notes = takeNotes(files, chart);
        SortedManifests sorted;
        try {
            sorted = ManifestSorter.sort(files);
        } catch (ManifestSorter.Failure e) {
            throw failure(e.getMessage(), allFiles(files), e.hooks());
        }
        List<RenderedManifest> crds = ChartChecks.crds(chart, chart.name());
        String manifest = TemplatePrinter.manifest(request.includeCrds() ? crds : List.of(), sorted.manifests());
        String printed = TemplatePrinter.withHooks(manifest, sorted.hooks(), request);
        if (!request.showOnly().isEmpty()) {
            printed = TemplatePrinter.showOnly(printed, request.showOnly(), null);
        }
        return new Rendered(printed, crds, sorted.manifests(), sorted.hooks(), notes);
    }

    /** Removes every {@code NOTES.txt}; returns the top chart's. */
    private static String takeNotes(Map<String, String> files, Chart chart) {
        String notes = "";
        for (String name : new ArrayList<>(files.keySet())) {
            if (name.endsWith("NOTES.txt")) {
                if (name.equals(ReleaseRender.notesName(chart))) {
                    notes = files.get(name);
                }
                files.remove(name);
            }
        }
        return notes;
    }

    /** Every non-blank rendered file as Helm dumps them when a manifest does not parse. */
    private static String allFiles(Map<String, String> files) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            if (!ManifestSplitter.trimSpace(file.getValue()).isEmpty()) {
                out.append("---\n# Source: ").append(file.getKey()).append('\n').append(file.getValue()).append('\n');
            }
        }
        return out.toString();
    }

    private HelmException failure(String message, String manifest, List<RenderedManifest> hooks) throws HelmException {
        if (!request.debug()) {
            return new HelmException(message + DEBUG_HINT);
        }
        HelmException error = new HelmException(message);
        String printed = TemplatePrinter.withHooks(manifest, hooks, request);
        if (!request.showOnly().isEmpty()) {
            printed = TemplatePrinter.showOnly(printed, request.showOnly(), error);
        }
        return HelmException.withOutput(message, printed);
    }
}
