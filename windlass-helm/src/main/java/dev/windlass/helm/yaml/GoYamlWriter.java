package dev.windlass.helm.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractMap;
import dev.windlass.gotemplate.GoNilList;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Prints Go values as sigs.k8s.io/yaml's {@code Marshal} does: encoding/json first (so numbers take
 * JSON's form and byte slices become base64), the JSON read back by go-yaml v2 (integers become
 * ints, other numbers floats) and printed by go-yaml v2 with its key order and quoting.
 */
final class GoYamlWriter {

    private static final double TWO_63 = 9.223372036854775808e18;
    private static final double TWO_64 = 1.8446744073709551616e19;
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private GoYamlWriter() {
    }

    /**
     * The YAML text, ending in a newline. Values JSON cannot hold fail with an
     * {@link IllegalArgumentException} whose message is Go's ({@code error marshaling into JSON: …}).
     */
    static String marshal(Object value) {
        Object tree;
        try {
            tree = tree(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("error marshaling into JSON: " + e.getMessage(), e);
        }
        return YamlV2Emitter.emit(tree);
    }

    private static Object tree(Object value) {
        if (value == null || value instanceof GoNilList) {
            return YamlV2Scalar.plain("null");
        }
        if (value instanceof String s) {
            return YamlV2Scalar.string(s);
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            return YamlV2Scalar.plain(value.toString());
        }
        if (value instanceof BigInteger big) {
            return YamlV2Scalar.plain(bigInteger(big));
        }
        if (value instanceof Double || value instanceof Float) {
            return YamlV2Scalar.plain(floatText(((Number) value).doubleValue()));
        }
        if (value instanceof byte[] bytes) {
            return YamlV2Scalar.string(Base64.getEncoder().encodeToString(bytes));
        }
        if (value instanceof Map<?, ?> map) {
            return mapping(map);
        }
        if (value instanceof Collection<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            for (Object item : list) {
                items.add(tree(item));
            }
            return items;
        }
        if (value instanceof JsonMarshaler marshaler) {
            return tree(marshaler.jsonValue());
        }
        throw new IllegalArgumentException("json: unsupported type: " + GoJsonWriter.typeName(value));
    }

    private static YamlV2Emitter.Mapping mapping(Map<?, ?> map) {
        List<String> keys = new ArrayList<>();
        for (Object key : map.keySet()) {
            keys.add(String.valueOf(key));
        }
        keys.sort(YamlV2Keys.ORDER);
        List<Map.Entry<String, Object>> entries = new ArrayList<>(keys.size());
        for (String key : keys) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>(key, tree(map.get(key))));
        }
        return new YamlV2Emitter.Mapping(entries);
    }

    private static String bigInteger(BigInteger big) {
        if (big.bitLength() < 64 || (big.signum() > 0 && big.compareTo(MAX_UINT64) <= 0)) {
            return big.toString();
        }
        return GoFloatFormat.formatG(big.doubleValue());
    }

    /** A float64 after the JSON round trip: integral values below 2^64 come back as integers. */
    private static String floatText(double x) {
        GoJsonWriter.number(x);
        if (x == Math.rint(x) && Math.abs(x) < 1e21) {
            if (x >= -TWO_63 && x < TWO_63) {
                return Long.toString((long) x);
            }
            if (x > 0 && x < TWO_64) {
                return new BigDecimal(x).toBigInteger().toString();
            }
        }
        return GoFloatFormat.formatG(x);
    }
}
