package dev.windlass.pipelines.subst;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON text as Go's {@code encoding/json} writes it, which is what Tekton puts into params: compact,
 * object keys sorted, {@code <}, {@code >} and {@code &} escaped, numbers as float64 prints them.
 */
public final class GoJson {

    private GoJson() {
    }

    public static String write(Node node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /** A string's JSON text without the surrounding quotes (how Tekton inserts a string field). */
    public static String escapedString(String value) {
        StringBuilder out = new StringBuilder();
        string(value, out);
        return out.substring(1, out.length() - 1);
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof MapNode map) {
            List<String> keys = new ArrayList<>(map.keys());
            keys.sort(null);
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                out.append(i == 0 ? "" : ",");
                string(keys.get(i), out);
                out.append(':');
                write(map.get(keys.get(i)).orElseThrow(), out);
            }
            out.append('}');
        } else if (node instanceof ListNode list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.items().get(i), out);
            }
            out.append(']');
        } else if (node instanceof StringNode s) {
            string(s.value(), out);
        } else if (node instanceof IntNode i) {
            out.append(i.value());
        } else if (node instanceof FloatNode f) {
            out.append(number(f.value()));
        } else if (node instanceof BoolNode b) {
            out.append(b.value());
        } else {
            out.append("null");
        }
    }

    /** A float64 as Go prints it in JSON: no trailing {@code .0}, exponent form outside [1e-6, 1e21). */
    public static String number(double value) {
        double abs = Math.abs(value);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
            String text = Double.toString(value).replace('E', 'e');
            int e = text.indexOf('e');
            String mantissa = text.substring(0, e).replaceAll("\\.0$", "");
            String exponent = text.substring(e + 1);
            String sign = exponent.startsWith("-") ? "-" : "+";
            String digits = exponent.replace("-", "");
            return mantissa + "e" + sign + (digits.length() < 2 ? "0" + digits : digits);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void string(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
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
