package dev.windlass.helm.release;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.GoGlob;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code helm template} prints: the release manifest (CRDs when asked, then manifests, each as
 * {@code ---\n# Source: PATH\nTEXT\n}) trimmed, then the hooks (unless {@code --no-hooks}, test
 * hooks left out with {@code --skip-tests}), then, with {@code --show-only}, only the documents
 * whose source matches one of the patterns.
 */
final class TemplatePrinter {

    private static final Pattern SOURCE = Pattern.compile("# Source: [^/]+/(.+)");

    private TemplatePrinter() {
    }

    /** The release manifest as Helm's {@code renderResources} builds it. */
    static String manifest(List<RenderedManifest> crds, List<RenderedManifest> manifests) {
        StringBuilder out = new StringBuilder();
        for (RenderedManifest crd : crds) {
            document(out, crd);
        }
        for (RenderedManifest manifest : manifests) {
            document(out, manifest);
        }
        return out.toString();
    }

    static void document(StringBuilder out, RenderedManifest manifest) {
        out.append("---\n# Source: ").append(manifest.source()).append('\n').append(manifest.text()).append('\n');
    }

    /** The release manifest followed by the printed hooks, before {@code --show-only}. */
    static String withHooks(String manifest, List<RenderedManifest> hooks, TemplateRequest request) {
        StringBuilder out = new StringBuilder(ManifestSplitter.trimSpace(manifest)).append('\n');
        if (!request.noHooks()) {
            for (RenderedManifest hook : hooks) {
                if (request.skipTests() && hook.hooks().contains("test")) {
                    continue;
                }
                document(out, hook);
            }
        }
        return out.toString();
    }

    /**
     * The documents matching {@code --show-only}, pattern by pattern.
     *
     * @param renderError the error rendering already failed with, reported instead of a missing template
     */
    static String showOnly(String printed, List<String> patterns, HelmException renderError) throws HelmException {
        List<String> documents = ManifestSplitter.split(printed);
        List<String> selected = new ArrayList<>();
        for (String pattern : patterns) {
            String wanted = pattern;
            boolean missing = true;
            for (String document : documents) {
                Matcher source = SOURCE.matcher(document);
                if (!source.find() || !GoGlob.matches(wanted, source.group(1))) {
                    continue;
                }
                selected.add(document);
                missing = false;
            }
            if (missing) {
                if (renderError != null) {
                    throw renderError;
                }
                throw new HelmException("could not find template " + wanted + " in chart");
            }
        }
        StringBuilder out = new StringBuilder();
        for (String document : selected) {
            out.append("---\n").append(document).append('\n');
        }
        return out.toString();
    }
}
