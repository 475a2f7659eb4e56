package dev.windlass.kustomize;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plugin configurations a kustomization lists under {@code transformers:} or
 * {@code generators:}. Like kustomize, an entry that reads as YAML objects is an inline
 * configuration; any other entry is a path to a file of configurations or to a directory whose
 * kustomization builds them. Inline configurations come first, then those from paths, in order.
 */
final class PluginConfigs {

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2).withoutPositions();

    /** Loads what a path entry names: the objects of a file, or what a directory's kustomization accumulates. */
    interface Loader {
        List<Resource> load(Kustomization k, String reference, FieldPath field) throws KustomizeFailure;
    }

    /**
     * One plugin configuration.
     *
     * @param field  the kustomization field listing it ({@code transformers} or {@code generators})
     * @param index  the entry of that field it came from
     * @param config the configuration object and the file it was read from
     * @param origin what it records on the objects it makes or changes, or {@code null} when not tracking
     */
    record Config(String field, int index, Resource config, Origin origin) {

        String apiVersion() {
            return config.object().apiVersion();
        }

        String kind() {
            return config.object().kind();
        }

        MapNode content() {
            return config.object().content();
        }

        /** The configuration as messages show it: {@code PatchTransformer 'name' (in file)}. */
        String describe() {
            return kind() + " '" + config.object().name() + "' (" + apiVersion() + ", from " + config.file() + ")";
        }
    }

    private PluginConfigs() {
    }

    /** The configurations of {@code field} in {@code k}. */
    static List<Config> load(Kustomization k, String field, Loader loader, BuildMetadata metadata)
            throws KustomizeFailure {
        List<Config> inline = new ArrayList<>();
        List<Config> fromPaths = new ArrayList<>();
        List<Node> items = items(k, field);
        for (int i = 0; i < items.size(); i++) {
            FieldPath at = FieldPath.of(field).index(i);
            Node item = items.get(i);
            if (!item.asText().isPresent()) {
                throw KustomizeFailure.at(KustomizationReader.INVALID, k.file(), at, "each " + field
                        + " entry is a path or an inline YAML configuration (a string)");
            }
            String text = item.asText().orElseThrow();
            List<MapNode> objects = inlineObjects(k.file(), text);
            if (objects != null) {
                for (MapNode object : objects) {
                    inline.add(config(field, i, Resource.of(KubeObject.of(object), k.file()), metadata));
                }
            } else {
                for (Resource r : loader.load(k, text.trim(), at)) {
                    fromPaths.add(config(field, i, r, metadata));
                }
            }
        }
        inline.addAll(fromPaths);
        return inline;
    }

    private static Config config(String field, int index, Resource r, BuildMetadata metadata) {
        Origin origin = null;
        if (metadata.tracking()) {
            KubeObject o = r.object();
            origin = metadata.originOf(r.file()).configuredBy(new Origin.ConfiguredBy(o.apiVersion(), o.kind(),
                    o.name() == null ? "" : o.name(), o.namespace() == null ? "" : o.namespace()));
        }
        return new Config(field, index, r, origin);
    }

    /** The objects of an inline configuration, or {@code null} when {@code text} is not one (then it is a path). */
    private static List<MapNode> inlineObjects(String file, String text) {
        ParsedStream parsed = YAML.read(file, text);
        if (parsed.hasErrors()) {
            return null;
        }
        List<MapNode> out = new ArrayList<>();
        for (ParsedDocument document : parsed.documents()) {
            if (document.isEmpty() || document.content().isNull()) {
                continue;
            }
            MapNode map = document.content().asMap().orElse(null);
            if (map == null) {
                return null;
            }
            out.add(map);
        }
        return out;
    }

    private static List<Node> items(Kustomization k, String field) throws KustomizeFailure {
        Node value = k.document().get(field).orElse(Node.nullNode());
        if (value.isNull()) {
            return List.of();
        }
        return value.asList().map(ListNode::items).orElseThrow(() -> KustomizeFailure.at(KustomizationReader.INVALID,
                k.file(), FieldPath.of(field), "'" + field + "' must be a list"));
    }
}
