package dev.windlass.sandbox.schema;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One node of a CRD version's {@code openAPIV3Schema}, read once into the parts the API server
 * uses to prune, default and validate custom resources. Absent keywords are null (or empty).
 *
 * <p>{@code x-kubernetes-int-or-string} turns the node's types into {@code [integer, string]}, as
 * apiextensions does before validating. A {@code pattern} is compiled with
 * {@link java.util.regex.Pattern}: the real server uses Go's RE2, which agrees for the patterns
 * CRDs use (anchors, classes, repetition); a pattern Java cannot compile checks nothing.
 *
 * @param types           the allowed JSON types; empty when {@code type} is absent
 * @param additional      {@code additionalProperties} given as a schema, or null
 * @param additionalAllowed {@code additionalProperties} given as a boolean, or null
 * @param enumValues      {@code enum}, or null when absent
 * @param listMapKeys     {@code x-kubernetes-list-map-keys}
 */
public record Schema(
        List<String> types,
        String format,
        boolean nullable,
        boolean intOrString,
        boolean preserveUnknownFields,
        boolean embeddedResource,
        Map<String, Schema> properties,
        Schema additional,
        Boolean additionalAllowed,
        Schema items,
        List<String> required,
        List<Node> enumValues,
        Double minimum,
        boolean exclusiveMinimum,
        Double maximum,
        boolean exclusiveMaximum,
        Double multipleOf,
        Long minLength,
        Long maxLength,
        Pattern pattern,
        String patternText,
        Long minItems,
        Long maxItems,
        boolean uniqueItems,
        Long minProperties,
        Long maxProperties,
        List<Schema> allOf,
        List<Schema> anyOf,
        List<Schema> oneOf,
        Schema not,
        String listType,
        List<String> listMapKeys,
        Node defaultValue) {

    /** A schema that allows anything and declares no fields. */
    public static final Schema EMPTY = parse(MapNode.empty());

    public Schema {
        types = List.copyOf(types);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        required = List.copyOf(required);
        enumValues = enumValues == null ? null : List.copyOf(enumValues);
        allOf = List.copyOf(allOf);
        anyOf = List.copyOf(anyOf);
        oneOf = List.copyOf(oneOf);
        listMapKeys = List.copyOf(listMapKeys);
    }

    /** Reads a schema node; keywords of the wrong shape count as absent (the CRD was checked on create). */
    public static Schema parse(MapNode node) {
        boolean intOrString = flag(node, "x-kubernetes-int-or-string");
        List<String> types = intOrString ? List.of("integer", "string")
                : node.getText("type").filter(t -> !t.isEmpty()).map(List::of).orElse(List.of());
        String patternText = node.getText("pattern").orElse(null);
        return new Schema(types, node.getText("format").orElse(""), flag(node, "nullable"), intOrString,
                flag(node, "x-kubernetes-preserve-unknown-fields"), flag(node, "x-kubernetes-embedded-resource"),
                properties(node), node.getMap("additionalProperties").map(Schema::parse).orElse(null),
                node.get("additionalProperties").filter(BoolNode.class::isInstance)
                        .map(b -> ((BoolNode) b).value()).orElse(null),
                node.getMap("items").map(Schema::parse).orElse(null), texts(node, "required"),
                node.getList("enum").map(ListNode::items).orElse(null),
                number(node, "minimum"), flag(node, "exclusiveMinimum"),
                number(node, "maximum"), flag(node, "exclusiveMaximum"), number(node, "multipleOf"),
                whole(node, "minLength"), whole(node, "maxLength"), compile(patternText), patternText,
                whole(node, "minItems"), whole(node, "maxItems"), flag(node, "uniqueItems"),
                whole(node, "minProperties"), whole(node, "maxProperties"),
                schemas(node, "allOf"), schemas(node, "anyOf"), schemas(node, "oneOf"),
                node.getMap("not").map(Schema::parse).orElse(null),
                node.getText("x-kubernetes-list-type").orElse(null), texts(node, "x-kubernetes-list-map-keys"),
                node.get("default").orElse(null));
    }

    /** The schema a map's value under {@code key} follows: its property, else additionalProperties, else null. */
    public Schema fieldSchema(String key) {
        Schema property = properties.get(key);
        return property != null ? property : additional;
    }

    private static boolean flag(MapNode node, String key) {
        return node.get(key).filter(n -> n instanceof BoolNode b && b.value()).isPresent();
    }

    private static Double number(MapNode node, String key) {
        Optional<Node> value = node.get(key);
        if (value.isPresent() && value.get() instanceof IntNode i) {
            return (double) i.value();
        }
        return value.filter(FloatNode.class::isInstance).map(n -> ((FloatNode) n).value()).orElse(null);
    }

    private static Long whole(MapNode node, String key) {
        Optional<Node> value = node.get(key);
        if (value.isPresent() && value.get() instanceof IntNode i) {
            return i.value();
        }
        return value.filter(n -> n instanceof FloatNode f && f.isIntegral())
                .map(n -> (long) ((FloatNode) n).value()).orElse(null);
    }

    private static Pattern compile(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    private static Map<String, Schema> properties(MapNode node) {
        Map<String, Schema> out = new LinkedHashMap<>();
        node.getMap("properties").ifPresent(props -> props.asJavaMap()
                .forEach((key, value) -> value.asMap().ifPresent(m -> out.put(key, parse(m)))));
        return out;
    }

    private static List<Schema> schemas(MapNode node, String key) {
        List<Schema> out = new ArrayList<>();
        for (Node item : node.getList(key).map(ListNode::items).orElse(List.of())) {
            item.asMap().ifPresent(m -> out.add(parse(m)));
        }
        return out;
    }

    private static List<String> texts(MapNode node, String key) {
        List<String> out = new ArrayList<>();
        for (Node item : node.getList(key).map(ListNode::items).orElse(List.of())) {
            item.asText().ifPresent(out::add);
        }
        return out;
    }
}
