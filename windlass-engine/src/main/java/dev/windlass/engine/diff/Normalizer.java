package dev.windlass.engine.diff;

import dev.windlass.model.GroupKind;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Brings one side of a comparison (manifest or live object) to the form both are compared in,
 * as Argo CD's normalisation and typed re-marshalling do: server-populated metadata, the
 * last-applied annotation and {@code status} are dropped; whole floats become integers; resource
 * quantities take their canonical text ({@link QuantityFields}); null, {@code {}} and {@code []}
 * values are dropped (the manifest did not set them); a Secret's {@code stringData} is folded into
 * base64 {@code data}.
 */
final class Normalizer {

    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    private static final Set<String> SERVER_METADATA = Set.of("uid", "resourceVersion", "generation",
            "creationTimestamp", "managedFields", "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds");

    private Normalizer() {
    }

    static MapNode normalize(MapNode object, GroupKind kind) {
        MapNode stripped = stripServerFields(object);
        if (isSecret(kind)) {
            stripped = foldStringData(stripped);
        }
        Node cleaned = clean(stripped, kind, new ArrayList<>());
        return cleaned instanceof MapNode map ? map : MapNode.empty();
    }

    static boolean isSecret(GroupKind kind) {
        return kind.group().isEmpty() && kind.kind().equals("Secret");
    }

    private static MapNode stripServerFields(MapNode object) {
        MapNode result = object.without("status");
        MapNode metadata = object.getMap("metadata").orElse(null);
        if (metadata == null) {
            return result;
        }
        MapNode.Builder kept = metadata.toBuilder();
        SERVER_METADATA.forEach(kept::remove);
        metadata.getMap("annotations").ifPresent(annotations -> {
            MapNode rest = annotations.without(LAST_APPLIED);
            if (rest.isEmpty()) {
                kept.remove("annotations");
            } else {
                kept.put("annotations", rest);
            }
        });
        return result.with("metadata", kept.build());
    }

    /** Argo CD's Secret normalisation: stringData joins data, base64-encoded; a null data value reads as "". */
    private static MapNode foldStringData(MapNode secret) {
        MapNode data = secret.getMap("data").orElse(MapNode.empty());
        MapNode.Builder merged = data.toBuilder();
        data.asJavaMap().forEach((key, value) -> {
            if (value.isNull()) {
                merged.put(key, Node.of(""));
            }
        });
        MapNode stringData = secret.getMap("stringData").orElse(MapNode.empty());
        stringData.asJavaMap().forEach((key, value) -> merged.put(key, Node.of(base64(scalarText(value)))));
        MapNode result = secret.without("stringData");
        MapNode folded = merged.build();
        return folded.isEmpty() && !secret.containsKey("data") ? result : result.with("data", folded);
    }

    static String scalarText(Node value) {
        if (value.isNull()) {
            return "";
        }
        return value instanceof StringNode s ? s.value() : String.valueOf(value.toPlain());
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Drops unset values, makes whole floats integers and canonicalises quantities; null when nothing is left. */
    private static Node clean(Node node, GroupKind kind, List<String> path) {
        if (node instanceof MapNode map) {
            MapNode.Builder out = MapNode.builder();
            map.asJavaMap().forEach((key, value) -> {
                path.add(key);
                Node cleaned = clean(value, kind, path);
                path.remove(path.size() - 1);
                if (cleaned != null) {
                    out.put(key, cleaned);
                }
            });
            MapNode built = out.build();
            return built.isEmpty() ? null : built;
        }
        if (node instanceof ListNode list) {
            List<Node> items = new ArrayList<>(list.size());
            for (Node item : list.items()) {
                Node cleaned = clean(item, kind, path);
                items.add(cleaned == null ? emptyLike(item) : cleaned);
            }
            return items.isEmpty() ? null : new ListNode(items);
        }
        if (node.isNull()) {
            return null;
        }
        Node scalar = node instanceof FloatNode f && f.isIntegral() ? Node.of((long) f.value()) : node;
        return QuantityFields.isQuantity(kind, path) ? QuantityFields.canonical(scalar) : scalar;
    }

    /** A list item keeps its place even when empty: {@code {}} stays {@code {}}, null stays null. */
    private static Node emptyLike(Node item) {
        if (item instanceof MapNode) {
            return MapNode.empty();
        }
        return item instanceof ListNode ? ListNode.empty() : Node.nullNode();
    }
}
