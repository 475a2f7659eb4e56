package dev.windlass.controller.source;

import dev.windlass.engine.source.SourceException;
import dev.windlass.helm.HelmException;
import dev.windlass.helm.repo.ChartPuller;
import dev.windlass.helm.repo.OciReference;
import dev.windlass.helm.repo.PulledChart;
import dev.windlass.helm.repo.RegistryCredentials;
import java.net.URI;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@link ChartFetcher} over Windlass's Helm repository client, as Argo CD's repo server pulls
 * the chart of a source naming one: from an HTTP chart repository by its {@code index.yaml}
 * (resolving a version constraint to the highest matching version), or from an OCI registry when
 * the repository Secret says {@code enableOCI} or the URL has no scheme
 * ({@code registry.example.com/charts}, Argo CD's {@code IsHelmOciRepo}), as
 * {@code oci://<repoURL>/<chart>}. Credentials of the repository's Secret go to the repository's
 * host.
 */
public final class HelmRepositoryCharts implements ChartFetcher {

    /** The reason of a failed pull. */
    public static final String PULL_FAILED = "HelmChartPullFailed";

    /**
     * How a Helm repository is reached, from its Argo CD repository Secret ({@code type: helm}).
     *
     * @param username  {@code username}; empty for none
     * @param password  {@code password}; empty for none
     * @param enableOCI {@code enableOCI}: the repository is an OCI registry
     */
    public record Access(String username, String password, boolean enableOCI) {

        /** No Secret: anonymous, OCI only when the URL says so. */
        public static final Access NONE = new Access("", "", false);

        public Access {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Access[" + (username.isEmpty() ? "anonymous" : username) + (enableOCI ? ", oci" : "") + "]";
        }
    }

    private final ChartPuller puller;
    private final Function<String, Access> access;

    /** Pulls through {@code puller}, with the settings {@code access} gives each repository URL. */
    public HelmRepositoryCharts(ChartPuller puller, Function<String, Access> access) {
        this.puller = Objects.requireNonNull(puller, "puller");
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public FetchedChart fetch(String repoURL, String chart, String version, boolean passCredentials)
            throws SourceException {
        Access settings = access.apply(repoURL);
        boolean oci = settings.enableOCI() || isOciRepository(repoURL);
        String location = oci ? "oci://" + stripScheme(repoURL) + "/" + chart : repoURL;
        ChartPuller client = puller;
        if (!settings.username().isEmpty() && !settings.password().isEmpty()) {
            client = client.withCredentials(host(location), new RegistryCredentials(settings.username(),
                    settings.password()));
        }
        try {
            PulledChart pulled = oci ? client.pullOci(OciReference.parse(location), version)
                    : client.pullFromRepository(repoURL, chart, version);
            return new FetchedChart(repoURL, chart, pulled.version(), pulled.archive());
        } catch (HelmException e) {
            throw new SourceException(PULL_FAILED, "failed to pull chart " + chart + " at version '" + version
                    + "' from " + repoURL + ": " + e.getMessage(), e);
        }
    }

    /** Argo CD's {@code IsHelmOciRepo}: a URL without a host part ({@code registry.example.com/charts}). */
    static boolean isOciRepository(String repoURL) {
        if (repoURL.isEmpty()) {
            return false;
        }
        if (repoURL.startsWith("oci://")) {
            return true;
        }
        try {
            return URI.create(repoURL).getHost() == null && !repoURL.contains("://");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String stripScheme(String repoURL) {
        String bare = repoURL.startsWith("oci://") ? repoURL.substring("oci://".length()) : repoURL;
        return bare.endsWith("/") ? bare.substring(0, bare.length() - 1) : bare;
    }

    /** {@code host[:port]} of a URL, as the chart puller keys credentials. */
    private static String host(String location) {
        String rest = location.substring(location.indexOf("://") + 3);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        int at = authority.lastIndexOf('@');
        return at < 0 ? authority : authority.substring(at + 1);
    }
}
