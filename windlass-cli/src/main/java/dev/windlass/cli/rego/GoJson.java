package dev.windlass.cli.rego;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
  * JSON written byte for byte as Go's {@code encoding/json} writes what {@code opa} prints: object
  * keys sorted (by their UTF-8 bytes), {@code "key": value}, two-space indentation, {@code <},
  * {@code >} and {@code &} escaped as {@code \u003c} …, empty collections as {@code []} and
  * {@code {}}. Accepts Rego values and plain output structure: a {@link Map} keeps its insertion
  * order (a Go struct's fields), a {@link List} is an array, a String, Integer or Boolean a scalar.
  */
final class GoJson {
    private GoJson() {}

    /** Compact: {@code json.Marshal}. */
    static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, null, "");
        return out.toString();
    }

    /** Indented by two spaces, ending with a newline: {@code json.Encoder} with {@code SetIndent("", "  ")}. */
    static String indented(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, "  ", "");
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, String indent, String prefix) {
        if (value == null || value instanceof NullValue) {
            out.append("null");
        } else if (value instanceof BoolValue b) {
            out.append(b.value());
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof NumberValue n) {
            out.append(Values.numberText(n));
        } else if (value instanceof StringValue s) {
            string(out, s.value());
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof ArrayValue a) {
            array(out, a.items(), indent, prefix);
        } else if (value instanceof SetValue s) {
            array(out, s.members(), indent, prefix);
        } else if (value instanceof List<?> l) {
            array(out, l, indent, prefix);
        } else if (value instanceof ObjectValue o) {
            object(out, sortedKeys(o), indent, prefix);
        } else if (value instanceof Map<?, ?> m) {
            object(out, m, indent, prefix);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    /** Go sorts map keys by their bytes; a non-string key is written as its JSON text. */
    private static Map<String, Value> sortedKeys(ObjectValue o) {
        TreeMap<String, Value> sorted = new TreeMap<>(GoJson::compareUtf8);
        for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
            String key = e.getKey() instanceof StringValue s ? s.value() : compact(e.getKey());
            sorted.put(key, e.getValue());
        }
        return sorted;
    }

    private static int compareUtf8(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    }

    private static void array(StringBuilder out, Collection<?> items, String indent, String prefix) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String inner = indent == null ? prefix : prefix + indent;
        boolean first = true;
        for (Object item : new ArrayList<>(items)) {
            out.append(first ? "" : ",");
            newline(out, indent, inner);
            write(out, item, indent, inner);
            first = false;
        }
        newline(out, indent, prefix);
        out.append(']');
    }

    private static void object(StringBuilder out, Map<?, ?> entries, String indent, String prefix) {
        if (entries.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String inner = indent == null ? prefix : prefix + indent;
        boolean first = true;
        for (Map.Entry<?, ?> e : entries.entrySet()) {
            out.append(first ? "" : ",");
            newline(out, indent, inner);
            string(out, String.valueOf(e.getKey()));
            out.append(indent == null ? ":" : ": ");
            write(out, e.getValue(), indent, inner);
            first = false;
        }
        newline(out, indent, prefix);
        out.append('}');
    }

    private static void newline(StringBuilder out, String indent, String prefix) {
        if (indent != null) {
            out.append('\n').append(prefix);
        }
    }

    /** A string with Go's escapes, HTML characters and U+2028/U+2029 included. */
    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
