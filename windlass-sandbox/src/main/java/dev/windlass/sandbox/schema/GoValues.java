package dev.windlass.sandbox.schema;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.model.tree.StringNode;
import dev.windlass.sandbox.validation.FieldErrors;
import java.math.BigDecimal;
import java.util.TreeMap;

/**
 * Prints values the way the API server's Go code prints them inside field errors: {@code %v} of a
 * float64 ({@code 1.5}, {@code 1e+06}), and {@code %#v} of decoded JSON ({@code map[string]interface
 * {}{"name":"a"}}), which is how a map or list shows up in {@code Invalid value:} and
 * {@code Duplicate value:}.
 */
final class GoValues {

    private GoValues() {
    }

    /** The bad value of a field error: strings quoted, numbers bare, maps and lists in Go syntax. */
    static FieldErrors.Rendered bad(Node value) {
        if (value instanceof StringNode s) {
            return new FieldErrors.Rendered(FieldErrors.quote(s.value()));
        }
        if (value instanceof NullNode) {
            return new FieldErrors.Rendered("null");
        }
        return new FieldErrors.Rendered(sharp(value));
    }

    /** Go's {@code %v} of a float64 ({@code %g}, shortest digits): exponent form below 1e-04 and from 1e+06. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String digits = decimal.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        String sign = value < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 6) {
            StringBuilder out = new StringBuilder(sign).append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            return out.append(magnitude < 10 ? "0" : "").append(magnitude).toString();
        }
        return sign + decimal.abs().toPlainString();
    }

    /** A node as Go's {@code %v} prints its decoded value (numbers and booleans; anything else in Go syntax). */
    static String plain(Node value) {
        if (value instanceof IntNode i) {
            return Long.toString(i.value());
        }
        if (value instanceof FloatNode f) {
            return number(f.value());
        }
        if (value instanceof BoolNode b) {
            return Boolean.toString(b.value());
        }
        if (value instanceof StringNode s) {
            return s.value();
        }
        return sharp(value);
    }

    /** Go's {@code %#v} of decoded JSON. */
    static String sharp(Node value) {
        if (value instanceof MapNode map) {
            StringBuilder out = new StringBuilder("map[string]interface {}{");
            TreeMap<String, Node> sorted = new TreeMap<>(map.asJavaMap());
            boolean first = true;
            for (var entry : sorted.entrySet()) {
                out.append(first ? "" : ", ").append(FieldErrors.quote(entry.getKey())).append(':')
                        .append(sharp(entry.getValue()));
                first = false;
            }
            return out.append('}').toString();
        }
        if (value instanceof ListNode list) {
            StringBuilder out = new StringBuilder("[]interface {}{");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(sharp(list.items().get(i)));
            }
            return out.append('}').toString();
        }
        if (value instanceof StringNode s) {
            return FieldErrors.quote(s.value());
        }
        if (value instanceof NullNode) {
            return "interface {}(nil)";
        }
        return plain(value);
    }
}
