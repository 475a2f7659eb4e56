package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads param declarations, param values and result declarations. */
final class ParamReader {

    private static final Set<String> PARAM_SPEC_FIELDS = Set.of("name", "type", "description", "default",
            "properties", "enum");
    private static final Set<String> RESULT_FIELDS = Set.of("name", "type", "description", "properties", "value");

    private final Reading reading;

    ParamReader(Reading reading) {
        this.reading = reading;
    }

    List<ParamSpec> specs(MapNode parent, FieldPath at) {
        List<ParamSpec> out = new ArrayList<>();
        List<MapNode> items = reading.maps(parent, "params", at);
        for (int i = 0; i < items.size(); i++) {
            out.add(spec(items.get(i), at.key("params").index(i)));
        }
        return out;
    }

    private ParamSpec spec(MapNode node, FieldPath at) {
        reading.unknownFields(node, at, PARAM_SPEC_FIELDS);
        Optional<ParamValue> defaultValue = node.get("default").filter(n -> !n.isNull())
                .map(n -> value(n, at.key("default")));
        Map<String, ParamType> properties = properties(node, at);
        Optional<ParamType> declared = type(node, at);
        ParamType type = declared.orElseGet(() -> defaultValue.map(ParamValue::type)
                .orElse(node.containsKey("properties") ? ParamType.OBJECT : ParamType.STRING));
        return new ParamSpec(reading.text(node, "name", at), type, reading.text(node, "description", at),
                defaultValue, properties, reading.strings(node, "enum", at));
    }

    /** A declared {@code type}; an unknown one is reported. */
    Optional<ParamType> type(MapNode node, FieldPath at) {
        Optional<String> text = reading.optText(node, "type", at);
        if (text.isEmpty() || text.get().isEmpty()) {
            return Optional.empty();
        }
        for (ParamType type : ParamType.values()) {
            if (type.text().equals(text.get())) {
                return Optional.of(type);
            }
        }
        reading.error(ModelCodes.INVALID_FIELD, at.key("type"), "invalid value: " + text.get()
                + "; a type must be string, array or object");
        return Optional.empty();
    }

    Map<String, ParamType> properties(MapNode node, FieldPath at) {
        Map<String, ParamType> out = new LinkedHashMap<>();
        Optional<MapNode> properties = reading.map(node, "properties", at);
        if (properties.isEmpty()) {
            return out;
        }
        for (Map.Entry<String, Node> entry : properties.get().asJavaMap().entrySet()) {
            FieldPath here = at.key("properties").key(entry.getKey());
            ParamType type = ParamType.STRING;
            if (entry.getValue() instanceof MapNode property) {
                type = type(property, here).orElse(ParamType.STRING);
            } else if (!entry.getValue().isNull()) {
                reading.error(ModelCodes.INVALID_FIELD, here, "expected an object such as {type: string}");
            }
            out.put(entry.getKey(), type);
        }
        return out;
    }

    /** Params given values ({@code params[]} of a run, a pipeline task, a step or a ref). */
    List<Param> params(MapNode parent, FieldPath at) {
        List<Param> out = new ArrayList<>();
        List<MapNode> items = reading.maps(parent, "params", at);
        for (int i = 0; i < items.size(); i++) {
            out.add(param(items.get(i), at.key("params").index(i)));
        }
        return out;
    }

    Param param(MapNode node, FieldPath at) {
        reading.unknownFields(node, at, Set.of("name", "value"));
        Optional<Node> value = node.get("value");
        if (value.isEmpty()) {
            reading.error(ModelCodes.MISSING_FIELD, at.key("value"), "missing field(s): value; give the param"
                    + " a value (a string, a list or a map)");
        }
        return new Param(reading.text(node, "name", at), value.map(v -> value(v, at.key("value")))
                .orElse(ParamValue.of("")));
    }

    /** A YAML list reads as an array, a map as an object, a scalar as a string with its text. */
    ParamValue value(Node node, FieldPath at) {
        if (node instanceof ListNode list) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                items.add(scalar(list.items().get(i), at.index(i)));
            }
            return ParamValue.of(items);
        }
        if (node instanceof MapNode map) {
            Map<String, String> values = new LinkedHashMap<>();
            map.asJavaMap().forEach((key, item) -> values.put(key, scalar(item, at.key(key))));
            return ParamValue.of(values);
        }
        return ParamValue.of(Reading.scalarText(node).orElse(""));
    }

    private String scalar(Node node, FieldPath at) {
        Optional<String> text = Reading.scalarText(node);
        if (text.isEmpty()) {
            reading.error(ModelCodes.INVALID_FIELD, at, "expected a string but found a " + Reading.kind(node)
                    + "; Tekton arrays and objects hold strings only");
        }
        return text.orElse("");
    }

    List<ResultSpec> results(MapNode parent, FieldPath at) {
        List<ResultSpec> out = new ArrayList<>();
        List<MapNode> items = reading.maps(parent, "results", at);
        for (int i = 0; i < items.size(); i++) {
            out.add(result(items.get(i), at.key("results").index(i)));
        }
        return out;
    }

    private ResultSpec result(MapNode node, FieldPath at) {
        reading.unknownFields(node, at, RESULT_FIELDS);
        Map<String, ParamType> properties = properties(node, at);
        Optional<ParamValue> value = node.get("value").filter(n -> !n.isNull()).map(n -> value(n, at.key("value")));
        ParamType type = type(node, at).orElse(node.containsKey("properties") ? ParamType.OBJECT : ParamType.STRING);
        return new ResultSpec(reading.text(node, "name", at), type, reading.text(node, "description", at),
                properties, value);
    }
}
