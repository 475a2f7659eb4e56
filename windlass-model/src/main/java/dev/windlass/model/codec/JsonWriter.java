package dev.windlass.model.codec;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NumberText;
import dev.windlass.model.tree.StringNode;
import java.util.Map;

/**
 * Prints node trees as JSON the way Go's {@code encoding/json} does (so kubectl and the API
 * server): keys in the map's order, floats via {@link NumberText}, {@code \n \t \r \b \f} and
 * <code>&#92;u00XX</code> escapes for control characters, U+2028 and U+2029 escaped, no HTML escaping of
 * {@code < > &} (kubectl escapes them; the value is the same).
 *
 * <pre>{@code
 * String compact = JsonWriter.write(object, 0);   // {"kind":"Pod",...}
 * String pretty = JsonWriter.write(object, 4);    // kubectl get -o json
 * }</pre>
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    private final int indent;

    private JsonWriter(StringBuilder out, int indent) {
        this.out = out;
        this.indent = indent;
    }

    /**
     * {@code node} as JSON: with {@code indent == 0} on one line without spaces; otherwise
     * indented by that many spaces per level with {@code "key": value} and a final newline, as Go's
     * {@code json.MarshalIndent}. Empty maps and lists print as {@code {}} and {@code []}.
     */
    public static String write(Node node, int indent) {
        if (indent < 0) {
            throw new IllegalArgumentException("indent must not be negative: " + indent);
        }
        StringBuilder out = new StringBuilder(256);
        new JsonWriter(out, indent).value(node, 0);
        if (indent > 0) {
            out.append('\n');
        }
        return out.toString();
    }

    private void value(Node node, int depth) {
        if (node instanceof MapNode map) {
            map(map, depth);
        } else if (node instanceof ListNode list) {
            list(list, depth);
        } else if (node instanceof StringNode s) {
            string(s.value());
        } else if (node instanceof IntNode i) {
            out.append(i.value());
        } else if (node instanceof FloatNode f) {
            out.append(NumberText.format(f.value()));
        } else if (node instanceof BoolNode b) {
            out.append(b.value());
        } else {
            out.append("null");
        }
    }

    private void map(MapNode map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            string(entry.getKey());
            out.append(indent > 0 ? ": " : ":");
            value(entry.getValue(), depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    private void list(ListNode list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (Node item : list.items()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(depth + 1);
            value(item, depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    private void newline(int depth) {
        if (indent == 0) {
            return;
        }
        out.append('\n');
        for (int i = depth * indent; i > 0; i--) {
            out.append(' ');
        }
    }

    private void string(String text) {
        out.append('"');
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x2028 && c != 0x2029 && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            out.append(text, plainFrom, i);
            escape(c);
            plainFrom = i + 1;
        }
        out.append(text, plainFrom, text.length()).append('"');
    }

    /** One escaped character; a lone surrogate (not valid UTF-8) becomes U+FFFD, as Go does with invalid UTF-8. */
    private void escape(char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> {
                int value = Character.isSurrogate(c) ? 0xFFFD : c;
                out.append("\\u");
                for (int shift = 12; shift >= 0; shift -= 4) {
                    out.append(HEX[(value >> shift) & 0xF]);
                }
            }
        }
    }
}
