package dev.windlass.helm.release;

import java.util.List;

/**
 * Helm's {@code SortManifests} result: hooks and ordinary manifests, each in install order.
 *
 * @param hooks     hook documents ({@code helm.sh/hook} with known events)
 * @param manifests every other document
 */
record SortedManifests(List<RenderedManifest> hooks, List<RenderedManifest> manifests) {

    SortedManifests {
        hooks = List.copyOf(hooks);
        manifests = List.copyOf(manifests);
    }
}
