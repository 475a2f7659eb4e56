package dev.windlass.helm.repo;

import dev.windlass.helm.HelmException;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Charts from a classic HTTP chart repository, like Helm's {@code FindChartInRepoURL} followed by
 * the download: fetch {@code index.yaml}, pick the version, resolve the chart URL against the
 * repository URL, download (unless the cache has the index's digest) and verify the digest.
 * Credentials for the repository's host are sent to that host only.
 */
final class HttpChartRepository {

    private final RepositoryTransport transport;
    private final Map<String, RegistryCredentials> credentials;
    private final ChartCache cache;

    HttpChartRepository(RepositoryTransport transport, Map<String, RegistryCredentials> credentials,
            ChartCache cache) {
        this.transport = transport;
        this.credentials = Map.copyOf(credentials);
        this.cache = cache;
    }

    RepositoryIndex index(String repoUrl) throws HelmException {
        String indexUrl = RepositoryUrls.resolveReference(repoUrl, "index.yaml");
        try {
            return RepositoryIndex.parse(download(indexUrl));
        } catch (HelmException e) {
            throw new HelmException("looks like \"" + repoUrl + "\" is not a valid chart repository or cannot be reached: "
                    + e.getMessage(), e);
        }
    }

    PulledChart pull(String repoUrl, String chart, String version) throws HelmException {
        RepositoryIndex index = index(repoUrl);
        String what = "chart \"" + chart + "\"" + (version == null || version.isEmpty() ? "" : " version \""
                + version + "\"");
        ChartVersionEntry entry;
        try {
            entry = index.get(chart, version);
        } catch (HelmException e) {
            throw new HelmException(what + " not found in " + repoUrl + " repository", e);
        }
        if (entry.urls().isEmpty()) {
            throw new HelmException(what + " has no downloadable URLs");
        }
        String chartUrl;
        try {
            chartUrl = RepositoryUrls.resolveReference(repoUrl, entry.urls().get(0));
        } catch (HelmException e) {
            throw new HelmException("failed to make chart URL absolute: " + e.getMessage(), e);
        }
        if (!entry.digest().isEmpty()) {
            Optional<byte[]> cached = cache.get(ChartDigest.normalize(entry.digest()));
            if (cached.isPresent()) {
                return new PulledChart(chart, entry.version(), cached.get(), ChartDigest.normalize(entry.digest()),
                        chartUrl, true);
            }
        }
        byte[] archive = download(chartUrl);
        ChartDigest.verify(archive, entry.digest(), chartUrl);
        String digest = ChartDigest.ociDigest(archive);
        cache.put(digest, archive);
        return new PulledChart(chart, entry.version(), archive, digest, chartUrl, false);
    }

    PulledChart pullArchive(String url) throws HelmException {
        byte[] archive = download(url);
        String digest = ChartDigest.ociDigest(archive);
        cache.put(digest, archive);
        return new PulledChart("", "", archive, digest, url, false);
    }

    /** GETs {@code url}; a non-200 fails with Helm's {@code failed to fetch <url> : <status>}. */
    byte[] download(String url) throws HelmException {
        URI uri = URI.create(url);
        Map<String, String> headers = new LinkedHashMap<>();
        RegistryCredentials creds = credentials.get(RegistrySession.hostKey(uri));
        if (creds != null) {
            headers.put("Authorization", creds.basicHeader());
        }
        RepositoryTransport.Response response;
        try {
            response = transport.get(uri, headers);
        } catch (IOException e) {
            throw new HelmException("Get \"" + url + "\": " + e.getMessage(), e);
        }
        if (response.status() != 200) {
            throw new HelmException("failed to fetch " + url + " : " + HttpStatusText.status(response.status()));
        }
        return response.body();
    }
}
