package dev.windlass.sandbox.table;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import dev.windlass.sandbox.api.WireJson;
import dev.windlass.sandbox.resource.ApiResource.PrinterColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table of a custom resource, as the apiextensions-apiserver builds it: Name, then one column
 * per {@code additionalPrinterColumns} entry of the served version (or a single Age column when the
 * CRD declares none). Each cell is the first value the column's JSONPath selects, formatted by the
 * column's type; a missing value is null (kubectl leaves it blank).
 */
final class CustomColumns {

    /** The column a CRD without printer columns gets, as kube-apiserver defaults it. */
    static final PrinterColumn DEFAULT_AGE =
            new PrinterColumn("Age", "date", ".metadata.creationTimestamp", Column.CREATED_DESCRIPTION, 0);

    private CustomColumns() {
    }

    /**
     * The printer for {@code declared} columns. Like kube-apiserver, columns after the first one whose
     * JSONPath does not parse are dropped.
     */
    static Printer printer(List<PrinterColumn> declared) {
        List<PrinterColumn> source = declared.isEmpty() ? List.of(DEFAULT_AGE) : declared;
        List<Column> columns = new ArrayList<>(List.of(Column.NAME));
        List<JsonPath> paths = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (PrinterColumn column : source) {
            JsonPath path;
            try {
                path = JsonPath.parse(column.jsonPath());
            } catch (IllegalArgumentException e) {
                break;
            }
            String description = column.description().isEmpty()
                    ? "Custom resource definition column (in JSONPath format): " + column.jsonPath()
                    : column.description();
            columns.add(new Column(column.name(), column.type(), "", description, column.priority()));
            paths.add(path);
            types.add(column.type());
        }
        return new Printer(columns, (object, now) -> {
            List<Object> cells = new ArrayList<>();
            cells.add(Fields.name(object));
            for (int i = 0; i < paths.size(); i++) {
                List<Node> results = paths.get(i).evaluate(object);
                cells.add(results.isEmpty() ? null : cell(types.get(i), results.get(0), now));
            }
            return Row.of(cells.toArray());
        });
    }

    /** One cell: strings print any value, other types keep only values of their kind. */
    static Node cell(String type, Node value, Instant now) {
        switch (type) {
            case "string":
                return Node.of(printed(value));
            case "integer":
                if (value instanceof IntNode) {
                    return value;
                }
                return value instanceof FloatNode f ? Node.of((long) f.value()) : Node.nullNode();
            case "number":
                if (value instanceof IntNode i) {
                    return Node.of((double) i.value());
                }
                return value instanceof FloatNode ? value : Node.nullNode();
            case "boolean":
                return value instanceof BoolNode ? value : Node.nullNode();
            case "date":
                return value instanceof StringNode s ? Node.of(date(s.value(), now)) : Node.nullNode();
            default:
                return Node.nullNode();
        }
    }

    private static String date(String text, Instant now) {
        if (text.isEmpty() || text.equals("null")) {
            return "<unknown>";
        }
        Instant time = Fields.parseTime(text);
        return time == null ? "<invalid>" : HumanDuration.since(time, now);
    }

    /** How client-go's JSONPath prints a value: text as is, maps and lists as compact JSON with sorted keys. */
    static String printed(Node value) {
        if (value instanceof StringNode s) {
            return s.value();
        }
        if (value instanceof MapNode || value instanceof ListNode) {
            return WireJson.text(sorted(value));
        }
        if (value instanceof IntNode i) {
            return Long.toString(i.value());
        }
        if (value instanceof FloatNode f) {
            return goFloat(f.value());
        }
        if (value instanceof BoolNode b) {
            return Boolean.toString(b.value());
        }
        return "<no value>";
    }

    private static Node sorted(Node value) {
        if (value instanceof MapNode map) {
            MapNode.Builder out = MapNode.builder();
            Map<String, Node> ordered = new TreeMap<>(map.asJavaMap());
            ordered.forEach((k, v) -> out.put(k, sorted(v)));
            return out.build();
        }
        if (value instanceof ListNode list) {
            return new ListNode(list.items().stream().map(CustomColumns::sorted).toList());
        }
        return value;
    }

    /** Go's {@code %v} for a float64: shortest digits, exponent form below 1e-4 and from 1e+06. */
    static String goFloat(double value) {
        if (value == 0) {
            return "0";
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = decimal.unscaledValue().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        String sign = value < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 6) {
            String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            String exp = String.format("%02d", Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        return sign + decimal.toPlainString();
    }
}
