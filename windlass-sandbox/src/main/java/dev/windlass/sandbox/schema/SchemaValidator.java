package dev.windlass.sandbox.schema;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.model.tree.StringNode;
import dev.windlass.sandbox.api.ApiException.Cause;
import dev.windlass.sandbox.validation.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a custom resource against its version's structural schema the way kube-openapi's
 * validator does inside apiextensions, and words each problem as apiextensions turns it into a
 * field error: {@code spec.size: Invalid value: 0: spec.size in body should be greater than or
 * equal to 1}, {@code spec.name: Required value}, {@code spec.color: Unsupported value: "pink":
 * supported values: "red", "blue"}. Per value the checks run in kube-openapi's order: type,
 * allOf/anyOf/oneOf/not, string, format, number, array, enum, object.
 *
 * <p>Paths are kube-openapi's: {@code spec.items[0].name}, map values as {@code spec.labels.key}.
 * anyOf/oneOf/allOf/not failures name no field ({@code <nil>: Invalid value: ""}), as the real
 * server's do.
 */
public final class SchemaValidator {

    private final List<Violation> out = new ArrayList<>();

    private SchemaValidator() {
    }

    /** Every violation of {@code schema} in {@code object}, in the order the real server finds them. */
    public static List<Violation> validate(Schema schema, Node object) {
        SchemaValidator validator = new SchemaValidator();
        validator.walk(schema, object, "", FieldPath.root());
        return List.copyOf(validator.out);
    }

    private void walk(Schema s, Node value, String name, FieldPath at) {
        if (value instanceof NullNode) {
            if (!s.types().isEmpty() && !s.nullable()) {
                typeInvalid(at, name, String.join(",", s.types()), "null");
            }
            enumeration(s, value, name, at);
            return;
        }
        checkType(s, value, name, at);
        Combinators.check(this, s, value, name, at);
        if (value instanceof StringNode text) {
            strings(s, text.value(), name, at);
            Formats.check(s.format(), text.value()).ifPresent(format -> typeInvalid(at, name, format, text.value()));
        }
        if (value instanceof IntNode || value instanceof FloatNode) {
            NumberChecks.check(s, value, name, at, out);
        }
        if (value instanceof ListNode list) {
            array(s, list, name, at);
        }
        enumeration(s, value, name, at);
        if (value instanceof MapNode map) {
            object(s, map, name, at);
        }
    }

    /** The violations of one sub-schema (an allOf/anyOf/oneOf/not branch) at the same place. */
    List<Violation> branch(Schema s, Node value, String name, FieldPath at) {
        SchemaValidator sub = new SchemaValidator();
        sub.walk(s, value, name, at);
        return sub.out;
    }

    void add(FieldPath at, Cause cause) {
        out.add(new Violation(at, cause));
    }

    void addAll(List<Violation> violations) {
        out.addAll(violations);
    }

    private void checkType(Schema s, Node value, String name, FieldPath at) {
        if (s.types().isEmpty()) {
            return;
        }
        String actual = jsonType(value);
        boolean wholeFloat = value instanceof FloatNode f && f.isIntegral() && s.types().contains("integer");
        boolean intAsNumber = actual.equals("integer") && s.types().contains("number");
        if (!(s.types().contains(actual) || wholeFloat || intAsNumber)) {
            typeInvalid(at, name, String.join(",", s.types()), actual);
        }
    }

    private void typeInvalid(FieldPath at, String name, String expected, String actual) {
        add(at, FieldErrors.invalid(field(name), actual, name + " in body must be of type " + expected + ": "
                + FieldErrors.quote(actual)));
    }

    private void strings(Schema s, String text, String name, FieldPath at) {
        long length = text.codePointCount(0, text.length());
        if (s.maxLength() != null && length > s.maxLength()) {
            add(at, FieldErrors.tooLong(field(name), (int) (long) s.maxLength()));
        } else if (s.minLength() != null && length < s.minLength()) {
            add(at, FieldErrors.invalid(field(name), text, name + " in body should be at least " + s.minLength()
                    + " chars long"));
        } else if (s.pattern() != null && !s.pattern().matcher(text).find()) {
            add(at, FieldErrors.invalid(field(name), text, name + " in body should match '" + s.patternText() + "'"));
        }
    }

    private void array(Schema s, ListNode list, String name, FieldPath at) {
        if (s.items() != null) {
            for (int i = 0; i < list.size(); i++) {
                walk(s.items(), list.items().get(i), name + "[" + i + "]", at.index(i));
            }
        }
        long size = list.size();
        if (s.minItems() != null && size < s.minItems()) {
            add(at, FieldErrors.invalid(field(name), size, name + " in body should have at least " + s.minItems()
                    + " items"));
        }
        if (s.maxItems() != null && size > s.maxItems()) {
            add(at, tooMany(name, size, s.maxItems()));
        }
        if (s.uniqueItems() && list.items().stream().distinct().count() < size) {
            add(at, FieldErrors.invalid(field(name), "", name + " in body shouldn't contain duplicates"));
        }
    }

    private void enumeration(Schema s, Node value, String name, FieldPath at) {
        if (s.enumValues() == null || s.enumValues().isEmpty()) {
            return;
        }
        for (Node allowed : s.enumValues()) {
            if (sameValue(allowed, value)) {
                return;
            }
        }
        List<String> supported = new ArrayList<>();
        for (Node allowed : s.enumValues()) {
            supported.add(allowed instanceof StringNode text ? text.value() : FieldErrors.render(allowed));
        }
        add(at, FieldErrors.notSupported(field(name), GoValues.bad(value), supported));
    }

    private void object(Schema s, MapNode map, String name, FieldPath at) {
        long size = map.size();
        if (s.minProperties() != null && size < s.minProperties()) {
            add(at, FieldErrors.invalid(field(name), size, name + " in body should have at least "
                    + s.minProperties() + " properties"));
        }
        if (s.maxProperties() != null && size > s.maxProperties()) {
            add(at, tooMany(name, size, s.maxProperties()));
        }
        for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
            String key = entry.getKey();
            if (s.properties().containsKey(key)) {
                continue;
            }
            if (Boolean.FALSE.equals(s.additionalAllowed())) {
                add(at, FieldErrors.invalid(field(name), key, name + "." + key + " in body is a forbidden property"));
            } else if (s.additional() != null) {
                walk(s.additional(), entry.getValue(), child(name, key), at.key(key));
            }
        }
        for (Map.Entry<String, Schema> property : s.properties().entrySet()) {
            Node child = map.get(property.getKey()).orElse(null);
            if (child != null) {
                walk(property.getValue(), child, child(name, property.getKey()), at.key(property.getKey()));
            }
        }
        for (String key : s.required()) {
            if (!map.containsKey(key)) {
                add(at, FieldErrors.required(child(name, key), ""));
            }
        }
    }

    private static Cause tooMany(String name, long actual, long max) {
        return new Cause("FieldValueTooMany", "Too many: " + actual + ": must have at most " + max + " items",
                field(name));
    }

    /** Equal as decoded JSON: integers and integral floats compare by value. */
    static boolean sameValue(Node a, Node b) {
        if ((a instanceof IntNode || a instanceof FloatNode) && (b instanceof IntNode || b instanceof FloatNode)) {
            return number(a) == number(b);
        }
        return a.equals(b);
    }

    static double number(Node node) {
        return node instanceof IntNode i ? i.value() : ((FloatNode) node).value();
    }

    static String jsonType(Node value) {
        return switch (value.type()) {
            case MAP -> "object";
            case LIST -> "array";
            case STRING -> "string";
            case INT -> "integer";
            case FLOAT -> "number";
            case BOOL -> "boolean";
            case NULL -> "null";
        };
    }

    static String child(String name, String key) {
        return name.isEmpty() ? key : name + "." + key;
    }

    /** The cause's field: the path without a leading dot; {@code <nil>} for the object itself. */
    static String field(String name) {
        String trimmed = name.startsWith(".") ? name.substring(1) : name;
        return trimmed.isEmpty() ? "<nil>" : trimmed;
    }
}
