package dev.windlass.helm.repo;

import dev.windlass.gotemplate.semver.SemConstraint;
import dev.windlass.gotemplate.semver.SemVersion;
import dev.windlass.helm.HelmException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OCI distribution flow of {@code helm pull oci://…}: pick the tag (the given version, or the
 * highest tag matching a constraint from {@code /v2/<name>/tags/list}), fetch the manifest, check
 * it is a Helm chart, fetch the chart layer (unless the cache has its digest) and verify it.
 */
final class OciChartRegistry {

    private final RegistrySession session;
    private final ChartCache cache;
    private final boolean plainHttp;

    OciChartRegistry(RegistrySession session, ChartCache cache, boolean plainHttp) {
        this.session = session;
        this.cache = cache;
        this.plainHttp = plainHttp;
    }

    PulledChart pull(OciReference ref, String requested) throws HelmException {
        String version = requested == null ? "" : requested;
        if (version.isEmpty()) {
            version = ref.tag();
        } else if (!ref.tag().isEmpty() && !ref.tag().equals(version.replace('+', '_'))) {
            throw new HelmException("chart reference and version mismatch: " + version + " is not " + ref.tag());
        }
        String reference;
        String resolved;
        if (!ref.digest().isEmpty()) {
            reference = ref.digest();
            resolved = version.replace('_', '+');
        } else {
            resolved = SemVersion.parseOrNull(version) != null ? version.replace('_', '+') : matchingTag(ref, version);
            reference = resolved.replace('+', '_');
        }
        OciManifest manifest = OciManifest.parse(fetch(ref, "manifests/" + reference, OciManifest.MANIFEST_MEDIA_TYPE,
                "oci://" + ref.registry() + "/" + ref.repository() + ":" + reference));
        OciManifest.Descriptor layer = manifest.chartLayer();
        String source = "oci://" + ref.withTag(reference.startsWith("sha256:") ? "" : reference);
        Optional<byte[]> cached = cache.get(layer.digest());
        if (cached.isPresent()) {
            return new PulledChart(ref.chartName(), resolved, cached.get(), layer.digest(), source, true);
        }
        byte[] archive = fetch(ref, "blobs/" + layer.digest(), "*/*", source);
        ChartDigest.verify(archive, layer.digest(), source);
        cache.put(layer.digest(), archive);
        return new PulledChart(ref.chartName(), resolved, archive, layer.digest(), source, false);
    }

    /** Helm's {@code Tags} + {@code GetTagMatchingVersionOrConstraint}. */
    private String matchingTag(OciReference ref, String version) throws HelmException {
        List<String> tags = tags(ref);
        if (tags.isEmpty()) {
            throw new HelmException("unable to locate any tags in provided repository: " + ref.registry() + "/"
                    + ref.repository());
        }
        if (!version.isEmpty() && tags.contains(version)) {
            return version;
        }
        SemConstraint constraint;
        try {
            constraint = SemConstraint.parse(version.isEmpty() ? "*" : version);
        } catch (IllegalArgumentException e) {
            throw new HelmException(e.getMessage(), e);
        }
        for (String tag : tags) {
            SemVersion v = SemVersion.parseOrNull(tag);
            if (v != null && constraint.check(v)) {
                return tag;
            }
        }
        throw new HelmException("could not locate a version matching provided version string " + version);
    }

    /** Semver tags ({@code _} read as {@code +}), highest first, as normalized version strings. */
    List<String> tags(OciReference ref) throws HelmException {
        List<SemVersion> versions = new ArrayList<>();
        String next = "tags/list";
        while (next != null) {
            RepositoryTransport.Response r = get(ref, next, "application/json");
            if (!r.ok()) {
                throw statusError(r, base(ref).resolve(next), ref.toString());
            }
            for (String tag : tagNames(r.body())) {
                SemVersion v = SemVersion.parseStrictOrNull(tag.replace('_', '+'));
                if (v != null) {
                    versions.add(v);
                }
            }
            next = nextPage(r.header("Link"), ref);
        }
        versions.sort(Comparator.reverseOrder());
        return versions.stream().map(SemVersion::toString).toList();
    }

    private static List<String> tagNames(byte[] body) throws HelmException {
        try {
            if (JsonTree.parse(body) instanceof Map<?, ?> m && m.get("tags") instanceof List<?> tags) {
                return tags.stream().filter(String.class::isInstance).map(String.class::cast).toList();
            }
            return List.of();
        } catch (IOException | RuntimeException e) {
            throw new HelmException("invalid tag list: " + e.getMessage(), e);
        }
    }

    /** The path after {@code /v2/<name>/} of a {@code Link: <…>; rel="next"} header, or null. */
    private static String nextPage(String link, OciReference ref) {
        if (link == null || !link.contains("rel=\"next\"") || link.indexOf('<') < 0) {
            return null;
        }
        String target = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        String prefix = "/v2/" + ref.repository() + "/";
        int at = target.indexOf(prefix);
        return at < 0 ? null : target.substring(at + prefix.length());
    }

    private byte[] fetch(OciReference ref, String path, String accept, String what) throws HelmException {
        RepositoryTransport.Response r = get(ref, path, accept);
        if (r.status() == 404) {
            throw new HelmException(what + ": not found");
        }
        if (!r.ok()) {
            throw statusError(r, base(ref).resolve(path), what);
        }
        return r.body();
    }

    private RepositoryTransport.Response get(OciReference ref, String path, String accept) throws HelmException {
        return session.get(base(ref).resolve(path), Map.of("Accept", accept),
                "repository:" + ref.repository() + ":pull");
    }

    private URI base(OciReference ref) {
        return URI.create((plainHttp ? "http" : "https") + "://" + ref.registry() + "/v2/" + ref.repository() + "/");
    }

    private static HelmException statusError(RepositoryTransport.Response r, URI uri, String what) {
        return new HelmException(what + ": GET \"" + uri + "\": response status code " + r.status() + ": "
                + HttpStatusText.status(r.status()));
    }
}
