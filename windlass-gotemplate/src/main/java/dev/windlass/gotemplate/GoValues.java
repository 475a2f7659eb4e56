package dev.windlass.gotemplate;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Go's view of the Java values this library passes around (see {@link GoType} for the mapping). */
public final class GoValues {

    private GoValues() {
    }

    /** The Go type name of {@code value} as {@code fmt}'s {@code %T} prints it; {@code <nil>} for nil. */
    public static String typeName(Object value) {
        if (value == null) {
            return "<nil>";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Integer) {
            return "int";
        }
        if (value instanceof Long) {
            return "int64";
        }
        if (value instanceof Double) {
            return "float64";
        }
        if (value instanceof Map) {
            return "map[string]interface {}";
        }
        if (value instanceof List) {
            return "[]interface {}";
        }
        if (value instanceof byte[]) {
            return "[]uint8";
        }
        if (value instanceof GoObject) {
            return ((GoObject) value).goTypeName();
        }
        return value.getClass().getSimpleName();
    }

    /**
     * Go template truth: false, 0, nil, and empty strings, maps, lists and byte slices are false;
     * everything else is true.
     */
    public static boolean isTrue(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof String) {
            return !((String) value).isEmpty();
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue() != 0;
        }
        if (value instanceof Double) {
            return (Double) value != 0.0;
        }
        if (value instanceof Map) {
            return !((Map<?, ?>) value).isEmpty();
        }
        if (value instanceof Collection) {
            return !((Collection<?>) value).isEmpty();
        }
        if (value instanceof byte[]) {
            return ((byte[]) value).length > 0;
        }
        return true;
    }
}
