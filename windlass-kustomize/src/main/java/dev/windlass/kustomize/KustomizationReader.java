package dev.windlass.kustomize;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a kustomization file into a {@link Kustomization}. Like kustomize it refuses unknown
 * fields; fields kustomize knows but this engine does not build yet are refused by name, so a
 * build never silently ignores part of a kustomization.
 */
final class KustomizationReader {

    static final String INVALID = "KustomizationInvalid";
    static final String UNSUPPORTED = "KustomizeUnsupportedField";

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2).withoutPositions();
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "metadata", "resources", "bases",
            "components", "namespace", "namePrefix", "nameSuffix", "commonLabels", "labels", "commonAnnotations",
            "images", "replicas", "sortOptions", "patchesStrategicMerge", "patchesJson6902", "patches", "buildMetadata",
            "transformers", "generators", "replacements", "vars", "configMapGenerator", "secretGenerator",
            "generatorOptions", "configurations", "crds", "openapi", "helmCharts", "helmGlobals",
            "helmChartInflationGenerator");
    private static final Set<String> NOT_YET = Set.of("imageTags", "validators");

    private final String file;

    private KustomizationReader(String file) {
        this.file = file;
    }

    /** Reads the kustomization in {@code file} (a snapshot path) from {@code text}. */
    static Kustomization read(String directory, String file, String text) throws KustomizeFailure {
        return new KustomizationReader(file).parse(directory, text);
    }

    /** A kustomization made from {@code map} as if it were the content of {@code file} (for plugin configurations). */
    static Kustomization fromDocument(String directory, String file, MapNode map) throws KustomizeFailure {
        return new KustomizationReader(file).parse(directory, canonicalKeys(map));
    }

    private Kustomization parse(String directory, String text) throws KustomizeFailure {
        return parse(directory, document(text));
    }

    private Kustomization parse(String directory, MapNode map) throws KustomizeFailure {
        checkFields(map);
        boolean component = kind(map);
        List<String> resources = new ArrayList<>(strings(map, "resources"));
        resources.addAll(strings(map, "bases"));
        return new Kustomization(directory, file, component, resources, strings(map, "components"),
                text(map, "namespace"), text(map, "namePrefix"), text(map, "nameSuffix"),
                stringMap(map, FieldPath.root(), "commonLabels"), labels(map),
                stringMap(map, FieldPath.root(), "commonAnnotations"), images(map), replicas(map), sortOrder(map),
                PatchFieldReader.strategicMerge(file, map), PatchFieldReader.entries(file, map, "patchesJson6902"),
                PatchFieldReader.entries(file, map, "patches"), map);
    }

    private MapNode document(String text) throws KustomizeFailure {
        ParsedStream parsed = YAML.read(file, text);
        if (parsed.hasErrors()) {
            throw new KustomizeFailure(parsed.issues().get(0));
        }
        List<ParsedDocument> documents = parsed.documents().stream().filter(d -> !d.isEmpty()).toList();
        if (documents.isEmpty()) {
            return MapNode.empty();
        }
        if (documents.size() > 1 || documents.get(0).content().asMap().isEmpty()) {
            throw fail(null, "a kustomization file holds one YAML mapping; write its fields at the top level");
        }
        return canonicalKeys(documents.get(0).content().asMap().orElseThrow());
    }

    /** kustomize reads the file with Go's JSON decoding, which matches field names ignoring case. */
    private static MapNode canonicalKeys(MapNode map) {
        MapNode.Builder out = MapNode.builder();
        for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
            String key = entry.getKey();
            String known = Stream.concat(SUPPORTED.stream(), NOT_YET.stream()).filter(key::equalsIgnoreCase)
                    .findFirst().orElse(key);
            out.put(known, entry.getValue());
        }
        return out.build();
    }

    private void checkFields(MapNode map) throws KustomizeFailure {
        for (String key : map.keys()) {
            Node value = map.get(key).orElseThrow();
            if (NOT_YET.contains(key) && !isEmpty(value)) {
                throw KustomizeFailure.at(UNSUPPORTED, file, FieldPath.of(key),
                        "field '" + key + "' is not supported by Windlass's kustomize engine yet; "
                                + "remove it or build this kustomization with the kustomize binary");
            }
            if (!SUPPORTED.contains(key) && !NOT_YET.contains(key)) {
                throw fail(FieldPath.of(key), "unknown field '" + key + "' in a Kustomization; check its spelling"
                        + " and indentation");
            }
        }
    }

    private boolean kind(MapNode map) throws KustomizeFailure {
        String kind = text(map, "kind");
        if (kind.isEmpty() || kind.equals("Kustomization")) {
            return false;
        }
        if (kind.equals("Component")) {
            return true;
        }
        throw fail(FieldPath.of("kind"), "kind '" + kind + "' is not a kustomization; use Kustomization or Component");
    }

    private List<Kustomization.LabelSet> labels(MapNode map) throws KustomizeFailure {
        List<Kustomization.LabelSet> out = new ArrayList<>();
        List<Node> items = list(map, "labels");
        for (int i = 0; i < items.size(); i++) {
            FieldPath at = FieldPath.of("labels").index(i);
            MapNode entry = items.get(i).asMap().orElseThrow(() -> fail(at, "each labels entry is a mapping with 'pairs'"));
            out.add(new Kustomization.LabelSet(stringMap(entry, at, "pairs"), flag(entry, "includeSelectors"),
                    flag(entry, "includeTemplates"), flag(entry, "includeVolumeClaimTemplates"),
                    FieldSpecReader.read(file, at.key("fields"), entry.get("fields").orElse(null))));
        }
        return out;
    }

    private List<Kustomization.ImageOverride> images(MapNode map) throws KustomizeFailure {
        List<Kustomization.ImageOverride> out = new ArrayList<>();
        List<Node> items = list(map, "images");
        for (int i = 0; i < items.size(); i++) {
            FieldPath at = FieldPath.of("images").index(i);
            MapNode entry = items.get(i).asMap().orElseThrow(() -> fail(at, "each images entry is a mapping with 'name'"));
            out.add(new Kustomization.ImageOverride(text(entry, "name"), text(entry, "newName"), text(entry, "newTag"),
                    text(entry, "digest"), text(entry, "tagSuffix")));
        }
        return out;
    }

    private List<Kustomization.ReplicaOverride> replicas(MapNode map) throws KustomizeFailure {
        List<Kustomization.ReplicaOverride> out = new ArrayList<>();
        List<Node> items = list(map, "replicas");
        for (int i = 0; i < items.size(); i++) {
            FieldPath at = FieldPath.of("replicas").index(i);
            MapNode entry = items.get(i).asMap().orElseThrow(() -> fail(at, "each replicas entry has 'name' and 'count'"));
            Node count = entry.get("count").orElse(Node.of(0L));
            if (!(count instanceof IntNode number)) {
                throw fail(at.key("count"), "replicas count must be a whole number, not " + count);
            }
            out.add(new Kustomization.ReplicaOverride(text(entry, "name"), number.value()));
        }
        return out;
    }

    private String sortOrder(MapNode map) throws KustomizeFailure {
        MapNode options = map.getMap("sortOptions").orElse(MapNode.empty());
        String order = text(options, "order");
        if (order.isEmpty() || order.equals("legacy") || order.equals("fifo")) {
            return order;
        }
        throw fail(FieldPath.of("sortOptions", "order"), "the field 'sortOptions.order' must be one of [fifo, legacy]");
    }

    private List<String> strings(MapNode map, String key) throws KustomizeFailure {
        List<String> out = new ArrayList<>();
        List<Node> items = list(map, key);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (item instanceof MapNode || item instanceof ListNode || item.isNull()) {
                throw fail(FieldPath.of(key).index(i), "each " + key + " entry is a path (a string)");
            }
            out.add(Scalars.text(item));
        }
        return out;
    }

    private List<Node> list(MapNode map, String key) throws KustomizeFailure {
        Node value = map.get(key).orElse(Node.nullNode());
        if (value.isNull()) {
            return List.of();
        }
        return value.asList().orElseThrow(() -> fail(FieldPath.of(key), "'" + key + "' must be a list")).items();
    }

    private Map<String, String> stringMap(MapNode map, FieldPath parent, String key) throws KustomizeFailure {
        Node value = map.get(key).orElse(Node.nullNode());
        Map<String, String> out = new LinkedHashMap<>();
        if (value.isNull()) {
            return out;
        }
        MapNode entries = value.asMap().orElseThrow(() -> fail(parent.key(key), "'" + key + "' must be a mapping"));
        for (Map.Entry<String, Node> entry : entries.asJavaMap().entrySet()) {
            out.put(entry.getKey(), Scalars.text(entry.getValue()));
        }
        return out;
    }

    private static boolean flag(MapNode map, String key) {
        return map.get(key).map(Node.of(true)::equals).orElse(false);
    }

    private static String text(MapNode map, String key) {
        return map.get(key).filter(v -> !v.isNull()).map(Scalars::text).orElse("");
    }

    private static boolean isEmpty(Node value) {
        return value.isNull() || value.asList().map(ListNode::isEmpty).orElse(false)
                || value.asMap().map(MapNode::isEmpty).orElse(false);
    }

    private KustomizeFailure fail(FieldPath field, String message) {
        return KustomizeFailure.at(INVALID, file, field, message);
    }
}
