package dev.windlass.helm.chart;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.yaml.ValuesDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Helm's {@code loader.LoadFiles}: sorts a chart's files into metadata, lock, values, schema,
 * templates, other files and subcharts ({@code charts/} directories and {@code .tgz} archives,
 * loaded recursively), then validates the metadata.
 */
final class ChartFiles {

    private ChartFiles() {
    }

    /** The chart the files (chart-relative names, BOM already dropped) make up. */
    static Chart load(List<ChartFile> files) throws HelmException {
        MetadataBuilder metadata = null;
        for (ChartFile f : files) {
            if (f.name().equals("Chart.yaml")) {
                metadata = metadata == null ? new MetadataBuilder() : metadata;
                decode("Chart.yaml", f, metadata);
                if (metadata.apiVersion.isEmpty()) {
                    metadata.apiVersion = "v1";
                }
            }
        }
        Parts parts = new Parts();
        for (ChartFile f : files) {
            metadata = sort(f, metadata, parts);
        }
        if (metadata == null) {
            throw new HelmException("Chart.yaml file is missing");
        }
        MetadataValidator.validate(metadata);
        List<Chart> dependencies = subcharts(metadata.name, parts.subcharts);
        return new Chart(metadata.build(), parts.templates, parts.values, parts.schema, parts.files, parts.lock,
                dependencies);
    }

    private static MetadataBuilder sort(ChartFile f, MetadataBuilder current, Parts parts) throws HelmException {
        MetadataBuilder metadata = current;
        String name = f.name();
        switch (name) {
            case "Chart.yaml" -> {
            }
            case "Chart.lock" -> parts.lock = checkedLock("Chart.lock", f);
            case "values.yaml" -> parts.values = values(f);
            case "values.schema.json" -> parts.schema = f.data();
            case "requirements.yaml" -> {
                metadata = metadata == null ? new MetadataBuilder() : metadata;
                decode("requirements.yaml", f, metadata);
                if ("v1".equals(metadata.apiVersion)) {
                    parts.files.add(f);
                }
            }
            case "requirements.lock" -> {
                parts.lock = checkedLock("requirements.lock", f);
                metadata = metadata == null ? new MetadataBuilder() : metadata;
                if ("v1".equals(metadata.apiVersion)) {
                    parts.files.add(f);
                }
            }
            default -> sortOther(f, parts);
        }
        return metadata;
    }

    private static void sortOther(ChartFile f, Parts parts) {
        String name = f.name();
        if (name.startsWith("templates/")) {
            parts.templates.add(f);
        } else if (name.startsWith("charts/")) {
            if (name.endsWith(".prov")) {
                parts.files.add(f);
                return;
            }
            String inCharts = name.substring("charts/".length());
            int slash = inCharts.indexOf('/');
            String chartName = slash < 0 ? inCharts : inCharts.substring(0, slash);
            parts.subcharts.computeIfAbsent(chartName, k -> new ArrayList<>()).add(new ChartFile(inCharts, f.data()));
        } else {
            parts.files.add(f);
        }
    }

    private static List<Chart> subcharts(String parent, Map<String, List<ChartFile>> subcharts)
            throws HelmException {
        List<Chart> out = new ArrayList<>();
        for (Map.Entry<String, List<ChartFile>> e : subcharts.entrySet()) {
            String n = e.getKey();
            if (n.startsWith("_") || n.startsWith(".")) {
                continue;
            }
            try {
                out.add(subchart(parent, n, e.getValue()));
            } catch (HelmException ex) {
                if (ex.getMessage().startsWith("error unpacking subchart tar in ")) {
                    throw ex;
                }
                throw new HelmException("error unpacking subchart " + n + " in " + parent + ": " + ex.getMessage(), ex);
            }
        }
        return out;
    }

    private static Chart subchart(String parent, String n, List<ChartFile> files) throws HelmException {
        if (n.endsWith(".tgz")) {
            ChartFile file = files.get(0);
            if (!file.name().equals(n)) {
                throw new HelmException("error unpacking subchart tar in " + parent + ": expected " + n + ", got "
                        + file.name());
            }
            return load(ChartArchive.files(file.data()));
        }
        List<ChartFile> inner = new ArrayList<>();
        for (ChartFile f : files) {
            int slash = f.name().indexOf('/');
            if (slash >= 0) {
                inner.add(new ChartFile(f.name().substring(slash + 1), f.data()));
            }
        }
        return load(inner);
    }

    private static void decode(String file, ChartFile f, MetadataBuilder into) throws HelmException {
        try {
            ChartYamlDecoder.decode(f.text(), into);
        } catch (HelmException e) {
            throw new HelmException("cannot load " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] checkedLock(String file, ChartFile f) throws HelmException {
        try {
            dev.windlass.helm.yaml.GoYaml.toJson(dev.windlass.helm.yaml.GoYaml.decode(f.text()));
        } catch (HelmException e) {
            throw new HelmException("cannot load " + file + ": " + e.getMessage(), e);
        }
        return f.data();
    }

    private static Map<String, Object> values(ChartFile f) throws HelmException {
        try {
            return ValuesDocuments.load(f.text());
        } catch (HelmException e) {
            throw new HelmException("cannot load values.yaml: " + e.getMessage(), e);
        }
    }

    /** What the files sort into. */
    private static final class Parts {
        final List<ChartFile> templates = new ArrayList<>();
        final List<ChartFile> files = new ArrayList<>();
        final Map<String, List<ChartFile>> subcharts = new TreeMap<>();
        Map<String, Object> values = Map.of();
        byte[] schema;
        byte[] lock;
    }
}
