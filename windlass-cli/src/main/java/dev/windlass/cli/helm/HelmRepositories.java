package dev.windlass.cli.helm;

import dev.windlass.helm.HelmException;
import dev.windlass.render.helm.ChartPuller;
import java.nio.file.Path;

/** The CLI's access to chart repositories: HTTP Helm repositories and OCI registries, cached under the home. */
public final class HelmRepositories {

    private HelmRepositories() {
    }

    /** A puller caching charts under {@code home} (the Windlass home when null). */
    public static ChartPuller puller(Path home) {
        return (repository, name, version, devel) -> {
            throw new HelmException("chart repositories are not wired yet: " + repository + " " + name);
        };
    }
}
