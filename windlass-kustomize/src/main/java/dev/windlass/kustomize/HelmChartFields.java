package dev.windlass.kustomize;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.snapshot.SnapshotPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a kustomization's {@code helmCharts}, {@code helmGlobals} and legacy
 * {@code helmChartInflationGenerator} fields as kustomize's HelmChartInflationGenerator configures
 * itself: chart home {@code charts} by default (then {@code NAME-VERSION} under it when version and
 * repository are both set), values file {@code CHART_HOME/NAME/values.yaml} by default, values merge
 * {@code override} by default.
 */
final class HelmChartFields {

    static final String INVALID = "KustomizeHelmChartInvalid";
    private static final Set<String> MERGES = Set.of("merge", "override", "replace");

    /** One chart with where its values come from (snapshot paths). */
    record Entry(HelmChart chart, FieldPath field, String valuesFile, boolean explicitValuesFile,
            List<String> additionalValuesFiles) {
        Entry {
            additionalValuesFiles = List.copyOf(additionalValuesFiles);
        }
    }

    private HelmChartFields() {
    }

    static List<Entry> read(Kustomization k) throws KustomizeFailure {
        MapNode document = k.document();
        MapNode globals = document.getMap("helmGlobals").orElse(MapNode.empty());
        String chartHome = globals.getText("chartHome").orElse("");
        List<Entry> entries = new ArrayList<>();
        List<Node> charts = document.getList("helmCharts").map(ListNode::items).orElse(List.of());
        for (int i = 0; i < charts.size(); i++) {
            FieldPath at = FieldPath.of("helmCharts").index(i);
            entries.add(entry(k, map(k, charts.get(i), at), chartHome, at));
        }
        List<Node> legacy = document.getList("helmChartInflationGenerator").map(ListNode::items).orElse(List.of());
        for (int i = 0; i < legacy.size(); i++) {
            FieldPath at = FieldPath.of("helmChartInflationGenerator").index(i);
            MapNode old = map(k, legacy.get(i), at);
            String home = old.getText("chartHome").orElse(chartHome);
            entries.add(entry(k, fromLegacy(old), home, at));
        }
        return entries;
    }

    /** kustomize's {@code makeHelmChartFromHca}: the old field names mapped onto {@code helmCharts}'. */
    private static MapNode fromLegacy(MapNode old) {
        MapNode.Builder chart = MapNode.builder();
        copy(old, "chartName", chart, "name");
        copy(old, "chartVersion", chart, "version");
        copy(old, "chartRepoUrl", chart, "repo");
        copy(old, "values", chart, "valuesFile");
        copy(old, "valuesLocal", chart, "valuesInline");
        copy(old, "valuesMerge", chart, "valuesMerge");
        copy(old, "releaseName", chart, "releaseName");
        return chart.build();
    }

    private static void copy(MapNode from, String key, MapNode.Builder to, String as) {
        from.get(key).ifPresent(value -> to.put(as, value));
    }

    private static Entry entry(Kustomization k, MapNode chart, String globalHome, FieldPath at) throws KustomizeFailure {
        String name = chart.getText("name").orElse("");
        if (name.isEmpty()) {
            throw KustomizeFailure.at(INVALID, k.file(), at.key("name"), "chart name cannot be empty");
        }
        String merge = chart.getText("valuesMerge").orElse("");
        if (!merge.isEmpty() && !MERGES.contains(merge)) {
            throw KustomizeFailure.at(INVALID, k.file(), at.key("valuesMerge"),
                    "valuesMerge must be one of [merge override replace]");
        }
        String version = chart.getText("version").orElse("");
        String repo = chart.getText("repo").orElse("");
        String home = resolve(k, globalHome.isEmpty() ? "charts" : globalHome, at);
        if (!version.isEmpty() && !repo.isEmpty()) {
            home = SnapshotPaths.join(home, name + "-" + version);
        }
        HelmChart parsed = new HelmChart(name, version, repo, chart.getText("releaseName").orElse(""),
                chart.getText("namespace").orElse(""), home, chart.getMap("valuesInline").orElse(MapNode.empty()),
                merge.isEmpty() ? "override" : merge, flag(chart, "includeCRDs"), flag(chart, "skipHooks"),
                flag(chart, "skipTests"), texts(chart, "apiVersions"), chart.getText("kubeVersion").orElse(""),
                chart.getText("nameTemplate").orElse(""), flag(chart, "devel"));
        Optional<String> valuesFile = chart.getText("valuesFile").filter(v -> !v.isEmpty());
        String values = valuesFile.isPresent() ? resolve(k, valuesFile.get(), at.key("valuesFile"))
                : SnapshotPaths.join(parsed.localDirectory(), "values.yaml");
        List<String> additional = new ArrayList<>();
        for (String file : texts(chart, "additionalValuesFiles")) {
            additional.add(resolve(k, file, at.key("additionalValuesFiles")));
        }
        return new Entry(parsed, at, values, valuesFile.isPresent(), additional);
    }

    private static MapNode map(Kustomization k, Node node, FieldPath at) throws KustomizeFailure {
        return node.asMap().orElseThrow(() -> KustomizeFailure.at(INVALID, k.file(), at,
                "a chart entry is a mapping with name, repo, version, releaseName, valuesInline …"));
    }

    /** A path relative to the kustomization's directory, as a snapshot path. */
    private static String resolve(Kustomization k, String path, FieldPath at) throws KustomizeFailure {
        if (path.startsWith("/")) {
            throw KustomizeFailure.at(INVALID, k.file(), at, "'" + path + "' is an absolute path; Windlass reads charts"
                    + " and values from the kustomization's tree: give the path relative to the kustomization");
        }
        var normalized = SnapshotPaths.normalize(SnapshotPaths.join(k.directory(), path));
        if (normalized.hasErrors()) {
            throw KustomizeFailure.at(INVALID, k.file(), at, "'" + path + "': " + normalized.issues().get(0).message());
        }
        return normalized.value();
    }

    private static boolean flag(MapNode chart, String key) {
        return chart.get(key).filter(n -> n instanceof BoolNode).map(n -> ((BoolNode) n).value()).orElse(false);
    }

    private static List<String> texts(MapNode chart, String key) {
        return chart.getList(key).map(list -> list.items().stream().map(n -> n.asText().orElse("")).toList())
                .orElse(List.of());
    }
}
