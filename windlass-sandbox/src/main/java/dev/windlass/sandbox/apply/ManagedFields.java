package dev.windlass.sandbox.apply;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An object's {@code metadata.managedFields}: at most one entry per manager identity (entries that
 * share one are merged), kept in the API server's order: {@code Apply} before {@code Update}, then
 * oldest first, then by manager, API version and subresource.
 */
public record ManagedFields(List<ManagedFieldsEntry> entries) {

    private static final ManagedFields EMPTY = new ManagedFields(List.of());

    private static final Comparator<ManagedFieldsEntry> ORDER = Comparator
            .comparing((ManagedFieldsEntry e) -> e.operation().wireName())
            .thenComparingLong(e -> epochSeconds(e.time()))
            .thenComparing(ManagedFieldsEntry::manager)
            .thenComparing(ManagedFieldsEntry::apiVersion)
            .thenComparing(ManagedFieldsEntry::subresource);

    public ManagedFields {
        Map<String, ManagedFieldsEntry> byIdentity = new LinkedHashMap<>();
        for (ManagedFieldsEntry entry : entries) {
            byIdentity.merge(entry.identity(), entry, ManagedFields::combine);
        }
        List<ManagedFieldsEntry> sorted = new ArrayList<>(byIdentity.values());
        sorted.sort(ORDER);
        entries = List.copyOf(sorted);
    }

    public static ManagedFields empty() {
        return EMPTY;
    }

    /** Parses a {@code managedFields} list; throws {@link IllegalArgumentException} naming what is malformed. */
    public static ManagedFields parse(Node list) {
        if (!(list instanceof ListNode items)) {
            throw new IllegalArgumentException("metadata.managedFields must be a list, not " + list.type());
        }
        List<ManagedFieldsEntry> entries = new ArrayList<>();
        items.items().forEach(item -> entries.add(ManagedFieldsEntry.fromNode(item)));
        return new ManagedFields(entries);
    }

    /**
     * The managed fields of {@code object}; empty when it has none or they cannot be read (the API
     * server then starts tracking afresh rather than failing the write).
     */
    public static ManagedFields read(MapNode object) {
        Optional<Node> list = managedFieldsNode(object);
        if (list.isEmpty() || list.get().isNull()) {
            return EMPTY;
        }
        try {
            return parse(list.get());
        } catch (IllegalArgumentException e) {
            return EMPTY;
        }
    }

    /** Whether a write asks to clear managed fields: {@code managedFields: [{}]} (an empty list does not). */
    public static boolean requestsReset(MapNode object) {
        return managedFieldsNode(object)
                .filter(n -> n instanceof ListNode l && l.size() == 1 && l.items().get(0) instanceof MapNode m && m.isEmpty())
                .isPresent();
    }

    /** Whether {@code object} carries a non-empty {@code managedFields} list. */
    static boolean present(MapNode object) {
        return managedFieldsNode(object).filter(n -> n instanceof ListNode l && !l.isEmpty()).isPresent();
    }

    private static Optional<Node> managedFieldsNode(MapNode object) {
        return object.getMap("metadata").flatMap(m -> m.get("managedFields"));
    }

    /** {@code object} without {@code metadata.managedFields}. */
    public static MapNode strip(MapNode object) {
        Optional<MapNode> metadata = object.getMap("metadata");
        if (metadata.isEmpty() || !metadata.get().containsKey("managedFields")) {
            return object;
        }
        return object.with("metadata", metadata.get().without("managedFields"));
    }

    /** {@code object} with these entries as its {@code metadata.managedFields} (removed when there are none). */
    public MapNode writeTo(MapNode object) {
        MapNode metadata = object.getMap("metadata").orElse(MapNode.empty());
        MapNode updated = entries.isEmpty() ? metadata.without("managedFields") : metadata.with("managedFields", toNode());
        return object.with("metadata", updated);
    }

    public ListNode toNode() {
        List<Node> items = new ArrayList<>(entries.size());
        entries.forEach(entry -> items.add(entry.toNode()));
        return new ListNode(items);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public Optional<ManagedFieldsEntry> find(String identity) {
        return entries.stream().filter(e -> e.identity().equals(identity)).findFirst();
    }

    /** The entry of {@code manager} for {@code operation} (any API version, no subresource), if any. */
    public Optional<ManagedFieldsEntry> find(String manager, ManagedFieldsEntry.Operation operation) {
        return entries.stream()
                .filter(e -> e.manager().equals(manager) && e.operation() == operation && e.subresource().isEmpty())
                .findFirst();
    }

    /** Every field some manager owns. */
    public FieldSet owned() {
        FieldSet all = FieldSet.empty();
        for (ManagedFieldsEntry entry : entries) {
            all = all.union(entry.fieldsV1());
        }
        return all;
    }

    /** Whether both hold the same entries, times aside. */
    boolean sameIgnoringTimes(ManagedFields other) {
        if (entries.size() != other.entries.size()) {
            return false;
        }
        for (ManagedFieldsEntry entry : entries) {
            Optional<ManagedFieldsEntry> theirs = other.find(entry.identity());
            if (theirs.isEmpty() || !theirs.get().withTime(null).equals(entry.withTime(null))) {
                return false;
            }
        }
        return true;
    }

    private static ManagedFieldsEntry combine(ManagedFieldsEntry a, ManagedFieldsEntry b) {
        String time = epochSeconds(b.time()) >= epochSeconds(a.time()) ? b.time() : a.time();
        return a.withFields(a.fieldsV1().union(b.fieldsV1())).withTime(time);
    }

    static long epochSeconds(String time) {
        if (time == null) {
            return 0;
        }
        try {
            return OffsetDateTime.parse(time).toEpochSecond();
        } catch (DateTimeParseException e) {
            return 0;
        }
    }
}
