package dev.windlass.controller.source;

import dev.windlass.engine.source.SourceException;

/**
 * The port through which an Application whose source names a {@code chart} pulls it from a Helm
 * repository (an HTTP chart repository with an {@code index.yaml}, or an OCI registry), as Argo CD's
 * repo server does with {@code helm pull}. The adapter finds the repository's credentials (Argo CD
 * repository Secrets of {@code type: helm} with {@code url}, {@code username}, {@code password},
 * {@code enableOCI}) by {@code repoURL}.
 */
@FunctionalInterface
public interface ChartFetcher {

    /** The reason of the failure of {@link #NOT_CONFIGURED}. */
    String NOT_CONFIGURED_REASON = "HelmRepositoryNotConfigured";

    /** No Helm repository client: every chart source fails with a message that says so. */
    ChartFetcher NOT_CONFIGURED = (repoURL, chart, version, passCredentials) -> {
        throw new SourceException(NOT_CONFIGURED_REASON, "cannot pull chart " + chart + " " + version + " from "
                + repoURL + ": this Windlass has no Helm repository client configured; put the chart in a Git"
                + " repository and point spec.source.path at its directory", null);
    };

    /**
     * The chart archive ({@code .tgz}) of {@code chart} at {@code version}, an exact version or a
     * semver constraint ({@code 1.2.x}, {@code >=1.0 <2}, {@code *}) which resolves to the highest
     * matching version in the repository's index, as Helm does.
     *
     * @param passCredentials send the repository's credentials to every domain the chart is
     *                        downloaded from, not only the repository's (Helm's {@code --pass-credentials})
     */
    FetchedChart fetch(String repoURL, String chart, String version, boolean passCredentials) throws SourceException;
}
