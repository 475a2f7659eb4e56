package dev.windlass.sandbox.table;

import dev.windlass.sandbox.api.ApiException;

/**
 * What each Table row carries in {@code object}, from the {@code includeObject} query parameter:
 * nothing, the object's metadata as a {@code PartialObjectMetadata} (the default), or the whole object.
 */
public enum IncludeObject {
    NONE("None"),
    METADATA("Metadata"),
    OBJECT("Object");

    private final String wireName;

    IncludeObject(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Parses the query parameter; absent or empty means {@link #METADATA}, anything unknown is a 400. */
    public static IncludeObject parse(String value) {
        if (value == null || value.isEmpty()) {
            return METADATA;
        }
        for (IncludeObject include : values()) {
            if (include.wireName.equals(value)) {
                return include;
            }
        }
        throw ApiException.badRequest("unrecognized includeObject value: \"" + value
                + "\"; use None, Metadata or Object");
    }
}
