package dev.windlass.kustomize;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * kustomize's HelmChartInflationGenerator: each {@code helmCharts} entry inflated through the
 * {@link HelmInflator} (Windlass's Helm engine; kustomize would run a helm binary) with its values
 * file, {@code valuesInline} merged over it as {@code valuesMerge} says (kyaml's merge, as kustomize
 * does), and the additional values files after it; the printed manifests become resources of the
 * level, after the ConfigMap and Secret generators' objects.
 */
final class HelmChartGenerator {

    /** Reads a file a kustomization names, under the load restrictor. */
    @FunctionalInterface
    interface FileReader {
        byte[] read(Kustomization k, String reference, FieldPath field, String what) throws KustomizeFailure;
    }

    static final String FAILED = "KustomizeHelmChartFailed";
    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2);

    private final Snapshot snapshot;
    private final HelmInflator inflator;
    private final ResourceFiles files;
    private final FileReader reader;

    HelmChartGenerator(Snapshot snapshot, HelmInflator inflator, ResourceFiles files, FileReader reader) {
        this.snapshot = snapshot;
        this.inflator = inflator;
        this.files = files;
        this.reader = reader;
    }

    /** The resources every chart of {@code k} renders to, in entry order. */
    List<Resource> generate(Kustomization k) throws KustomizeFailure {
        List<Resource> out = new ArrayList<>();
        for (HelmChartFields.Entry entry : HelmChartFields.read(k)) {
            out.addAll(inflate(k, entry));
        }
        return out;
    }

    private List<Resource> inflate(Kustomization k, HelmChartFields.Entry entry) throws KustomizeFailure {
        HelmChart chart = entry.chart();
        if (inflator == HelmInflator.DISABLED) {
            throw KustomizeFailure.at(FAILED, k.file(), entry.field(), "must specify --enable-helm");
        }
        boolean local = snapshot.entry(chart.localDirectory()).filter(SnapshotEntry::isDirectory).isPresent();
        if (!local && chart.repo().isEmpty()) {
            throw KustomizeFailure.at(FAILED, k.file(), entry.field(), "no repo specified for pull, no chart found at '"
                    + chart.localDirectory() + "'; put the chart there or give its repo (and version)");
        }
        List<byte[]> values = new ArrayList<>();
        values(k, entry, local).ifPresent(values::add);
        for (String file : entry.additionalValuesFiles()) {
            values.add(reader.read(k, relative(k, file), entry.field().key("additionalValuesFiles"), "Helm values"));
        }
        String text;
        try {
            text = inflator.template(new HelmInflator.Inflation(snapshot, chart, local, values, k.file()));
        } catch (HelmInflator.InflateFailed e) {
            throw KustomizeFailure.at(FAILED, k.file(), entry.field(), "helm chart '" + chart.name() + "': " + e.getMessage());
        }
        return files.parse(k.file() + " (helmCharts " + chart.name() + ")", text);
    }

    /**
     * The values file kustomize passes with {@code -f}: the file ({@code CHART_HOME/NAME/values.yaml}
     * unless named), with {@code valuesInline} merged in. A pulled chart's own values apply anyway,
     * so without a local copy only the inline values are passed.
     */
    private Optional<byte[]> values(Kustomization k, HelmChartFields.Entry entry, boolean local)
            throws KustomizeFailure {
        HelmChart chart = entry.chart();
        boolean fileReadable = entry.explicitValuesFile() || local;
        MapNode inline = chart.valuesInline();
        if (inline.isEmpty()) {
            return fileReadable ? Optional.of(readValues(k, entry)) : Optional.empty();
        }
        if (chart.valuesMerge().equals("replace") || !fileReadable) {
            return Optional.of(YamlWriter.write(inline).getBytes(StandardCharsets.UTF_8));
        }
        MapNode file = parse(k, entry, readValues(k, entry));
        MapNode merged = chart.valuesMerge().equals("override")
                ? KyamlMerge.apply(file, inline, MergeSchema.builtin()).orElse(MapNode.empty())
                : KyamlMerge.apply(inline, file, MergeSchema.builtin()).orElse(MapNode.empty());
        return Optional.of(YamlWriter.write(merged).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] readValues(Kustomization k, HelmChartFields.Entry entry) throws KustomizeFailure {
        return reader.read(k, relative(k, entry.valuesFile()), entry.field().key("valuesFile"), "Helm values");
    }

    private static MapNode parse(Kustomization k, HelmChartFields.Entry entry, byte[] bytes) throws KustomizeFailure {
        ParsedStream parsed = YAML.read(entry.valuesFile(), new String(bytes, StandardCharsets.UTF_8));
        if (parsed.hasErrors()) {
            throw new KustomizeFailure(parsed.issues().get(0));
        }
        return parsed.documents().stream().filter(d -> !d.isEmpty()).findFirst()
                .flatMap(d -> d.content().asMap()).orElse(MapNode.empty());
    }

    /** {@code path} (a snapshot path) relative to the kustomization's directory, with {@code ..} where needed. */
    static String relative(Kustomization k, String path) {
        String dir = k.directory();
        StringBuilder up = new StringBuilder();
        while (!dir.isEmpty() && !path.startsWith(dir + "/")) {
            up.append("../");
            int slash = dir.lastIndexOf('/');
            dir = slash < 0 ? "" : dir.substring(0, slash);
        }
        return up + (dir.isEmpty() ? path : path.substring(dir.length() + 1));
    }
}
