package dev.windlass.sandbox.validation;

import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds field causes worded as kube-apiserver words them ({@code field.Error.ErrorBody()}):
 * {@code Invalid value: "Foo": a lowercase RFC 1123 …}, {@code Required value},
 * {@code Forbidden: …}, {@code Too long: may not be more than 262144 bytes}. Bad values print as
 * the server prints them: strings Go-quoted, numbers and booleans bare, anything else as JSON with
 * map keys sorted (Go's {@code json.Marshal}).
 *
 * <p>Field paths are strings in the server's notation: {@code spec.containers[0].image},
 * {@code data[my key]}, {@code metadata.labels}.
 */
public final class FieldErrors {

    public static final String INVALID = "FieldValueInvalid";
    public static final String REQUIRED = "FieldValueRequired";
    public static final String FORBIDDEN = "FieldValueForbidden";
    public static final String TOO_LONG = "FieldValueTooLong";
    public static final String DUPLICATE = "FieldValueDuplicate";
    public static final String NOT_SUPPORTED = "FieldValueNotSupported";

    /** The server's message for a changed immutable field. */
    public static final String IMMUTABLE = "field is immutable";

    private FieldErrors() {
    }

    /** {@code Invalid value: <value>: <detail>}; {@code value} may be a String, Number, Boolean, Node or null. */
    public static Cause invalid(String field, Object value, String detail) {
        return new Cause(INVALID, withDetail("Invalid value: " + render(value), detail), field);
    }

    /** {@code Required value} or {@code Required value: <detail>}. */
    public static Cause required(String field, String detail) {
        return new Cause(REQUIRED, withDetail("Required value", detail), field);
    }

    /** {@code Forbidden: <detail>}. */
    public static Cause forbidden(String field, String detail) {
        return new Cause(FORBIDDEN, withDetail("Forbidden", detail), field);
    }

    /** {@code Too long: may not be more than <max> bytes}. */
    public static Cause tooLong(String field, int maxBytes) {
        return new Cause(TOO_LONG, "Too long: may not be more than " + maxBytes + (maxBytes == 1 ? " byte" : " bytes"),
                field);
    }

    /** {@code Duplicate value: <value>}. */
    public static Cause duplicate(String field, Object value) {
        return new Cause(DUPLICATE, "Duplicate value: " + render(value), field);
    }

    /** {@code Unsupported value: <value>: supported values: "a", "b"}. */
    public static Cause notSupported(String field, Object value, List<String> supported) {
        List<String> quoted = new ArrayList<>();
        supported.forEach(s -> quoted.add(quote(s)));
        return new Cause(NOT_SUPPORTED,
                withDetail("Unsupported value: " + render(value), "supported values: " + String.join(", ", quoted)),
                field);
    }

    /** {@code field is immutable} on {@code field}, showing the new value. */
    public static Cause immutable(String field, Object newValue) {
        return invalid(field, newValue, IMMUTABLE);
    }

    /** One cause per message from a {@link Syntax} check, as {@code Invalid value: <value>: <message>}. */
    public static List<Cause> invalidEach(String field, String value, List<String> messages) {
        List<Cause> causes = new ArrayList<>(messages.size());
        messages.forEach(message -> causes.add(invalid(field, value, message)));
        return causes;
    }

    /** The bad value as the server prints it. */
    public static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Rendered r) {
            return r.text();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof StringNode s) {
            return quote(s.value());
        }
        if (value instanceof IntNode || value instanceof FloatNode || value instanceof BoolNode) {
            return value.toString();
        }
        if (value instanceof Node node) {
            return JsonWriter.write(sortedKeys(node), 0);
        }
        return quote(value.toString());
    }

    /** Go's {@code %q}: double quotes with backslash escapes for quotes, backslashes and control characters. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A bad value already in the server's printed form, shown as it is. */
    public record Rendered(String text) {
    }

    private static String withDetail(String body, String detail) {
        return detail == null || detail.isEmpty() ? body : body + ": " + detail;
    }

    private static Node sortedKeys(Node node) {
        if (node instanceof MapNode map) {
            TreeMap<String, Node> sorted = new TreeMap<>();
            map.asJavaMap().forEach((k, v) -> sorted.put(k, sortedKeys(v)));
            return MapNode.copyOf(sorted);
        }
        if (node instanceof ListNode list) {
            List<Node> items = new ArrayList<>(list.size());
            list.items().forEach(item -> items.add(sortedKeys(item)));
            return new ListNode(items);
        }
        return node;
    }
}
