package dev.windlass.server;

import dev.windlass.controller.api.ResourceDifference;
import dev.windlass.controller.api.SyncRequest;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON shapes of the local API, both ways, with windlass-model's codec: Application lists
 * ({@code {"items":[…]}}), differences, sync and rollback bodies. Decoding failures are
 * {@link BadJson} with a message that names the field.
 */
final class ApiJson {

    /** Fields of Argo CD's ApplicationSyncRequest that Windlass reads or may safely ignore. */
    private static final Set<String> SYNC_FIELDS = Set.of("name", "appNamespace", "project", "prune", "dryRun", "revision");
    /** Fields of Argo CD's ApplicationRollbackRequest that Windlass reads or may safely ignore. */
    private static final Set<String> ROLLBACK_FIELDS = Set.of("name", "appNamespace", "project", "id", "prune", "dryRun");

    private ApiJson() {
    }

    /** A body or response that is not the JSON expected; the message names the field. */
    static final class BadJson extends Exception {
        BadJson(String message) {
            super(message);
        }
    }

    static String write(Node node) {
        return JsonWriter.write(node, 0);
    }

    /** Parses {@code text} (at most {@code maxBytes} long) as one JSON object. */
    static MapNode readObject(String what, String text, long maxBytes) throws BadJson {
        CodecLimits limits = CodecLimits.DEFAULT.withMaxFileBytes(Math.max(1, maxBytes))
                .withMaxDocumentBytes(Math.max(1, maxBytes));
        ParsedStream parsed = JsonReader.create(limits).read(what, text);
        Optional<Issue> error = parsed.issues().stream().filter(Issue::isError).findFirst();
        if (error.isPresent()) {
            throw new BadJson(error.get().format());
        }
        if (parsed.documents().isEmpty() || !(parsed.documents().get(0).content() instanceof MapNode map)) {
            throw new BadJson(what + " must be a JSON object");
        }
        return map;
    }

    static MapNode items(List<? extends Node> items) {
        return MapNode.of("items", new ListNode(List.copyOf(items)));
    }

    static MapNode applications(List<KubeObject> apps) {
        return items(apps.stream().map(KubeObject::content).toList());
    }

    static List<KubeObject> applicationsFrom(MapNode body) throws BadJson {
        List<KubeObject> apps = new ArrayList<>();
        for (Node item : itemsOf(body)) {
            apps.add(KubeObject.of(asObject(item, "items[]")));
        }
        return List.copyOf(apps);
    }

    static MapNode difference(ResourceDifference d) {
        return MapNode.builder()
                .put("group", Node.of(d.group())).put("kind", Node.of(d.kind()))
                .put("namespace", Node.of(d.namespace())).put("name", Node.of(d.name()))
                .put("liveYaml", Node.of(d.liveYaml())).put("targetYaml", Node.of(d.targetYaml()))
                .put("diff", Node.of(d.diff()))
                .build();
    }

    static List<ResourceDifference> differencesFrom(MapNode body) throws BadJson {
        List<ResourceDifference> out = new ArrayList<>();
        for (Node item : itemsOf(body)) {
            MapNode m = asObject(item, "items[]");
            out.add(new ResourceDifference(text(m, "group"), text(m, "kind"), text(m, "namespace"), text(m, "name"),
                    text(m, "liveYaml"), text(m, "targetYaml"), text(m, "diff")));
        }
        return List.copyOf(out);
    }

    static MapNode syncBody(SyncRequest request) {
        return MapNode.of("prune", request.prune(), "dryRun", request.dryRun(), "revision", request.revision());
    }

    static SyncRequest syncRequestFrom(MapNode body) throws BadJson {
        refuseUnknown(body, SYNC_FIELDS, "sync request");
        return new SyncRequest(bool(body, "prune"), bool(body, "dryRun"), text(body, "revision"));
    }

    static MapNode rollbackBody(long id) {
        return MapNode.of("id", id);
    }

    /** The history id of a rollback body; like protobuf's JSON mapping, a number or a numeric string. */
    static long rollbackIdFrom(MapNode body) throws BadJson {
        refuseUnknown(body, ROLLBACK_FIELDS, "rollback request");
        if (bool(body, "prune") || bool(body, "dryRun")) {
            throw new BadJson("rollback request: prune and dryRun are not supported by Windlass yet; "
                    + "roll back without them, then run a sync with --prune if objects must be deleted");
        }
        Node id = body.get("id").orElseThrow(() -> new BadJson("rollback request: field 'id' is required: "
                + "give the history id to roll back to (see 'windlass app history')"));
        if (id instanceof IntNode number) {
            return number.value();
        }
        if (id instanceof StringNode s && s.value().matches("-?\\d{1,18}")) {
            return Long.parseLong(s.value());
        }
        throw new BadJson("rollback request: field 'id' must be a whole number, was " + write(id));
    }

    static Optional<String> errorMessage(MapNode body) {
        return body.getText("message").or(() -> body.getText("error")).filter(m -> !m.isBlank());
    }

    private static void refuseUnknown(MapNode body, Set<String> known, String what) throws BadJson {
        for (String key : body.keys()) {
            if (!known.contains(key)) {
                throw new BadJson(what + ": field '" + key + "' is not supported by Windlass; remove it "
                        + "(supported: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static List<Node> itemsOf(MapNode body) throws BadJson {
        Node items = body.get("items").orElse(ListNode.empty());
        if (items.isNull()) {
            return List.of();
        }
        if (!(items instanceof ListNode list)) {
            throw new BadJson("field 'items' must be a list");
        }
        return list.items();
    }

    private static MapNode asObject(Node node, String field) throws BadJson {
        if (node instanceof MapNode map) {
            return map;
        }
        throw new BadJson("field '" + field + "' must be an object");
    }

    private static boolean bool(MapNode body, String field) throws BadJson {
        Node value = body.get(field).orElse(Node.of(false));
        if (value instanceof BoolNode b) {
            return b.value();
        }
        if (value.isNull()) {
            return false;
        }
        throw new BadJson("field '" + field + "' must be true or false, was " + write(value));
    }

    private static String text(MapNode body, String field) throws BadJson {
        Node value = body.get(field).orElse(Node.of(""));
        if (value instanceof StringNode s) {
            return s.value();
        }
        if (value.isNull()) {
            return "";
        }
        throw new BadJson("field '" + field + "' must be a string, was " + write(value));
    }
}
