package dev.windlass.helm.yaml;

import dev.windlass.helm.HelmException;
import java.math.BigDecimal;
import java.math.BigInteger;
import dev.windlass.gotemplate.GoNilList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sigs.k8s.io/yaml's trip from go-yaml values to JSON and back into {@code interface{}}: map keys
 * become strings (integers in decimal, floats as float32 {@code %g}, booleans as words), every
 * number becomes a float64 {@link Double}, and infinities or NaN fail as {@code encoding/json} fails.
 */
final class GoYamlJson {

    private GoYamlJson() {
    }

    /** The JSON-shaped value; errors are worded as Go's, without sigs.k8s.io/yaml's prefix. */
    static Object toJson(Object value) throws HelmException {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(key(e.getKey(), e.getValue()), toJson(e.getValue()));
            }
            return out;
        }
        if (value instanceof GoNilList) {
            return null;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(toJson(item));
            }
            return out;
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new HelmException("json: unsupported value: " + (d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf"));
            }
            return d;
        }
        if (value instanceof Number n) {
            return n instanceof BigInteger big ? big.doubleValue() : n.doubleValue();
        }
        return value;
    }

    /** A go-yaml map key as sigs.k8s.io/yaml stringifies it. */
    static String key(Object key, Object value) throws HelmException {
        if (key instanceof String s) {
            return s;
        }
        if (key instanceof Long || key instanceof BigInteger) {
            return key.toString();
        }
        if (key instanceof Double d) {
            return floatKey(d);
        }
        if (key instanceof Boolean b) {
            return b.toString();
        }
        throw new HelmException("unsupported map key of type: %!s(<nil>), key: <nil>, value: " + goSyntax(value));
    }

    private static String floatKey(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        return formatG((float) d);
    }

    /** Go's {@code strconv.FormatFloat(f, 'g', -1, 32)}. */
    static String formatG(float f) {
        if (f == 0) {
            return (Float.floatToRawIntBits(f) < 0) ? "-0" : "0";
        }
        BigDecimal exact = new BigDecimal(Float.toString(Math.abs(f))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int dp = digits.length() - exact.scale();
        int exp = dp - 1;
        String sign = f < 0 ? "-" : "";
        if (exp < -4 || exp >= 6) {
            return sign + scientific(digits, exp);
        }
        return sign + exact.toPlainString();
    }

    private static String scientific(String digits, int exp) {
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = String.valueOf(Math.abs(exp));
        return mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    /** An approximation of Go's {@code %#v} for messages. */
    static String goSyntax(Object value) {
        if (value == null) {
            return "interface {}(nil)";
        }
        if (value instanceof String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("map[interface {}]interface {}{");
            String sep = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(sep).append(goSyntax(e.getKey())).append(':').append(goSyntax(e.getValue()));
                sep = ", ";
            }
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[]interface {}{");
            String sep = "";
            for (Object item : list) {
                out.append(sep).append(goSyntax(item));
                sep = ", ";
            }
            return out.append('}').toString();
        }
        return String.valueOf(value);
    }
}
