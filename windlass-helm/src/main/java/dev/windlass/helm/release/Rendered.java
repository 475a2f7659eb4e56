package dev.windlass.helm.release;

import java.util.List;

/**
 * The result of {@link HelmTemplate#render}.
 *
 * @param output    exactly what {@code helm template} prints on stdout
 * @param crds      the {@code crds/} files (whether or not printed)
 * @param manifests the ordinary manifests in install order
 * @param hooks     the hook manifests in Helm's order (kept with their annotations)
 * @param notes     the rendered {@code NOTES.txt} of the top chart, empty when none (never printed)
 */
public record Rendered(String output, List<RenderedManifest> crds, List<RenderedManifest> manifests,
        List<RenderedManifest> hooks, String notes) {

    public Rendered {
        crds = List.copyOf(crds);
        manifests = List.copyOf(manifests);
        hooks = List.copyOf(hooks);
    }
}
