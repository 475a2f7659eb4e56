package dev.windlass.sandbox.apply;

import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.Objects;

/**
 * One entry of {@code metadata.managedFields}: the fields one manager owns through one kind of
 * operation (and subresource).
 *
 * @param manager     the field manager, e.g. {@code kubectl} or {@code kube-controller-manager}
 * @param operation   {@link Operation#APPLY} for server-side apply, {@link Operation#UPDATE} otherwise
 * @param apiVersion  the API version the fields are named in, e.g. {@code apps/v1}
 * @param time        when the entry last changed, RFC 3339 (e.g. {@code 2024-05-01T10:00:00Z}), or null
 * @param fieldsType  always {@code FieldsV1}
 * @param fieldsV1    the owned fields
 * @param subresource the subresource written through ({@code status}), or empty
 */
public record ManagedFieldsEntry(String manager, Operation operation, String apiVersion, String time,
                                 String fieldsType, FieldSet fieldsV1, String subresource) {

    public static final String FIELDS_V1 = "FieldsV1";

    /** The operation an entry records, spelled as the API server spells it. */
    public enum Operation {
        APPLY("Apply"), UPDATE("Update");

        private final String wireName;

        Operation(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** Parses {@code Apply} or {@code Update}; throws {@link IllegalArgumentException} otherwise. */
        public static Operation parse(String text) {
            for (Operation operation : values()) {
                if (operation.wireName.equals(text)) {
                    return operation;
                }
            }
            throw new IllegalArgumentException("managedFields operation \"" + text + "\" must be Apply or Update");
        }
    }

    public ManagedFieldsEntry {
        manager = Objects.requireNonNullElse(manager, "");
        Objects.requireNonNull(operation, "operation");
        apiVersion = Objects.requireNonNullElse(apiVersion, "");
        fieldsType = Objects.requireNonNullElse(fieldsType, FIELDS_V1);
        fieldsV1 = Objects.requireNonNullElse(fieldsV1, FieldSet.empty());
        subresource = Objects.requireNonNullElse(subresource, "");
    }

    public static ManagedFieldsEntry of(String manager, Operation operation, String apiVersion, String time,
                                        FieldSet fields, String subresource) {
        return new ManagedFieldsEntry(manager, operation, apiVersion, time, FIELDS_V1, fields, subresource);
    }

    public ManagedFieldsEntry withFields(FieldSet fields) {
        return new ManagedFieldsEntry(manager, operation, apiVersion, time, fieldsType, fields, subresource);
    }

    public ManagedFieldsEntry withTime(String newTime) {
        return new ManagedFieldsEntry(manager, operation, apiVersion, newTime, fieldsType, fieldsV1, subresource);
    }

    /**
     * The identity the API server keys entries by: manager, operation, subresource and, for
     * updates only, the API version (an applier keeps one entry across versions). Printed as the
     * server's JSON identifier, which also orders managers in conflict messages.
     */
    public String identity() {
        MapNode.Builder out = MapNode.builder().put("manager", Node.of(manager)).put("operation", Node.of(operation.wireName()));
        if (operation == Operation.UPDATE && !apiVersion.isEmpty()) {
            out.put("apiVersion", Node.of(apiVersion));
        }
        if (!subresource.isEmpty()) {
            out.put("subresource", Node.of(subresource));
        }
        return JsonWriter.write(out.build(), 0);
    }

    /** The manager as conflict messages name it: {@code "kubectl-edit" using apps/v1}. */
    public String describe() {
        String text = GoQuote.quote(manager);
        if (!subresource.isEmpty()) {
            text += " with subresource " + GoQuote.quote(subresource);
        }
        return operation == Operation.UPDATE ? text + " using " + apiVersion : text;
    }

    /** The entry as it appears in {@code metadata.managedFields}, keys in the API server's order. */
    public MapNode toNode() {
        MapNode.Builder out = MapNode.builder();
        putIfNotEmpty(out, "manager", manager);
        out.put("operation", Node.of(operation.wireName()));
        putIfNotEmpty(out, "apiVersion", apiVersion);
        if (time != null) {
            out.put("time", Node.of(time));
        }
        out.put("fieldsType", Node.of(fieldsType));
        out.put("fieldsV1", fieldsV1.toFieldsV1());
        putIfNotEmpty(out, "subresource", subresource);
        return out.build();
    }

    private static void putIfNotEmpty(MapNode.Builder out, String key, String value) {
        if (!value.isEmpty()) {
            out.put(key, Node.of(value));
        }
    }

    /** Reads one entry; throws {@link IllegalArgumentException} naming the malformed field. */
    public static ManagedFieldsEntry fromNode(Node node) {
        if (!(node instanceof MapNode map)) {
            throw new IllegalArgumentException("metadata.managedFields entries must be objects, not " + node.type());
        }
        String fieldsType = map.getText("fieldsType").orElse(FIELDS_V1);
        if (!fieldsType.equals(FIELDS_V1)) {
            throw new IllegalArgumentException("managedFields fieldsType \"" + fieldsType + "\" is not supported;"
                    + " use FieldsV1");
        }
        FieldSet fields = map.get("fieldsV1").filter(v -> !v.isNull()).map(FieldSet::fromFieldsV1).orElse(FieldSet.empty());
        return new ManagedFieldsEntry(map.getText("manager").orElse(""),
                Operation.parse(map.getText("operation").orElse("")), map.getText("apiVersion").orElse(""),
                map.getText("time").orElse(null), fieldsType, fields, map.getText("subresource").orElse(""));
    }
}
