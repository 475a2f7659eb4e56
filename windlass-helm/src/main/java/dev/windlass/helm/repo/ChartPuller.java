package dev.windlass.helm.repo;

import dev.windlass.helm.HelmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fetches chart archives the way {@code helm pull} / {@code helm template --repo} do, over a
 * {@link RepositoryTransport}: from HTTP chart repositories (index.yaml, version constraints,
 * relative URLs, digest check), from OCI registries (tags, manifest, chart layer, bearer or basic
 * auth) and from direct archive URLs. A {@link ChartCache} keyed by digest skips repeated
 * downloads. Instances are immutable; {@code with…} returns a copy.
 *
 * <pre>{@code
 * PulledChart chart = ChartPuller.over(transport).withCache(cache)
 *         .pullFromRepository("https://charts.example.com", "nginx", ">=12.0.0");
 * }</pre>
 */
public final class ChartPuller {

    private final RepositoryTransport transport;
    private final ChartCache cache;
    private final Map<String, RegistryCredentials> credentials;
    private final Map<String, String> repositories;
    private final boolean plainHttp;

    private ChartPuller(RepositoryTransport transport, ChartCache cache, Map<String, RegistryCredentials> credentials,
            Map<String, String> repositories, boolean plainHttp) {
        this.transport = transport;
        this.cache = cache;
        this.credentials = Map.copyOf(credentials);
        this.repositories = Map.copyOf(repositories);
        this.plainHttp = plainHttp;
    }

    /** A puller over {@code transport} with no cache, credentials or named repositories. */
    public static ChartPuller over(RepositoryTransport transport) {
        return new ChartPuller(transport, ChartCache.none(), Map.of(), Map.of(), false);
    }

    /** A copy using {@code chartCache}. */
    public ChartPuller withCache(ChartCache chartCache) {
        return new ChartPuller(transport, chartCache, credentials, repositories, plainHttp);
    }

    /** A copy that authenticates to {@code host} ({@code host[:port]}) with {@code creds}. */
    public ChartPuller withCredentials(String host, RegistryCredentials creds) {
        Map<String, RegistryCredentials> copy = new LinkedHashMap<>(credentials);
        copy.put(host, creds);
        return new ChartPuller(transport, cache, copy, repositories, plainHttp);
    }

    /** A copy that resolves {@code name/chart} references in the repository at {@code url}. */
    public ChartPuller withRepository(String name, String url) {
        Map<String, String> copy = new LinkedHashMap<>(repositories);
        copy.put(name, url);
        return new ChartPuller(transport, cache, credentials, copy, plainHttp);
    }

    /** A copy that talks plain HTTP to OCI registries ({@code helm --plain-http}). */
    public ChartPuller withPlainHttp(boolean plain) {
        return new ChartPuller(transport, cache, credentials, repositories, plain);
    }

    /** Parses {@code reference} ({@link ChartReference}) and pulls it at {@code version}. */
    public PulledChart pull(String reference, String version) throws HelmException {
        return pull(ChartReference.parse(reference), version);
    }

    /** Pulls {@code reference} at {@code version} (empty: latest stable). */
    public PulledChart pull(ChartReference reference, String version) throws HelmException {
        if (reference instanceof ChartReference.Oci oci) {
            return pullOci(oci.reference(), version);
        }
        if (reference instanceof ChartReference.ArchiveUrl url) {
            return pullArchive(url.url());
        }
        if (reference instanceof ChartReference.InRepository in) {
            String url = repositories.get(in.repository());
            if (url == null) {
                throw new HelmException("repo " + in.repository() + " not found");
            }
            return pullFromRepository(url, in.chart(), version);
        }
        throw new HelmException("chart \"" + ((ChartReference.Named) reference).chart()
                + "\" needs a repository URL");
    }

    /** Like {@code helm pull --repo repoUrl chart --version version}. */
    public PulledChart pullFromRepository(String repoUrl, String chart, String version) throws HelmException {
        return http().pull(repoUrl, chart, version);
    }

    /** The repository's parsed {@code index.yaml}. */
    public RepositoryIndex index(String repoUrl) throws HelmException {
        return http().index(repoUrl);
    }

    /** Like {@code helm pull oci://… --version version}. */
    public PulledChart pullOci(OciReference reference, String version) throws HelmException {
        return new OciChartRegistry(new RegistrySession(transport, credentials), cache, plainHttp)
                .pull(reference, version);
    }

    /** Like {@code helm pull https://…/chart.tgz}. */
    public PulledChart pullArchive(String url) throws HelmException {
        return http().pullArchive(url);
    }

    private HttpChartRepository http() {
        return new HttpChartRepository(transport, credentials, cache);
    }
}
