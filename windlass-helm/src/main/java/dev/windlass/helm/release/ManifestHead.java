package dev.windlass.helm.release;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.yaml.GoYaml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The head of one rendered document as Helm's {@code SimpleHead} reads it (apiVersion, kind,
 * metadata name and string annotations), with the errors sigs.k8s.io/yaml's {@code Unmarshal}
 * gives for invalid YAML or mistyped fields.
 *
 * @param apiVersion  {@code apiVersion}, empty when absent
 * @param kind        {@code kind}, empty when absent
 * @param name        {@code metadata.name}, empty when absent
 * @param annotations {@code metadata.annotations}
 */
record ManifestHead(String apiVersion, String kind, String name, Map<String, String> annotations) {

    ManifestHead {
        annotations = Map.copyOf(annotations);
    }

    /** Parses {@code document}; the message is Helm's text after {@code YAML parse error on FILE: }. */
    static ManifestHead parse(String document) throws HelmException {
        Object value = GoYaml.parse(document);
        if (value == null) {
            return new ManifestHead("", "", "", Map.of());
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw typeError(value, "Go value of type util.SimpleHead");
        }
        String apiVersion = string(map.get("apiVersion"), "SimpleHead.apiVersion");
        String kind = string(map.get("kind"), "SimpleHead.kind");
        Object metadata = map.get("metadata");
        if (metadata == null) {
            return new ManifestHead(apiVersion, kind, "", Map.of());
        }
        if (!(metadata instanceof Map<?, ?> meta)) {
            throw typeError(metadata, "Go struct field SimpleHead.metadata of type struct { Name string \"json:\\\"name\\\"\";"
                    + " Annotations map[string]string \"json:\\\"annotations\\\"\" }");
        }
        String name = string(meta.get("name"), ".metadata.name");
        return new ManifestHead(apiVersion, kind, name, annotations(meta.get("annotations")));
    }

    private static Map<String, String> annotations(Object value) throws HelmException {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw typeError(value, "Go struct field .metadata.annotations of type map[string]string");
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            annotations.put(String.valueOf(entry.getKey()), string(entry.getValue(), ".metadata.annotations"));
        }
        return annotations;
    }

    private static String string(Object value, String field) throws HelmException {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        throw typeError(value, "Go struct field " + field + " of type string");
    }

    private static HelmException typeError(Object value, String target) {
        return new HelmException("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
                + jsonType(value) + " into " + target);
    }

    private static String jsonType(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof List) {
            return "array";
        }
        return "object";
    }
}
