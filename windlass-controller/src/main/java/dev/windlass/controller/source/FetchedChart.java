package dev.windlass.controller.source;

import java.util.Objects;

/**
 * A chart pulled from a Helm repository: the archive as served, and the exact version it is, which
 * becomes the Application's synced revision.
 *
 * @param repoURL the Helm repository URL as the Application names it
 * @param chart   the chart's name
 * @param version the resolved version (never a constraint)
 * @param archive the chart archive ({@code .tgz}) bytes
 */
public record FetchedChart(String repoURL, String chart, String version, byte[] archive) {

    public FetchedChart {
        Objects.requireNonNull(repoURL, "repoURL");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(version, "version");
        archive = archive.clone();
    }

    /** A copy of the archive bytes. */
    @Override
    public byte[] archive() {
        return archive.clone();
    }

    /** The file name Helm gives the archive ({@code <chart>-<version>.tgz}), for messages. */
    public String fileName() {
        return chart + "-" + version + ".tgz";
    }
}
