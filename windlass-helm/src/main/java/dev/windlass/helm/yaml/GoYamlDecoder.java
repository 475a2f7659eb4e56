package dev.windlass.helm.yaml;

import dev.windlass.helm.HelmException;
import dev.windlass.model.codec.ScalarResolver;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * go-yaml v2's {@code Unmarshal} into {@code interface{}}: maps with keys of any scalar type
 * ({@code map[interface{}]interface{}}), {@code int} as {@link Long}, {@code float64} as
 * {@link Double}, YAML 1.1 booleans, merge keys ({@code <<}) applied in document order, aliases
 * decoded afresh each time they are used, and go-yaml's guard against excessive aliasing.
 */
final class GoYamlDecoder {

    static final String STR = "tag:yaml.org,2002:str";
    private static final String PREFIX = "tag:yaml.org,2002:";

    private final Set<YamlNode.Alias> activeAliases = new HashSet<>();
    private int decodeCount;
    private int aliasCount;
    private int aliasDepth;

    private GoYamlDecoder() {
    }

    /** The Go value of the first document of {@code text}; {@code null} when there is none. */
    static Object decode(String text) throws HelmException {
        Optional<YamlNode> root = GoYamlParser.parseFirst(text);
        return root.isEmpty() ? null : new GoYamlDecoder().value(root.get());
    }

    private Object value(YamlNode node) throws HelmException {
        decodeCount++;
        if (aliasDepth > 0) {
            aliasCount++;
        }
        if (aliasCount > 100 && decodeCount > 1000 && (double) aliasCount / decodeCount > allowedAliasRatio()) {
            throw new HelmException("yaml: document contains excessive aliasing");
        }
        if (node instanceof YamlNode.Alias alias) {
            return alias(alias);
        }
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar(scalar);
        }
        if (node instanceof YamlNode.Sequence sequence) {
            List<Object> out = new ArrayList<>(sequence.children().size());
            for (YamlNode child : sequence.children()) {
                out.add(value(child));
            }
            return out;
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        mapping((YamlNode.Mapping) node, out);
        return out;
    }

    private double allowedAliasRatio() {
        if (decodeCount <= 400_000) {
            return 0.99;
        }
        if (decodeCount >= 4_000_000) {
            return 0.10;
        }
        return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000.0);
    }

    private Object alias(YamlNode.Alias alias) throws HelmException {
        if (!activeAliases.add(alias)) {
            throw new HelmException("yaml: anchor '" + alias.name() + "' value contains itself");
        }
        aliasDepth++;
        try {
            return value(alias.target());
        } finally {
            aliasDepth--;
            activeAliases.remove(alias);
        }
    }

    private void mapping(YamlNode.Mapping mapping, Map<Object, Object> out) throws HelmException {
        List<YamlNode> children = mapping.children();
        for (int i = 0; i + 1 < children.size(); i += 2) {
            YamlNode key = children.get(i);
            if (key instanceof YamlNode.Scalar s && "<<".equals(s.value()) && s.plain()) {
                merge(children.get(i + 1), out);
                continue;
            }
            Object k = value(key);
            if (k instanceof Map || k instanceof List) {
                throw new HelmException("yaml: invalid map key: " + GoYamlJson.goSyntax(k));
            }
            out.put(k, value(children.get(i + 1)));
        }
    }

    private void merge(YamlNode node, Map<Object, Object> out) throws HelmException {
        if (node instanceof YamlNode.Mapping || isAliasOfMapping(node)) {
            mergeOne(node, out);
        } else if (node instanceof YamlNode.Sequence sequence) {
            List<YamlNode> items = sequence.children();
            for (int i = items.size() - 1; i >= 0; i--) {
                YamlNode item = items.get(i);
                if (!(item instanceof YamlNode.Mapping) && !isAliasOfMapping(item)) {
                    throw wantMap();
                }
                mergeOne(item, out);
            }
        } else {
            throw wantMap();
        }
    }

    @SuppressWarnings("unchecked")
    private void mergeOne(YamlNode node, Map<Object, Object> out) throws HelmException {
        out.putAll((Map<Object, Object>) value(node));
    }

    private static boolean isAliasOfMapping(YamlNode node) {
        return node instanceof YamlNode.Alias alias && alias.target() instanceof YamlNode.Mapping;
    }

    private static HelmException wantMap() {
        return new HelmException("yaml: map merge requires map or sequence of maps as the value");
    }

    private static Object scalar(YamlNode.Scalar scalar) throws HelmException {
        String tag = scalar.tag();
        if (scalar.plain()) {
            return plain(scalar.value());
        }
        if ("!".equals(tag) || STR.equals(tag) || !tag.startsWith(PREFIX)) {
            return scalar.value();
        }
        if ((PREFIX + "binary").equals(tag)) {
            return binary(scalar.value());
        }
        Object resolved = plain(scalar.value());
        if (!fits(resolved, tag.substring(PREFIX.length()))) {
            throw new HelmException("yaml: cannot decode " + shortTag(resolved) + " `" + scalar.value() + "` as a !!"
                    + tag.substring(PREFIX.length()));
        }
        return "float".equals(tag.substring(PREFIX.length())) && resolved instanceof Long l ? (Object) l.doubleValue()
                : resolved;
    }

    private static boolean fits(Object value, String tag) {
        return switch (tag) {
            case "int" -> value instanceof Long;
            case "float" -> value instanceof Double || value instanceof Long;
            case "bool" -> value instanceof Boolean;
            case "null" -> value == null;
            case "map", "seq" -> false;
            default -> true;
        };
    }

    private static String shortTag(Object value) {
        if (value == null) {
            return "!!null";
        }
        if (value instanceof Boolean) {
            return "!!bool";
        }
        if (value instanceof Long) {
            return "!!int";
        }
        return value instanceof Double ? "!!float" : "!!str";
    }

    private static Object binary(String text) throws HelmException {
        try {
            return new String(Base64.getMimeDecoder().decode(text.replaceAll("\\s", "")), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new HelmException("yaml: !!binary value contains invalid base64 data");
        }
    }

    /** A plain scalar typed as go-yaml v2 types it (YAML 1.1 booleans, Go integer prefixes). */
    static Object plain(String text) {
        Optional<Double> special = ScalarResolver.specialFloat(text);
        if (special.isPresent()) {
            return special.get();
        }
        Node node = ScalarResolver.resolve(text, ScalarSchema.KUBERNETES);
        if (node instanceof NullNode) {
            return null;
        }
        if (node instanceof BoolNode b) {
            return b.value();
        }
        if (node instanceof IntNode i) {
            return i.value();
        }
        if (node instanceof FloatNode f) {
            return f.value();
        }
        return text;
    }
}
