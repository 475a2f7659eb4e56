package dev.windlass.cli.helm;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import java.io.PrintWriter;

/** Charts from repositories: {@code --repo URL NAME}, {@code repo/name} and {@code oci://} references. */
final class RemoteCharts {

    private RemoteCharts() {
    }

    static Chart locate(ChartSourceOptions options, String argument, PrintWriter err) throws HelmException {
        if (options.repo.isEmpty() && !argument.startsWith("oci://") && !argument.contains("/")) {
            throw new HelmException("non-absolute URLs should be in form of repo_name/path_to_chart, got: " + argument);
        }
        throw new HelmException("chart repositories are not wired yet: " + argument);
    }
}
