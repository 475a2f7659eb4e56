package dev.windlass.cli.helm;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartLoader;
import dev.windlass.helm.repo.ChartPuller;
import dev.windlass.helm.repo.PulledChart;
import dev.windlass.helm.repo.RegistryCredentials;
import dev.windlass.helm.transport.HttpRepositoryTransport;
import java.io.PrintWriter;
import java.net.URI;

/**
 * Charts from repositories, as {@code helm template} finds them: {@code --repo URL NAME},
 * {@code repo/name} through Helm's repositories file, {@code oci://} references and archive URLs.
 */
final class RemoteCharts {

    private RemoteCharts() {
    }

    static Chart locate(ChartSourceOptions options, String argument, PrintWriter err) throws HelmException {
        if (options.repo.isEmpty() && !argument.contains("/")) {
            throw new HelmException("non-absolute URLs should be in form of repo_name/path_to_chart, got: " + argument);
        }
        ChartPuller puller = puller(options, argument);
        String version = options.version.isEmpty() && options.devel ? ">0.0.0-0" : options.version;
        PulledChart pulled = options.repo.isEmpty() ? puller.pull(argument, version)
                : puller.pullFromRepository(options.repo, argument, version);
        return ChartLoader.loadArchive(pulled.archive(), pulled.source());
    }

    private static ChartPuller puller(ChartSourceOptions options, String argument) throws HelmException {
        HttpRepositoryTransport.Builder transport = HttpRepositoryTransport.builder();
        ChartPuller puller = ChartPuller.over(transport.build())
                .withCache(HelmHome.chartCache(options.repositoryCache));
        for (HelmHome.Repository repository : HelmHome.repositories(options.repositoryConfig)) {
            puller = puller.withRepository(repository.name(), repository.url());
            if (!repository.username().isEmpty()) {
                puller = puller.withCredentials(host(repository.url()),
                        new RegistryCredentials(repository.username(), repository.password()));
            }
        }
        String target = !options.repo.isEmpty() ? options.repo : argument.contains("://") ? argument : "";
        if (!options.username.isEmpty() && !target.isEmpty()) {
            puller = puller.withCredentials(host(target), new RegistryCredentials(options.username, options.password));
        }
        return puller;
    }

    /** {@code host[:port]} of a repository URL, the key credentials are kept under. */
    static String host(String url) {
        URI uri = URI.create(url.startsWith("oci://") ? "https://" + url.substring(6) : url);
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }
}
