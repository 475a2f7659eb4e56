package dev.windlass.render.jsonnet;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Origin;
import dev.windlass.model.Position;
import dev.windlass.model.Result;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a Jsonnet file's JSON output into objects as Argo CD does: an array of objects is
 * flattened, anything else must be one object; a {@code *List} object stands for its items.
 * Every object must be a map with a non-empty string apiVersion and kind. Each object's origin is
 * the {@code .jsonnet} file (line 1), its index in the output as the document index.
 */
final class JsonnetOutput {

    private JsonnetOutput() {
    }

    static Result<List<KubeObject>> objects(String file, String json, CodecLimits limits) {
        CodecLimits outputLimits = limits.withMaxFileBytes(Math.max(limits.maxFileBytes(), json.length() + 1L))
                .withMaxDocumentBytes(Math.max(limits.maxDocumentBytes(), json.length() + 1L));
        ParsedStream stream = JsonReader.create(outputLimits).read(file, json);
        if (stream.hasErrors() || stream.documents().isEmpty()) {
            return Result.of(List.of(), stream.issues());
        }
        Node top = stream.documents().get(0).content();
        List<Node> values = top.asList().map(ListNode::items).orElse(top.isNull() ? List.of() : List.of(top));
        List<KubeObject> objects = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String what = top.asList().isPresent() ? "element " + i + " of the output" : "the output";
            Origin origin = new Origin(file, i, new Position(1, 1), null);
            Optional<MapNode> object = checked(values.get(i), file, what, issues);
            object.ifPresent(map -> add(map, origin, file, what, objects, issues));
        }
        return Result.of(issues.stream().anyMatch(Issue::isError) ? List.of() : objects, issues);
    }

    private static void add(MapNode map, Origin origin, String file, String what, List<KubeObject> objects,
                            List<Issue> issues) {
        Optional<ListNode> items = map.getText("kind").orElse("").endsWith("List")
                ? map.get("items").flatMap(Node::asList) : Optional.empty();
        if (items.isEmpty()) {
            objects.add(KubeObject.of(map, origin));
            return;
        }
        for (int i = 0; i < items.get().size(); i++) {
            String item = "items[" + i + "] of " + what;
            Origin itemOrigin = origin.item(i);
            checked(items.get().items().get(i), file, item, issues).ifPresent(m -> objects.add(KubeObject.of(m, itemOrigin)));
        }
    }

    private static Optional<MapNode> checked(Node value, String file, String what, List<Issue> issues) {
        Optional<MapNode> map = value.asMap().filter(m -> nonEmptyText(m, "apiVersion") && nonEmptyText(m, "kind"));
        if (map.isEmpty()) {
            issues.add(Issue.error(JsonnetMessages.NOT_AN_OBJECT, Location.file(file), JsonnetMessages.notAnObject(what)));
        }
        return map;
    }

    private static boolean nonEmptyText(MapNode map, String field) {
        return map.getText(field).filter(text -> !text.isEmpty()).isPresent();
    }
}
