package dev.windlass.helm.release;

import dev.windlass.helm.HelmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Helm's {@code releaseutil.SortManifests}: files in path order (partials and blank files skipped),
 * each split into documents, each document classified as a hook ({@code helm.sh/hook}) or an
 * ordinary manifest, then both lists stably sorted by Helm's install order of kinds.
 */
public final class ManifestSorter {

    static final String HOOK_ANNOTATION = "helm.sh/hook";
    private static final Set<String> EVENTS = Set.of("pre-install", "post-install", "pre-delete", "post-delete",
            "pre-upgrade", "post-upgrade", "pre-rollback", "post-rollback", "test");

    private final List<RenderedManifest> hooks = new ArrayList<>();
    private final List<RenderedManifest> manifests = new ArrayList<>();

    private ManifestSorter() {
    }

    /**
     * Sorts rendered files (template path to text).
     *
     * @throws Failure with the hooks collected before the document that failed to parse
     */
    static SortedManifests sort(Map<String, String> files) throws Failure {
        ManifestSorter sorter = new ManifestSorter();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            String path = file.getKey();
            String base = path.substring(path.lastIndexOf('/') + 1);
            if (base.startsWith("_") || ManifestSplitter.trimSpace(file.getValue()).isEmpty()) {
                continue;
            }
            try {
                sorter.addFile(path, file.getValue());
            } catch (HelmException e) {
                throw new Failure("YAML parse error on " + path + ": " + e.getMessage(), sorter.hooks);
            }
        }
        sorter.hooks.sort((a, b) -> KindOrder.INSTALL.compare(a.kind(), b.kind()));
        sorter.manifests.sort((a, b) -> KindOrder.INSTALL.compare(a.kind(), b.kind()));
        return new SortedManifests(sorter.hooks, sorter.manifests);
    }

    private void addFile(String path, String content) throws HelmException {
        for (String document : ManifestSplitter.split(content)) {
            ManifestHead head = ManifestHead.parse(document);
            String hookTypes = head.annotations().get(HOOK_ANNOTATION);
            if (hookTypes == null) {
                manifests.add(new RenderedManifest(path, document, head.kind(), List.of()));
                continue;
            }
            List<String> events = events(hookTypes);
            if (events != null) {
                hooks.add(new RenderedManifest(path, document, head.kind(), events));
            }
        }
    }

    /** The hook's events, or null when one is unknown (Helm then skips the document). */
    private static List<String> events(String hookTypes) {
        List<String> events = new ArrayList<>();
        for (String type : hookTypes.split(",", -1)) {
            String event = ManifestSplitter.trimSpace(type).toLowerCase(java.util.Locale.ROOT);
            if (event.equals("test-success")) {
                event = "test";
            }
            if (!EVENTS.contains(event)) {
                return null;
            }
            events.add(event);
        }
        return events;
    }

    /** A document that is not valid YAML, with the hooks Helm had already collected. */
    static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient List<RenderedManifest> hooks;

        Failure(String message, List<RenderedManifest> hooks) {
            super(message);
            this.hooks = List.copyOf(hooks);
        }

        List<RenderedManifest> hooks() {
            return hooks;
        }
    }
}
