package dev.windlass.policy;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
  * A small OpenAPI v3 validator for a constraint's {@code spec.parameters} against its template's
  * {@code openAPIV3Schema}: type, properties, items, enum, required, additionalProperties, pattern,
  * minimum/maximum, min/max length and items, nullable. Unknown properties are allowed unless
  * {@code additionalProperties: false}, as for a CRD validation.
  */
final class ParameterSchema {
    private final MapNode schema;

    ParameterSchema(MapNode schema) {
        this.schema = schema == null ? MapNode.empty() : schema;
    }

    /** The problems with {@code value}, each {@code path: what is wrong}; empty when valid. */
    List<String> validate(Node value, String path) {
        List<String> problems = new ArrayList<>();
        check(schema, value, path, problems);
        return problems;
    }

    private static void check(MapNode s, Node value, String path, List<String> problems) {
        if (value instanceof NullNode) {
            boolean nullable = s.get("nullable").map(n -> n instanceof BoolNode b && b.value()).orElse(false);
            if (!nullable && s.getText("type").isPresent()) {
                problems.add(path + ": must be of type " + s.getText("type").get() + ", got null");
            }
            return;
        }
        Optional<String> type = s.getText("type");
        if (type.isPresent() && !hasType(value, type.get())) {
            problems.add(path + ": must be of type " + type.get() + ", got " + typeName(value));
            return;
        }
        checkEnum(s, value, path, problems);
        if (value instanceof MapNode map) {
            checkObject(s, map, path, problems);
        } else if (value instanceof ListNode list) {
            checkArray(s, list, path, problems);
        } else if (value instanceof StringNode str) {
            checkString(s, str.value(), path, problems);
        } else if (value instanceof IntNode || value instanceof FloatNode) {
            checkNumber(s, number(value), path, problems);
        }
    }

    static boolean hasType(Node value, String type) {
        switch (type) {
            case "object":
                return value instanceof MapNode;
            case "array":
                return value instanceof ListNode;
            case "string":
                return value instanceof StringNode;
            case "boolean":
                return value instanceof BoolNode;
            case "integer":
                return value instanceof IntNode
                        || value instanceof FloatNode f && f.value() == Math.rint(f.value()) && !Double.isInfinite(f.value());
            case "number":
                return value instanceof IntNode || value instanceof FloatNode;
            default:
                return true;
        }
    }

    static String typeName(Node value) {
        if (value instanceof MapNode) {
            return "object";
        }
        if (value instanceof ListNode) {
            return "array";
        }
        if (value instanceof StringNode) {
            return "string";
        }
        if (value instanceof BoolNode) {
            return "boolean";
        }
        if (value instanceof IntNode) {
            return "integer";
        }
        return value instanceof FloatNode ? "number" : "null";
    }

    private static double number(Node value) {
        return value instanceof IntNode i ? i.value() : ((FloatNode) value).value();
    }

    private static void checkEnum(MapNode s, Node value, String path, List<String> problems) {
        Optional<ListNode> allowed = s.getList("enum");
        if (allowed.isEmpty()) {
            return;
        }
        for (Node option : allowed.get().items()) {
            if (sameValue(option, value)) {
                return;
            }
        }
        List<Object> options = new ArrayList<>();
        allowed.get().items().forEach(n -> options.add(n.toPlain()));
        problems.add(path + ": unsupported value " + value.toPlain() + "; supported values: " + options);
    }

    private static boolean sameValue(Node a, Node b) {
        if ((a instanceof IntNode || a instanceof FloatNode) && (b instanceof IntNode || b instanceof FloatNode)) {
            return number(a) == number(b);
        }
        return a.equals(b);
    }

    private static void checkObject(MapNode s, MapNode map, String path, List<String> problems) {
        MapNode properties = s.getMap("properties").orElse(MapNode.empty());
        for (String required : stringsOf(s.getList("required"))) {
            if (!map.containsKey(required)) {
                problems.add(path + "." + required + ": required value is missing");
            }
        }
        Optional<Node> additional = s.get("additionalProperties");
        for (Map.Entry<String, Node> e : map.asJavaMap().entrySet()) {
            String at = path + "." + e.getKey();
            Optional<MapNode> property = properties.getMap(e.getKey());
            if (property.isPresent()) {
                check(property.get(), e.getValue(), at, problems);
            } else if (additional.isPresent() && additional.get() instanceof MapNode extra) {
                check(extra, e.getValue(), at, problems);
            } else if (additional.isPresent() && additional.get() instanceof BoolNode b && !b.value()) {
                problems.add(at + ": field not declared in the schema (additionalProperties is false)");
            }
        }
    }

    private static void checkArray(MapNode s, ListNode list, String path, List<String> problems) {
        bound(s, "minItems", list.size(), true, path, "must have at least %s items", problems);
        bound(s, "maxItems", list.size(), false, path, "must have at most %s items", problems);
        Optional<MapNode> items = s.getMap("items");
        if (items.isPresent()) {
            for (int i = 0; i < list.size(); i++) {
                check(items.get(), list.items().get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static void checkString(MapNode s, String value, String path, List<String> problems) {
        int length = value.codePointCount(0, value.length());
        bound(s, "minLength", length, true, path, "must be at least %s characters long", problems);
        bound(s, "maxLength", length, false, path, "must be at most %s characters long", problems);
        Optional<String> pattern = s.getText("pattern");
        if (pattern.isPresent()) {
            try {
                if (!Pattern.compile(pattern.get()).matcher(value).find()) {
                    problems.add(path + ": \"" + value + "\" does not match the pattern " + pattern.get());
                }
            } catch (PatternSyntaxException e) {
                problems.add(path + ": the schema's pattern " + pattern.get() + " is not a valid regular expression");
            }
        }
    }

    private static void checkNumber(MapNode s, double value, String path, List<String> problems) {
        bound(s, "minimum", value, true, path, "must be greater than or equal to %s", problems);
        bound(s, "maximum", value, false, path, "must be less than or equal to %s", problems);
    }

    private static void bound(MapNode s, String key, double actual, boolean lower, String path, String message,
                              List<String> problems) {
        Optional<Node> limit = s.get(key);
        if (limit.isEmpty() || !(limit.get() instanceof IntNode || limit.get() instanceof FloatNode)) {
            return;
        }
        double bound = number(limit.get());
        if (lower ? actual < bound : actual > bound) {
            problems.add(path + ": " + String.format(message, limit.get().toPlain()));
        }
    }

    private static List<String> stringsOf(Optional<ListNode> list) {
        List<String> out = new ArrayList<>();
        list.ifPresent(l -> l.items().forEach(n -> n.asText().ifPresent(out::add)));
        return out;
    }
}
