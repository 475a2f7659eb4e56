package dev.windlass.sandbox.table;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;

/**
 * One {@code columnDefinitions} entry of a Table.
 *
 * @param type     OpenAPI type of the cells: {@code string}, {@code integer}, {@code number},
 *                 {@code boolean} or {@code date}
 * @param format   OpenAPI format hint; {@code name} marks the column that names the object
 * @param priority 0 for columns kubectl always shows, higher for {@code -o wide} only
 */
public record Column(String name, String type, String format, String description, int priority) {

    static final String NAME_DESCRIPTION = "Name must be unique within a namespace. Is required when creating"
            + " resources, although some resources may allow a client to request the generation of a name"
            + " automatically. Name is primarily intended for creation idempotence and configuration definition."
            + " Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names";

    static final String CREATED_DESCRIPTION = "CreationTimestamp is a timestamp representing the server time when"
            + " this object was created. It is not guaranteed to be set in happens-before order across separate"
            + " operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\n"
            + "Populated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/"
            + "contributors/devel/sig-architecture/api-conventions.md#metadata";

    /** The {@code Name} column every printer starts with (Events put it last, at priority 1). */
    static final Column NAME = new Column("Name", "string", "name", NAME_DESCRIPTION, 0);

    /** The {@code Age} column: a human duration since {@code metadata.creationTimestamp}. */
    static final Column AGE = new Column("Age", "string", "", CREATED_DESCRIPTION, 0);

    static Column string(String name, String description) {
        return new Column(name, "string", "", description, 0);
    }

    static Column integer(String name, String description) {
        return new Column(name, "integer", "", description, 0);
    }

    static Column wide(String name, String description) {
        return new Column(name, "string", "", description, 1);
    }

    /** The JSON form, with all five fields as kube-apiserver writes them. */
    MapNode toNode() {
        return MapNode.builder()
                .put("name", Node.of(name))
                .put("type", Node.of(type))
                .put("format", Node.of(format))
                .put("description", Node.of(description))
                .put("priority", Node.of((long) priority))
                .build();
    }
}
