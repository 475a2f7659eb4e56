package dev.windlass.helm.release;

import java.util.List;

/**
 * One YAML document a chart rendered, in Helm's install order.
 *
 * @param source the template it came from, e.g. {@code mychart/templates/svc.yaml}
 * @param text   the document exactly as rendered (no {@code ---} or {@code # Source:} line)
 * @param kind   its {@code kind} (empty when it has none)
 * @param hooks  its {@code helm.sh/hook} events (empty for an ordinary manifest)
 */
public record RenderedManifest(String source, String text, String kind, List<String> hooks) {

    public RenderedManifest {
        hooks = List.copyOf(hooks);
    }

    public boolean isHook() {
        return !hooks.isEmpty();
    }
}
