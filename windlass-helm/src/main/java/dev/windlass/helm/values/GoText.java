package dev.windlass.helm.values;

import dev.windlass.gotemplate.GoFmt;
import java.util.List;
import java.util.Map;

/** Go's formatting of strings ({@code %q}) and dynamic type names, for Helm's messages. */
final class GoText {

    private GoText() {
    }

    /** Go's {@code %q}. */
    static String quote(String s) {
        return GoFmt.quote(s);
    }

    /** The Go type name of a Go value held in Java ({@code string}, {@code int64}, {@code map[string]interface {}} …). */
    static String typeName(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Long) {
            return "int64";
        }
        if (v instanceof Integer) {
            return "int";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof Map) {
            return "map[string]interface {}";
        }
        if (v instanceof List) {
            return "[]interface {}";
        }
        return v.getClass().getSimpleName();
    }

    /** The text of the panic a failed Go type assertion {@code v.(T)} raises. */
    static String conversionPanic(Object v, String wanted) {
        return "interface conversion: interface {} is " + typeName(v) + ", not " + wanted;
    }
}
