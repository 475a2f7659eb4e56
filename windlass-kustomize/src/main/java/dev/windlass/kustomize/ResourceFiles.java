package dev.windlass.kustomize;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads resource files from a snapshot the way kustomize does: YAML 1.2 scalars, empty documents
 * dropped, {@code kind: List} flattened into its items.
 */
final class ResourceFiles {

    static final String UNREADABLE = "KustomizeFileUnreadable";
    static final String NOT_AN_OBJECT = "KustomizeNotAnObject";

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2);

    private final Snapshot snapshot;

    ResourceFiles(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    String text(String path) throws KustomizeFailure {
        try {
            return new String(snapshot.read(path, CodecLimits.DEFAULT.maxFileBytes()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw KustomizeFailure.at(UNREADABLE, path, null, "cannot read " + path + ": " + e.getMessage());
        }
    }

    List<Resource> read(String path) throws KustomizeFailure {
        ParsedStream parsed = YAML.read(path, text(path));
        if (parsed.hasErrors()) {
            throw new KustomizeFailure(parsed.issues().stream().filter(Issue::isError).findFirst().orElseThrow());
        }
        List<Resource> out = new ArrayList<>();
        for (ParsedDocument document : parsed.documents()) {
            if (document.isEmpty() || document.content().isNull()) {
                continue;
            }
            MapNode map = document.content().asMap().orElseThrow(() -> KustomizeFailure.at(NOT_AN_OBJECT, path, null,
                    "document " + (document.index() + 1) + " of " + path + " is not a Kubernetes object (a mapping)"));
            addObject(map, path, out);
        }
        return out;
    }

    private static void addObject(MapNode map, String path, List<Resource> out) throws KustomizeFailure {
        if (map.getText("kind").map("List"::equals).orElse(false)) {
            for (Node item : map.getList("items").map(l -> l.items()).orElse(List.of())) {
                addObject(item.asMap().orElseThrow(() -> KustomizeFailure.at(NOT_AN_OBJECT, path, null,
                        "an item of the List in " + path + " is not a Kubernetes object (a mapping)")), path, out);
            }
            return;
        }
        if (map.getText("kind").orElse("").isEmpty()) {
            throw KustomizeFailure.at(NOT_AN_OBJECT, path, null, "an object in " + path + " has no kind");
        }
        out.add(Resource.of(KubeObject.of(stringMetadata(map)), path));
    }

    /** kustomize holds labels and annotations as strings: {@code happy: true} comes out as {@code "true"}. */
    private static MapNode stringMetadata(MapNode object) {
        MapNode metadata = object.getMap("metadata").orElse(null);
        if (metadata == null) {
            return object;
        }
        MapNode out = metadata;
        for (String field : List.of("labels", "annotations")) {
            MapNode values = metadata.getMap(field).orElse(null);
            if (values == null) {
                continue;
            }
            MapNode.Builder strings = MapNode.builder();
            values.asJavaMap().forEach((k, v) -> strings.put(k, v instanceof StringNode ? v : Node.of(Scalars.text(v))));
            out = out.with(field, strings.build());
        }
        return out.equals(metadata) ? object : object.with("metadata", out);
    }
}
