package dev.windlass.helm.repo;

import dev.windlass.helm.HelmException;
import java.util.regex.Pattern;

/**
 * An OCI chart reference {@code oci://registry[:port]/repository[:tag][@digest]} parsed like Helm's
 * registry reference: the {@code oci://} prefix is optional and a {@code +} in the tag becomes
 * {@code _} (registries do not allow {@code +} in tags; Helm issue 10166).
 *
 * @param registry   host and optional port
 * @param repository repository path (e.g. {@code charts/nginx})
 * @param tag        tag with {@code +} replaced by {@code _}, or empty
 * @param digest     {@code sha256:<hex>}, or empty
 */
public record OciReference(String registry, String repository, String tag, String digest) {

    /** The URL scheme of OCI references. */
    public static final String SCHEME = "oci";

    private static final Pattern REPOSITORY = Pattern.compile(
            "[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("\\w[\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+");

    public OciReference {
        tag = tag == null ? "" : tag;
        digest = digest == null ? "" : digest;
    }

    /** Whether {@code url} is an OCI reference ({@code oci://…}). */
    public static boolean isOci(String url) {
        return url.startsWith(SCHEME + "://");
    }

    /** Parses {@code raw}; fails with {@code invalid reference: …} like oras. */
    public static OciReference parse(String raw) throws HelmException {
        String rest = raw.startsWith(SCHEME + "://") ? raw.substring(SCHEME.length() + 3) : raw;
        String digest = "";
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new HelmException("invalid reference: missing registry or repository: " + raw);
        }
        String registry = rest.substring(0, slash);
        String path = rest.substring(slash + 1);
        String tag = "";
        int colon = path.lastIndexOf(':');
        if (colon >= 0) {
            tag = path.substring(colon + 1).replace('+', '_');
            path = path.substring(0, colon);
        }
        if (!REPOSITORY.matcher(path).matches()) {
            throw new HelmException("invalid reference: invalid repository \"" + path + "\"");
        }
        if (!tag.isEmpty() && !TAG.matcher(tag).matches()) {
            throw new HelmException("invalid reference: invalid tag \"" + tag + "\"");
        }
        if (!digest.isEmpty() && !DIGEST.matcher(digest).matches()) {
            throw new HelmException("invalid reference: invalid digest \"" + digest + "\"");
        }
        return new OciReference(registry, path, tag, digest);
    }

    /** The chart name: the last path segment of the repository. */
    public String chartName() {
        return repository.substring(repository.lastIndexOf('/') + 1);
    }

    /** The same repository at another tag. */
    public OciReference withTag(String newTag) {
        return new OciReference(registry, repository, newTag.replace('+', '_'), digest);
    }

    /** The manifest reference to fetch: the digest if any, else the tag. */
    public String manifestReference() {
        return digest.isEmpty() ? tag : digest;
    }

    @Override
    public String toString() {
        return registry + "/" + repository + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
    }
}
