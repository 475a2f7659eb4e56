package dev.windlass.render.helm;

import dev.windlass.helm.HelmException;

/**
 * Pulls a chart archive from a Helm repository ({@code https://…}) or an OCI registry
 * ({@code oci://…}); the adapter over Windlass's chart repository client implements it.
 */
@FunctionalInterface
public interface ChartPuller {

    /** The {@code .tgz} of chart {@code name} at {@code version} (a version or constraint; empty for the latest stable). */
    byte[] pull(String repository, String name, String version, boolean devel) throws HelmException;

    /** No repository access: every pull fails saying so. */
    ChartPuller NONE = (repository, name, version, devel) -> {
        throw new HelmException("chart " + name + " from " + repository + " cannot be pulled here: no chart"
                + " repository access is configured; vendor the chart into the repository instead");
    };
}
