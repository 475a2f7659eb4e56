package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
  * JSON text as Go's {@code encoding/json} writes it, which {@code json.marshal} and friends
  * return: keys sorted, sets as arrays, non-string keys as their JSON text, {@code <>&} and
  * U+2028/U+2029 escaped as {@code \u003c}…, and {@code MarshalIndent}'s layout when pretty.
  */
final class JsonText {
    private final StringBuilder out = new StringBuilder();
    private final String prefix;
    private final String indent;
    private final boolean pretty;

    private JsonText(String prefix, String indent, boolean pretty) {
        this.prefix = prefix;
        this.indent = indent;
        this.pretty = pretty;
    }

    /** Compact JSON ({@code json.Marshal}). */
    static String compact(Value value) {
        return indented(value, "", "", false);
    }

    /** {@code json.MarshalIndent(value, prefix, indent)} when pretty, compact otherwise. */
    static String indented(Value value, String prefix, String indent, boolean pretty) {
        JsonText text = new JsonText(prefix, indent, pretty);
        text.write(value, 0);
        return text.out.toString();
    }

    private void write(Value value, int depth) {
        if (value instanceof NullValue) {
            out.append("null");
        } else if (value instanceof BoolValue b) {
            out.append(b.value());
        } else if (value instanceof NumberValue n) {
            out.append(Values.numberText(n));
        } else if (value instanceof StringValue s) {
            quote(s.value(), out);
        } else if (value instanceof ArrayValue a) {
            writeArray(a.items(), depth);
        } else if (value instanceof SetValue s) {
            writeArray(s.members(), depth);
        } else {
            writeObject((ObjectValue) value, depth);
        }
    }

    private void writeArray(Collection<Value> items, int depth) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (Value item : items) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            write(item, depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    private void writeObject(ObjectValue object, int depth) {
        if (object.size() == 0) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Value> e : sortedEntries(object).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            quote(e.getKey(), out);
            out.append(pretty ? ": " : ":");
            write(e.getValue(), depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    /** Object entries keyed by their JSON key text, in Go's byte order. */
    static TreeMap<String, Value> sortedEntries(ObjectValue object) {
        TreeMap<String, Value> sorted = new TreeMap<>(JsonText::compareCodePoints);
        for (Map.Entry<Value, Value> e : object.entries().entrySet()) {
            String key = e.getKey() instanceof StringValue s ? s.value() : compact(e.getKey());
            sorted.put(key, e.getValue());
        }
        return sorted;
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private void newline(int depth) {
        if (!pretty) {
            return;
        }
        out.append('\n').append(prefix);
        for (int i = 0; i < depth; i++) {
            out.append(indent);
        }
    }

    /** A Go-escaped JSON string literal. */
    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
