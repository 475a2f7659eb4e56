package dev.windlass.helm.chart;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.yaml.GoYaml;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One field of a Go struct being decoded from go-yaml values through sigs.k8s.io/yaml: converts
 * scalars for string fields and words type mismatches as {@code encoding/json}
 * ({@code json: cannot unmarshal number into Go struct field Metadata.deprecated of type bool}).
 */
record StructField(String struct, String path) {

    private static final String PREFIX = "error unmarshaling JSON: while decoding JSON: ";

    String string(Object v, String current) throws HelmException {
        if (v == null) {
            return current;
        }
        String s = scalarString(v);
        if (s == null) {
            throw mismatch(v, "string");
        }
        return s;
    }

    boolean bool(Object v, boolean current) throws HelmException {
        if (v == null) {
            return current;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw mismatch(v, "bool");
    }

    List<String> strings(Object v, List<String> current) throws HelmException {
        if (v == null) {
            return current;
        }
        List<?> list = list(v, "[]string");
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            out.add(item == null ? "" : string(item, ""));
        }
        return out;
    }

    void stringMap(Object v, Map<String, String> into) throws HelmException {
        if (v == null) {
            return;
        }
        Map<?, ?> map = object(v, "map[string]string");
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = keyString(e.getKey());
            into.put(key, new StructField(struct, path).string(e.getValue(), into.getOrDefault(key, "")));
        }
    }

    List<?> list(Object v, String goType) throws HelmException {
        if (v instanceof List<?> list) {
            return list;
        }
        throw mismatch(v, goType);
    }

    Map<?, ?> object(Object v, String goType) throws HelmException {
        if (v instanceof Map<?, ?> map) {
            return map;
        }
        throw mismatch(v, goType);
    }

    private HelmException mismatch(Object v, String goType) throws HelmException {
        return new HelmException(PREFIX + "json: cannot unmarshal " + GoYaml.jsonKind(GoYaml.toJson(v))
                + " into Go struct field " + struct + "." + path + " of type " + goType);
    }

    /** sigs.k8s.io/yaml's string form of a scalar bound for a string field; {@code null} for collections. */
    static String scalarString(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return formatFloat32(d);
        }
        return null;
    }

    static String keyString(Object key) throws HelmException {
        Object json = GoYaml.toJson(Map.of(key == null ? "" : key, "")) instanceof Map<?, ?> m
                ? m.keySet().iterator().next() : key;
        return String.valueOf(json);
    }

    private static String formatFloat32(double d) {
        Object json;
        try {
            json = GoYaml.toJson(Map.of(d, ""));
        } catch (HelmException e) {
            return String.valueOf(d);
        }
        String s = (String) ((Map<?, ?>) json).keySet().iterator().next();
        return switch (s) {
            case ".inf" -> "+Inf";
            case "-.inf" -> "-Inf";
            case ".nan" -> "NaN";
            default -> s;
        };
    }
}
