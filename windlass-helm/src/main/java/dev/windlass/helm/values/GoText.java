package dev.windlass.helm.values;

import java.util.List;
import java.util.Map;

/** Go's formatting of strings ({@code %q}) and dynamic type names, for Helm's messages. */
final class GoText {

    private GoText() {
    }

    /** Go's {@code %q}. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
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
