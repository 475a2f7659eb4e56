package dev.windlass.kustomize;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code configMapGenerator}, {@code secretGenerator} and {@code generatorOptions} from a
 * kustomization's document into {@link GeneratorArgs}, refusing what kustomize's strict decoding
 * refuses (unknown fields, values of the wrong type). Also reads the configuration of the built-in
 * ConfigMapGenerator and SecretGenerator plugins listed under {@code generators:}, which hold one
 * generator entry at their top level; like kustomize's plugins it ignores unknown fields there and
 * takes {@code metadata.name} and {@code metadata.namespace} when the entry has none.
 */
final class GeneratorReader {

    private static final Set<String> ARG_FIELDS = Set.of("name", "namespace", "behavior", "literals", "files",
            "envs", "env", "options");
    private static final Set<String> OPTION_FIELDS = Set.of("labels", "annotations", "disableNameSuffixHash",
            "immutable");

    private final String file;

    private GeneratorReader(String file) {
        this.file = file;
    }

    /** The kustomization's ConfigMap generators, then its Secret generators, in kustomize's order. */
    static List<GeneratorArgs> read(Kustomization k) throws KustomizeFailure {
        GeneratorReader reader = new GeneratorReader(k.file());
        MapNode document = k.document();
        GeneratorArgs.Options global = document.get("generatorOptions").filter(n -> !n.isNull()).isPresent()
                ? reader.options(document.get("generatorOptions").orElseThrow(), FieldPath.of("generatorOptions"))
                : GeneratorArgs.Options.NONE;
        List<GeneratorArgs> out = new ArrayList<>();
        for (GeneratorArgs.Kind kind : GeneratorArgs.Kind.values()) {
            List<Node> entries = reader.list(document, FieldPath.root(), kind.field());
            for (int i = 0; i < entries.size(); i++) {
                out.add(reader.args(kind, entries.get(i), FieldPath.of(kind.field()).index(i), global));
            }
        }
        return out;
    }

    /**
     * The generator a ConfigMapGenerator or SecretGenerator plugin configuration describes, listed
     * at {@code at} of kustomization {@code k}; the kustomization's {@code generatorOptions} do not
     * apply to it.
     */
    static GeneratorArgs plugin(Kustomization k, GeneratorArgs.Kind kind, MapNode config, FieldPath at)
            throws KustomizeFailure {
        GeneratorReader reader = new GeneratorReader(k.file());
        MapNode metadata = config.getMap("metadata").orElse(MapNode.empty());
        MapNode entry = config;
        for (String key : List.of("name", "namespace")) {
            if (reader.text(entry, at, key).isEmpty() && !reader.text(metadata, at.key("metadata"), key).isEmpty()) {
                entry = entry.with(key, metadata.get(key).orElseThrow());
            }
        }
        return reader.entry(kind, entry, at, GeneratorArgs.Options.NONE);
    }

    private GeneratorArgs args(GeneratorArgs.Kind kind, Node node, FieldPath at, GeneratorArgs.Options global)
            throws KustomizeFailure {
        MapNode entry = node.asMap().orElseThrow(() -> fail(at, "each " + kind.field()
                + " entry is a mapping with 'name' and 'literals', 'files' or 'envs'"));
        for (String key : entry.keys()) {
            if (!ARG_FIELDS.contains(key) && !(kind == GeneratorArgs.Kind.SECRET && key.equals("type"))) {
                throw fail(at.key(key), "unknown field '" + key + "' in a " + kind.field() + " entry; use "
                        + (kind == GeneratorArgs.Kind.SECRET ? "type, " : "") + String.join(", ", ARG_FIELDS.stream()
                                .sorted().toList()));
            }
        }
        return entry(kind, entry, at, global);
    }

    private GeneratorArgs entry(GeneratorArgs.Kind kind, MapNode entry, FieldPath at, GeneratorArgs.Options global)
            throws KustomizeFailure {
        Node options = entry.get("options").orElse(Node.nullNode());
        GeneratorArgs.Options own = options.isNull() ? GeneratorArgs.Options.NONE : options(options, at.key("options"));
        String type = kind == GeneratorArgs.Kind.SECRET ? text(entry, at, "type") : "";
        return new GeneratorArgs(kind, at, text(entry, at, "name"), text(entry, at, "namespace"),
                GeneratorArgs.Behavior.of(text(entry, at, "behavior")), strings(entry, at, "literals"),
                strings(entry, at, "files"), strings(entry, at, "envs"),
                text(entry, at, "env"), own.over(global), type);
    }

    private GeneratorArgs.Options options(Node node, FieldPath at) throws KustomizeFailure {
        MapNode map = node.asMap().orElseThrow(() -> fail(at, "options are a mapping of labels, annotations,"
                + " disableNameSuffixHash and immutable"));
        for (String key : map.keys()) {
            if (!OPTION_FIELDS.contains(key)) {
                throw fail(at.key(key), "unknown field '" + key + "' in generator options; use annotations,"
                        + " disableNameSuffixHash, immutable or labels");
            }
        }
        return new GeneratorArgs.Options(stringMap(map, at, "labels"), stringMap(map, at, "annotations"),
                flag(map, at, "disableNameSuffixHash"), flag(map, at, "immutable"));
    }

    private List<Node> list(MapNode map, FieldPath at, String key) throws KustomizeFailure {
        Node value = map.get(key).orElse(Node.nullNode());
        if (value.isNull()) {
            return List.of();
        }
        return value.asList().orElseThrow(() -> fail(at.key(key), "'" + key + "' must be a list")).items();
    }

    private List<String> strings(MapNode map, FieldPath at, String key) throws KustomizeFailure {
        List<String> out = new ArrayList<>();
        List<Node> items = list(map, at, key);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (item instanceof MapNode || item instanceof ListNode || item.isNull()) {
                throw fail(at.key(key).index(i), "each " + key + " entry is a string");
            }
            out.add(Scalars.text(item));
        }
        return out;
    }

    private String text(MapNode map, FieldPath at, String key) throws KustomizeFailure {
        Node value = map.get(key).orElse(Node.nullNode());
        if (value instanceof MapNode || value instanceof ListNode) {
            throw fail(at.key(key), "'" + key + "' must be a string");
        }
        return Scalars.text(value);
    }

    private Map<String, String> stringMap(MapNode map, FieldPath at, String key) throws KustomizeFailure {
        Node value = map.get(key).orElse(Node.nullNode());
        Map<String, String> out = new LinkedHashMap<>();
        if (value.isNull()) {
            return out;
        }
        MapNode entries = value.asMap().orElseThrow(() -> fail(at.key(key), "'" + key + "' must be a mapping"));
        for (Map.Entry<String, Node> entry : entries.asJavaMap().entrySet()) {
            if (!(entry.getValue() instanceof StringNode text)) {
                throw fail(at.key(key).key(entry.getKey()), "the value of " + key + " '" + entry.getKey()
                        + "' must be a string; quote it");
            }
            out.put(entry.getKey(), text.value());
        }
        return out;
    }

    private boolean flag(MapNode map, FieldPath at, String key) throws KustomizeFailure {
        Node value = map.get(key).orElse(Node.nullNode());
        if (value.isNull()) {
            return false;
        }
        if (!(value instanceof BoolNode b)) {
            throw fail(at.key(key), "'" + key + "' must be true or false");
        }
        return b.value();
    }

    private KustomizeFailure fail(FieldPath field, String message) {
        return KustomizeFailure.at(KustomizationReader.INVALID, file, field, message);
    }
}
