package dev.windlass.helm.repo;

import dev.windlass.helm.HelmException;

/**
 * What a user names as a chart: {@code repo/name} (a configured repository), {@code oci://…}, a
 * direct archive URL ({@code https://…/x.tgz}), or a bare {@code name} to look up in a repository
 * URL given separately (like {@code helm template --repo URL name}).
 */
public sealed interface ChartReference {

    /** {@code repo/name}: chart {@code chart} in the repository configured as {@code repository}. */
    record InRepository(String repository, String chart) implements ChartReference {
    }

    /** {@code name}: a chart name to resolve in a repository URL passed alongside. */
    record Named(String chart) implements ChartReference {
    }

    /** {@code oci://…}: a chart in an OCI registry. */
    record Oci(OciReference reference) implements ChartReference {
    }

    /** {@code http(s)://…}: an archive at a URL. */
    record ArchiveUrl(String url) implements ChartReference {
    }

    /** Parses {@code text}; fails on an empty text or an unsupported scheme. */
    static ChartReference parse(String text) throws HelmException {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new HelmException("chart reference is empty");
        }
        if (OciReference.isOci(t)) {
            return new Oci(OciReference.parse(t));
        }
        int scheme = t.indexOf("://");
        if (scheme >= 0) {
            String s = t.substring(0, scheme);
            if (!s.equals("http") && !s.equals("https")) {
                throw new HelmException("could not find protocol handler for: " + s);
            }
            return new ArchiveUrl(t);
        }
        int slash = t.indexOf('/');
        if (slash > 0 && slash == t.lastIndexOf('/') && slash < t.length() - 1) {
            return new InRepository(t.substring(0, slash), t.substring(slash + 1));
        }
        if (slash < 0) {
            return new Named(t);
        }
        throw new HelmException("non-absolute URLs should be in form of repo_name/path_to_chart, got: " + t);
    }
}
