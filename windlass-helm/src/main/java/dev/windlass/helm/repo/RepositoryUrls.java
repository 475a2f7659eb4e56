package dev.windlass.helm.repo;

import dev.windlass.helm.HelmException;
import java.net.URI;
import java.net.URISyntaxException;

/** URL arithmetic of chart repositories (Helm's {@code repo.ResolveReferenceURL}). */
public final class RepositoryUrls {

    private RepositoryUrls() {
    }

    /**
     * Resolves {@code ref} (a chart URL from an index, or {@code index.yaml}) against the
     * repository URL {@code base}: an absolute {@code ref} is returned unchanged; otherwise
     * {@code base} is treated as a directory (a trailing slash is added) and its query string is
     * kept, as Helm does for repositories behind signed URLs.
     */
    public static String resolveReference(String base, String ref) throws HelmException {
        URI refUri = parse(ref);
        if (refUri.isAbsolute()) {
            return ref;
        }
        URI baseUri = parse(base);
        String rawPath = baseUri.getRawPath() == null ? "" : baseUri.getRawPath();
        String dir = (rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath) + "/";
        try {
            String authority = baseUri.getRawAuthority() == null ? "" : "//" + baseUri.getRawAuthority();
            URI dirUri = new URI(baseUri.getScheme() + ":" + authority + dir);
            URI resolved = dirUri.resolve(refUri);
            StringBuilder out = new StringBuilder(resolved.getScheme()).append(':');
            if (resolved.getRawAuthority() != null) {
                out.append("//").append(resolved.getRawAuthority());
            }
            out.append(resolved.getRawPath());
            if (baseUri.getRawQuery() != null) {
                out.append('?').append(baseUri.getRawQuery());
            }
            if (resolved.getRawFragment() != null) {
                out.append('#').append(resolved.getRawFragment());
            }
            return out.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new HelmException("failed to parse " + base + " as URL: " + e.getMessage(), e);
        }
    }

    private static URI parse(String url) throws HelmException {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new HelmException("failed to parse " + url + " as URL: " + e.getMessage(), e);
        }
    }
}
