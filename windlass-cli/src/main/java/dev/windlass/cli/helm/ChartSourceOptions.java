package dev.windlass.cli.helm;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartLoader;
import dev.windlass.model.snapshot.LocalSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a chart comes from, with Helm's chart-locating flags: a local directory or archive, or a
 * chart in a repository ({@code --repo}, {@code repo/name}, {@code oci://}) at {@code --version}.
 */
public final class ChartSourceOptions {

    @Option(names = "--version", paramLabel = "CONSTRAINT",
            description = "Chart version or semver constraint (e.g. '>=12.0.0'); latest stable when unset.")
    String version = "";

    @Option(names = "--repo", paramLabel = "URL", description = "Chart repository URL to find the chart in.")
    String repo = "";

    @Option(names = "--username", description = "Repository user name.")
    String username = "";

    @Option(names = "--password", description = "Repository password.")
    String password = "";

    @Option(names = "--devel", description = "Also consider pre-release versions (same as --version '>0.0.0-0').")
    boolean devel;

    @Option(names = "--repository-config", paramLabel = "FILE",
            description = "Helm's repositories file (default: $HELM_REPOSITORY_CONFIG or ~/.config/helm/repositories.yaml).")
    Path repositoryConfig;

    @Option(names = "--repository-cache", paramLabel = "DIR",
            description = "Where pulled charts are cached by digest (default: the Windlass home's cache/helm, ~/.windlass/cache/helm).")
    Path repositoryCache;

    /** Loads the chart {@code argument} names. */
    Chart locate(String argument, PrintWriter err) throws HelmException {
        if (repo.isEmpty() && !argument.startsWith("oci://")) {
            Path local = localPath(argument);
            if (local != null && Files.exists(local)) {
                return loadLocal(local, argument);
            }
        }
        return RemoteCharts.locate(this, argument, err);
    }

    private static Path localPath(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Chart loadLocal(Path path, String argument) throws HelmException {
        if (Files.isDirectory(path)) {
            return ChartLoader.load(LocalSnapshot.of(path.toAbsolutePath().normalize()), "");
        }
        try {
            return ChartLoader.loadArchive(Files.readAllBytes(path), argument);
        } catch (IOException e) {
            throw new HelmException("open " + argument + ": " + e.getMessage(), e);
        }
    }
}
