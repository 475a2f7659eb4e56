package dev.windlass.render.helm;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Value files of a chart pulled from a repository: files inside the chart, as Argo CD reads them there. */
final class ChartValueFiles implements ValueFiles {

    private final Chart chart;
    private final boolean ignoreMissing;

    ChartValueFiles(Chart chart, boolean ignoreMissing) {
        this.chart = chart;
        this.ignoreMissing = ignoreMissing;
    }

    @Override
    public List<String> present(List<String> names) {
        List<String> present = new ArrayList<>();
        for (String name : names) {
            if (!ignoreMissing || find(name).isPresent()) {
                present.add(name);
            }
        }
        return present;
    }

    @Override
    public byte[] read(String name) throws HelmException {
        return find(name).map(ChartFile::data).orElseThrow(() -> new HelmException("open " + name
                + ": no such file in chart " + chart.name() + " (value files of a repository chart are read from inside"
                + " the chart; set helm.ignoreMissingValueFiles to skip missing ones)"));
    }

    private Optional<ChartFile> find(String name) {
        String wanted = name.startsWith("./") ? name.substring(2) : name;
        if (wanted.equals("values.yaml")) {
            // the chart's defaults, which apply anyway
            return Optional.of(new ChartFile(wanted, new byte[0]));
        }
        return chart.files().stream().filter(f -> f.name().equals(wanted)).findFirst();
    }
}
