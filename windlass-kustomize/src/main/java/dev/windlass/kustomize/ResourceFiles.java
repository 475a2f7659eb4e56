package dev.windlass.kustomize;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Position;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads resource files from a snapshot the way kustomize does: YAML 1.2 scalars, empty documents
 * dropped, {@code kind: List} flattened into its items, fields written with an empty value noted
 * ({@link EmptyValues}).
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
        return parse(path, text(path));
    }

    /** The objects of {@code text}, shown as read from {@code path} (a file, or what generated the text). */
    List<Resource> parse(String path, String text) throws KustomizeFailure {
        ParsedStream parsed = YAML.read(path, text);
        if (parsed.hasErrors()) {
            throw new KustomizeFailure(parsed.issues().stream().filter(Issue::isError).findFirst().orElseThrow());
        }
        Deque<Pending> pending = new ArrayDeque<>();
        Lines lines = new Lines(text);
        for (ParsedDocument document : parsed.documents()) {
            if (document.isEmpty() || document.content().isNull()) {
                continue;
            }
            MapNode map = document.content().asMap().orElseThrow(() -> KustomizeFailure.at(NOT_AN_OBJECT, path, null,
                    "document " + (document.index() + 1) + " of " + path + " is not a Kubernetes object (a mapping)"));
            pending.add(new Pending(map, new Source(path, text, document, FieldPath.root(), lines)));
        }
        List<Resource> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            Pending next = pending.poll();
            addObject(next.object(), next.source(), out, pending);
        }
        return out;
    }

    /** Where an object was read: its file, the file's text, its document and its path there. */
    private record Source(String path, String text, ParsedDocument document, FieldPath at, Lines lines) {
    }

    /** A file's lines, split once when first asked for. */
    private static final class Lines implements Supplier<String[]> {
        private final String text;
        private String[] lines;

        Lines(String text) {
            this.text = text;
        }

        @Override
        public String[] get() {
            if (lines == null) {
                lines = text.split("\\r?\\n", -1);
            }
            return lines;
        }
    }

    /** An object read but not yet taken in. */
    private record Pending(MapNode object, Source source) {
    }

    /**
     * Takes in one object. As kustomize does, any kind named {@code ...List} that has an
     * {@code items} field stands for its items, which go to the end of the queue (after the
     * file's other documents); {@code items: null} stands for nothing.
     */
    private static void addObject(MapNode map, Source source, List<Resource> out, Deque<Pending> pending)
            throws KustomizeFailure {
        String path = source.path();
        String kind = map.getText("kind").orElse("");
        if (kind.endsWith("List") && map.get("items").isPresent()) {
            Node items = map.get("items").orElseThrow();
            if (items.isNull()) {
                return;
            }
            List<Node> list = items.asList().map(l -> l.items()).orElseThrow(() -> KustomizeFailure.at(NOT_AN_OBJECT,
                    path, null, "the items of the " + kind + " in " + path + " are not a list"));
            for (int i = 0; i < list.size(); i++) {
                MapNode item = list.get(i).asMap().orElseThrow(() -> KustomizeFailure.at(NOT_AN_OBJECT, path, null,
                        "an item of the " + kind + " in " + path + " is not a Kubernetes object (a mapping)"));
                pending.add(new Pending(item, new Source(path, source.text(), source.document(),
                        source.at().key("items").index(i), source.lines())));
            }
            return;
        }
        if (kind.isEmpty()) {
            throw KustomizeFailure.at(NOT_AN_OBJECT, path, null, "an object in " + path + " has no kind");
        }
        MapNode object = textAnnotations(map, source);
        out.add(Resource.of(KubeObject.of(object), path)
                .withEmptyValues(EmptyValues.of(object, source.document(), source.at(), source.lines())));
    }

    /**
     * kustomize holds annotations as strings, each the text it was written as: {@code happy: true}
     * comes out as {@code "true"}, {@code port: 0x1F} as {@code "0x1F"}, a mapping or list as
     * {@code ""}. Labels keep their type.
     */
    private static MapNode textAnnotations(MapNode object, Source source) {
        MapNode metadata = object.getMap("metadata").orElse(null);
        MapNode values = metadata == null ? null : metadata.getMap("annotations").orElse(null);
        if (values == null || values.asJavaMap().values().stream().allMatch(v -> v instanceof StringNode)) {
            return object;
        }
        FieldPath annotations = source.at().key("metadata").key("annotations");
        // items of a list kind reach kustomize through JSON, so they carry typed values, not text
        String[] lines = source.at().isRoot() ? source.lines().get() : new String[0];
        MapNode.Builder strings = MapNode.builder();
        values.asJavaMap().forEach((k, v) -> strings.put(k, v instanceof StringNode ? v
                : Node.of(v instanceof MapNode || v instanceof ListNode ? ""
                        : writtenText(source.document(), lines, annotations.key(k)).orElseGet(() -> Scalars.text(v)))));
        return object.with("metadata", metadata.with("annotations", strings.build()));
    }

    /**
     * The text of a plain scalar written on its key's line ({@code key: text # comment}), when the
     * source says where that key is.
     */
    private static Optional<String> writtenText(ParsedDocument document, String[] lines, FieldPath key) {
        Optional<Position> at = document.sourceMap().exact(key);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        int lineIndex = at.get().line() - 1;
        if (lineIndex < 0 || lineIndex >= lines.length || at.get().column() - 1 > lines[lineIndex].length()) {
            return Optional.empty();
        }
        String rest = lines[lineIndex].substring(at.get().column() - 1);
        int from = 0;
        if (rest.startsWith("\"") || rest.startsWith("'")) {
            from = rest.indexOf(rest.charAt(0), 1) + 1;
            if (from == 0) {
                return Optional.empty();
            }
        }
        int colon = rest.indexOf(": ", from);
        if (colon < 0) {
            return Optional.empty();
        }
        String value = rest.substring(colon + 2);
        int comment = value.indexOf(" #");
        value = (comment < 0 ? value : value.substring(0, comment)).trim();
        if (value.startsWith("!")) {
            int space = value.indexOf(' ');
            value = space < 0 ? "" : value.substring(space + 1).trim();
        }
        // a typed plain scalar holds none of these; finding one means a flow mapping or something else
        boolean plain = !value.isEmpty() && "\"'|>[{&*".indexOf(value.charAt(0)) < 0
                && value.chars().noneMatch(c -> c == ',' || c == '}' || c == ']');
        return plain ? Optional.of(value) : Optional.empty();
    }
}
