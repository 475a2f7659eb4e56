package dev.windlass.sandbox.api;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Reading and replacing {@code metadata} fields of an object held as a node tree. */
public final class Meta {

    private Meta() {
    }

    public static MapNode of(MapNode object) {
        return object.getMap("metadata").orElse(MapNode.empty());
    }

    public static String name(MapNode object) {
        return of(object).getText("name").orElse("");
    }

    public static String namespace(MapNode object) {
        return of(object).getText("namespace").orElse("");
    }

    public static Optional<String> text(MapNode object, String field) {
        return of(object).getText(field).filter(s -> !s.isEmpty());
    }

    public static String uid(MapNode object) {
        return of(object).getText("uid").orElse("");
    }

    public static List<String> finalizers(MapNode object) {
        return of(object).getList("finalizers").map(Meta::texts).orElse(List.of());
    }

    public static boolean deleting(MapNode object) {
        return of(object).containsKey("deletionTimestamp");
    }

    /** The object with {@code metadata.field} set to {@code value}, or removed when value is null. */
    public static MapNode with(MapNode object, String field, Node value) {
        MapNode metadata = of(object);
        return object.with("metadata", value == null ? metadata.without(field) : metadata.with(field, value));
    }

    public static MapNode withFinalizers(MapNode object, List<String> finalizers) {
        return with(object, "finalizers",
                finalizers.isEmpty() ? null : new ListNode(finalizers.stream().map(f -> (Node) Node.of(f)).toList()));
    }

    /** RFC 3339 with seconds, UTC, as Kubernetes prints {@code metav1.Time}. */
    public static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static List<String> texts(ListNode list) {
        return list.items().stream().flatMap(n -> n.asText().stream()).toList();
    }
}
