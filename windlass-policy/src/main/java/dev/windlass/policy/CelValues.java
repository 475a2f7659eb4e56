package dev.windlass.policy;

import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
  * Plain data in CEL's Java representation: whole numbers as {@code Long}, others as
  * {@code Double}, null as protobuf's {@code NullValue}; and the CEL activation built from the
  * Rego input {@code {"review": ..., "parameters": ...}}.
  */
final class CelValues {
    private CelValues() {
    }

    static Map<String, Object> activation(Value input) {
        ObjectValue in = (ObjectValue) input;
        Object review = Values.toJava(in.get("review"));
        Map<String, Object> request = new LinkedHashMap<>();
        if (review instanceof Map<?, ?> r) {
            r.forEach((k, v) -> request.put(String.valueOf(k), v));
        }
        Map<String, Object> activation = new HashMap<>();
        activation.put("object", fromJava(request.get("object")));
        activation.put("oldObject", fromJava(request.get("oldObject")));
        Object unstable = request.remove("_unstable");
        Object ns = unstable instanceof Map<?, ?> u ? u.get("namespace") : null;
        activation.put("namespaceObject", fromJava(ns));
        activation.put("request", fromJava(request));
        Object parameters = Values.toJava(in.get("parameters"));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("parameters", parameters == null ? Map.of() : parameters);
        activation.put("params", fromJava(Map.of("spec", spec)));
        activation.put("authorizer", com.google.protobuf.NullValue.NULL_VALUE);
        return activation;
    }

    static Object fromJava(Object value) {
        if (value == null) {
            return com.google.protobuf.NullValue.NULL_VALUE;
        }
        if (value instanceof BigDecimal d) {
            return whole(d) ? (Object) d.longValueExact() : (Object) d.doubleValue();
        }
        if (value instanceof Number n) {
            return n instanceof Double || n instanceof Float ? (Object) n.doubleValue() : (Object) n.longValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), fromJava(v)));
            return out;
        }
        if (value instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(fromJava(v)));
            return out;
        }
        return value;
    }

    private static boolean whole(BigDecimal d) {
        try {
            d.longValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }
}
