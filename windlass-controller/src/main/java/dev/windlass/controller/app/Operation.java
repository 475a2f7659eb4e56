package dev.windlass.controller.app;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A requested sync: the Application's top-level {@code operation} field, as Argo CD writes it for
 * {@code argocd app sync} and for automated syncs. It stays on the object until the operation ends,
 * so a controller that restarts picks it up again.
 *
 * @param revision    the revision to sync to; empty for the target revision
 * @param prune       delete tracked objects Git no longer renders
 * @param dryRun      validate only
 * @param syncOptions extra sync options for this operation
 * @param initiatedBy {@code automated} or a user name
 * @param automated   true for an automated sync
 * @param requestId   an id the requester puts in {@code operation.info} to recognise the finished
 *                    operation in {@code status.operationState}; empty for none
 */
public record Operation(String revision, boolean prune, boolean dryRun, List<String> syncOptions, String initiatedBy,
        boolean automated, String requestId) {

    /** The {@code operation.info} name that carries {@link #requestId}. */
    public static final String REQUEST_INFO = "windlass.dev/request-id";

    public Operation {
        Objects.requireNonNull(revision, "revision");
        syncOptions = List.copyOf(syncOptions);
        Objects.requireNonNull(initiatedBy, "initiatedBy");
        Objects.requireNonNull(requestId, "requestId");
    }

    /** The operation an automated sync starts. */
    public static Operation automated(String revision, boolean prune) {
        return new Operation(revision, prune, false, List.of(), "automated", true, "");
    }

    /** The operation on {@code application}, if one is requested. */
    public static Optional<Operation> of(MapNode application) {
        Optional<MapNode> operation = application.getMap("operation");
        Optional<MapNode> sync = operation.flatMap(op -> op.getMap("sync"));
        if (sync.isEmpty()) {
            return Optional.empty();
        }
        MapNode initiated = operation.get().getMap("initiatedBy").orElse(MapNode.empty());
        boolean automated = BoolNode.TRUE.equals(initiated.get("automated").orElse(BoolNode.FALSE));
        String user = initiated.getText("username").orElse(automated ? "automated" : "");
        List<String> options = new ArrayList<>();
        sync.get().getList("syncOptions").ifPresent(list -> list.items().forEach(item -> {
            if (item instanceof StringNode text) {
                options.add(text.value());
            }
        }));
        return Optional.of(new Operation(sync.get().getText("revision").orElse(""),
                BoolNode.TRUE.equals(sync.get().get("prune").orElse(BoolNode.FALSE)),
                BoolNode.TRUE.equals(sync.get().get("dryRun").orElse(BoolNode.FALSE)), options, user, automated,
                requestId(operation.get())));
    }

    private static String requestId(MapNode operation) {
        for (Node item : operation.getList("info").map(ListNode::items).orElse(List.of())) {
            if (item instanceof MapNode info && info.getText("name").orElse("").equals(REQUEST_INFO)) {
                return info.getText("value").orElse("");
            }
        }
        return "";
    }

    /** The {@code operation} field in Argo CD's shape. */
    public MapNode toNode() {
        MapNode.Builder sync = MapNode.builder();
        if (!revision.isEmpty()) {
            sync.put("revision", Node.of(revision));
        }
        if (prune) {
            sync.put("prune", Node.of(true));
        }
        if (dryRun) {
            sync.put("dryRun", Node.of(true));
        }
        if (!syncOptions.isEmpty()) {
            sync.put("syncOptions", new ListNode(syncOptions.stream().map(Node::of).map(Node.class::cast).toList()));
        }
        MapNode initiated = automated ? MapNode.of("automated", Node.of(true)) : MapNode.of("username", Node.of(initiatedBy));
        MapNode node = MapNode.of("sync", sync.build(), "initiatedBy", initiated);
        if (!requestId.isEmpty()) {
            node = node.with("info", ListNode.of(MapNode.of("name", Node.of(REQUEST_INFO), "value", Node.of(requestId))));
        }
        return node;
    }
}
