package dev.windlass.cli.helm;

import dev.windlass.helm.repo.ChartPuller;
import dev.windlass.helm.transport.HttpRepositoryTransport;
import java.nio.file.Path;

/** The CLI's access to chart repositories for kustomize's helmCharts: HTTP repositories and OCI registries. */
public final class HelmRepositories {

    private HelmRepositories() {
    }

    /** A puller caching charts by digest under {@code home}/cache/helm (the Windlass home when null). */
    public static dev.windlass.render.helm.ChartPuller puller(Path home) {
        Path cache = home == null ? null : home.resolve("cache").resolve("helm");
        ChartPuller puller = ChartPuller.over(HttpRepositoryTransport.builder().build()).withCache(HelmHome.chartCache(cache));
        return (repository, name, version, devel) -> {
            String constraint = version.isEmpty() && devel ? ">0.0.0-0" : version;
            if (repository.startsWith("oci://")) {
                return puller.pull(repository.replaceAll("/+$", "") + "/" + name, constraint).archive();
            }
            return puller.pullFromRepository(repository, name, constraint).archive();
        };
    }
}
