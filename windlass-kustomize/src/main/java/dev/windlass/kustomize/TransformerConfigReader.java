package dev.windlass.kustomize;

import dev.windlass.kustomize.TransformerConfig.Category;
import dev.windlass.kustomize.TransformerConfig.NameBackReference;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;

/**
 * Reads a transformer configuration file named by a kustomization's {@code configurations}
 * (kustomize's {@code TransformerConfig} in YAML: {@code nameReference}, {@code commonLabels},
 * {@code namePrefix}, {@code images} …). Like kustomize it refuses unknown fields.
 */
final class TransformerConfigReader {

    static final String INVALID = "KustomizeTransformerConfigInvalid";

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2).withoutPositions();
    private static final Set<String> SPEC_FIELDS = Set.of("group", "version", "kind", "path", "create");
    private static final Set<String> REFERENCE_FIELDS = Set.of("group", "version", "kind", "fieldSpecs");

    private final String kustomizationFile;
    private final FieldPath field;
    private final String configFile;

    private TransformerConfigReader(String kustomizationFile, FieldPath field, String configFile) {
        this.kustomizationFile = kustomizationFile;
        this.field = field;
        this.configFile = configFile;
    }

    /**
     * Reads {@code text}, the file {@code configFile} named at {@code field} of
     * {@code kustomizationFile}; the result is sorted (not merged) as kustomize leaves a loaded file.
     */
    static TransformerConfig read(String kustomizationFile, FieldPath field, String configFile, String text)
            throws KustomizeFailure {
        return new TransformerConfigReader(kustomizationFile, field, configFile).parse(text).sorted();
    }

    /** kustomize's path splitting: {@code /} separates fields, {@code \/} is a slash inside a field name. */
    static List<String> splitPath(String path) {
        String[] parts = path.split("/", -1);
        List<String> out = new ArrayList<>();
        int start = parts.length > 1 && parts[0].isEmpty() ? 1 : 0;
        for (int i = start; i < parts.length; i++) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).endsWith("\\")) {
                String joined = out.get(last);
                out.set(last, joined.substring(0, joined.length() - 1) + "/" + parts[i]);
            } else {
                out.add(parts[i]);
            }
        }
        return out;
    }

    private TransformerConfig parse(String text) throws KustomizeFailure {
        MapNode map = document(text);
        EnumMap<Category, List<FieldSpec>> specs = new EnumMap<>(Category.class);
        List<NameBackReference> references = new ArrayList<>();
        for (String key : map.keys()) {
            Category category = category(key);
            if (key.equals("nameReference")) {
                references.addAll(references(map.get(key).orElseThrow()));
            } else if (category != null) {
                specs.put(category, specs(key, map.get(key).orElseThrow()));
            } else {
                throw fail("unknown field '" + key + "'; a transformer configuration holds nameReference, namePrefix,"
                        + " nameSuffix, namespace, commonLabels, labels, templateLabels, commonAnnotations, varReference,"
                        + " images or replicas");
            }
        }
        return new TransformerConfig(specs, references);
    }

    private MapNode document(String text) throws KustomizeFailure {
        ParsedStream parsed = YAML.read(configFile, text);
        if (parsed.hasErrors()) {
            throw fail("cannot be read: " + parsed.issues().get(0).message());
        }
        List<ParsedDocument> documents = parsed.documents().stream().filter(d -> !d.isEmpty()).toList();
        if (documents.isEmpty() || documents.get(0).content().isNull()) {
            return MapNode.empty();
        }
        return documents.get(0).content().asMap().orElseThrow(() -> fail("must be a mapping of field spec lists"));
    }

    private List<NameBackReference> references(Node value) throws KustomizeFailure {
        List<NameBackReference> out = new ArrayList<>();
        for (Node item : items("nameReference", value)) {
            MapNode entry = mapping("nameReference", item, REFERENCE_FIELDS);
            out.add(new NameBackReference(text(entry, "group"), text(entry, "version"), text(entry, "kind"),
                    specs("nameReference[].fieldSpecs", entry.get("fieldSpecs").orElse(Node.nullNode()))));
        }
        return out;
    }

    private List<FieldSpec> specs(String key, Node value) throws KustomizeFailure {
        List<FieldSpec> out = new ArrayList<>();
        for (Node item : items(key, value)) {
            MapNode entry = mapping(key, item, SPEC_FIELDS);
            Node create = entry.get("create").orElse(Node.of(false));
            if (!(create instanceof BoolNode) && !create.isNull()) {
                throw fail(key + ": 'create' must be true or false, not " + Scalars.text(create));
            }
            out.add(new FieldSpec(text(entry, "group"), text(entry, "version"), text(entry, "kind"),
                    splitPath(text(entry, "path")), create.equals(Node.of(true))));
        }
        return out;
    }

    private List<Node> items(String key, Node value) throws KustomizeFailure {
        if (value.isNull()) {
            return List.of();
        }
        return value.asList().map(ListNode::items).orElseThrow(() -> fail("'" + key + "' must be a list"));
    }

    private MapNode mapping(String key, Node item, Set<String> known) throws KustomizeFailure {
        MapNode entry = item.asMap().orElseThrow(() -> fail("each '" + key + "' entry must be a mapping"));
        for (String field : entry.keys()) {
            if (!known.contains(field)) {
                throw fail("unknown field '" + field + "' in a '" + key + "' entry; use " + String.join(", ",
                        known.stream().sorted().toList()));
            }
        }
        return entry;
    }

    private static Category category(String key) {
        for (Category category : Category.values()) {
            if (category.key.equals(key)) {
                return category;
            }
        }
        return null;
    }

    private static String text(MapNode map, String key) {
        return map.get(key).filter(v -> !v.isNull()).map(Scalars::text).orElse("");
    }

    private KustomizeFailure fail(String message) {
        return KustomizeFailure.at(INVALID, kustomizationFile, field, "transformer configuration '" + configFile + "' "
                + message);
    }
}
