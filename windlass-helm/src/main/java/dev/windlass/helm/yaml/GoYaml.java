package dev.windlass.helm.yaml;

import dev.windlass.helm.HelmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * YAML as Helm reads and writes values (sigs.k8s.io/yaml over go-yaml): documents become Go
 * values (maps with string keys, {@code []interface{}}, and every number a float64 {@link Double},
 * because the YAML passes through JSON), and {@link #marshal} prints like {@code toYaml}.
 */
public final class GoYaml {

    private static final String CONVERTING = "error converting YAML to JSON: ";

    private GoYaml() {
    }

    /**
     * Parses one YAML document into Go values; an empty document is an empty map. Only the first
     * document of a stream is read, as go-yaml's {@code Unmarshal} does. Errors read as
     * sigs.k8s.io/yaml's, e.g. {@code error converting YAML to JSON: yaml: line 11: could not find expected ':'}.
     */
    public static Object parse(String yaml) throws HelmException {
        Object value = toJson(decode(yaml));
        return value == null ? new LinkedHashMap<String, Object>() : value;
    }

    /**
     * Helm's {@code ReadValues}: one document that must be a map (or empty); a document of another
     * shape fails as {@code encoding/json} does when decoding into {@code map[string]interface{}}.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseMap(String yaml) throws HelmException {
        Object value = toJson(decode(yaml));
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new HelmException("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
                + jsonKind(value) + " into Go value of type map[string]interface {}");
    }

    /**
     * go-yaml v2's own values for the first document, before the JSON trip: maps keyed by any
     * scalar, integers as {@link Long}, floats as {@link Double}; {@code null} for no document.
     * For callers that decode into typed structures (e.g. {@code Chart.yaml}).
     */
    public static Object decode(String yaml) throws HelmException {
        try {
            return GoYamlDecoder.decode(yaml);
        } catch (HelmException e) {
            throw new HelmException(CONVERTING + e.getMessage(), e);
        }
    }

    /** sigs.k8s.io/yaml's conversion of {@link #decode} output to JSON-shaped Go values. */
    public static Object toJson(Object decoded) throws HelmException {
        try {
            return GoYamlJson.toJson(decoded);
        } catch (HelmException e) {
            throw new HelmException(CONVERTING + e.getMessage(), e);
        }
    }

    /** The JSON type word {@code encoding/json} uses in "cannot unmarshal X into" messages. */
    public static String jsonKind(Object value) {
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof java.util.List) {
            return "array";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        return value instanceof Number ? "number" : "null";
    }

    /** Prints {@code value} like sigs.k8s.io/yaml's {@code Marshal} (sorted keys, go-yaml v2 style). */
    public static String marshal(Object value) {
        return GoYamlWriter.marshal(value);
    }
}
