package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoFmt;
import dev.windlass.gotemplate.GoFunctionException;
import dev.windlass.gotemplate.GoObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Go value conversions Sprig relies on: its {@code strval}, spf13/cast's {@code ToInt64},
 * {@code ToInt} and {@code ToFloat64} (v1.7, as Helm pins it), reflection kinds, {@code empty},
 * {@code reflect.DeepEqual} and deep copies.
 */
final class SprigConvert {

    static final String NIL_DEREFERENCE = "runtime error: invalid memory address or nil pointer dereference";

    private static final Pattern GO_DECIMAL_FLOAT = Pattern.compile(
            "[+-]?(\\d+(_\\d+)*(\\.(\\d+(_\\d+)*)?)?|\\.\\d+(_\\d+)*)([eE][+-]?\\d+(_\\d+)*)?");
    private static final Pattern GO_HEX_FLOAT = Pattern.compile(
            "[+-]?0[xX](_?[0-9a-fA-F]+)*(\\.[0-9a-fA-F]*)?[pP][+-]?\\d+");
    private static final Pattern GO_SPECIAL_FLOAT = Pattern.compile("[+-]?(?i:inf|infinity|nan)");

    private SprigConvert() {
    }

    /** Sprig's {@code strval}: strings as they are, bytes as text, everything else through {@code %v}. */
    static String strval(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        return GoFmt.sprintf("%v", v);
    }

    /** cast.ToInt64: numbers truncated, strings parsed as Go integer literals, bools 0/1, failures 0. */
    static long toInt64(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Double || v instanceof Float) {
            return (long) ((Number) v).doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            Long parsed = parseGoInt(trimZeroDecimal(s));
            return parsed == null ? 0 : parsed;
        }
        return 0;
    }

    /** cast.ToInt as a Go {@code int}: an Integer when it fits, else a Long. */
    static Object toInt(Object v) {
        return goInt(toInt64(v));
    }

    static Object goInt(long n) {
        return n == (int) n ? (Object) (int) n : (Object) n;
    }

    /** cast.ToFloat64: numbers widened, strings parsed as Go floats, bools 0/1, failures 0. */
    static double toFloat64(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            Double parsed = parseGoFloat(s);
            return parsed == null ? 0 : parsed;
        }
        return 0;
    }

    /** strconv.ParseFloat(s, 64), or null on a syntax or range error. */
    static Double parseGoFloat(String s) {
        if (GO_SPECIAL_FLOAT.matcher(s).matches()) {
            String t = s.toLowerCase();
            return t.contains("nan") ? Double.NaN
                    : t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        boolean hex = GO_HEX_FLOAT.matcher(s).matches();
        if (!hex && !GO_DECIMAL_FLOAT.matcher(s).matches()) {
            return null;
        }
        if (!hex && s.contains("_")) {
            return null;
        }
        double d = Double.parseDouble(s.replace("_", ""));
        return Double.isInfinite(d) ? null : d;
    }

    /** cast's trimZeroDecimal: {@code "12.00"} becomes {@code "12"}; anything else is unchanged. */
    static String trimZeroDecimal(String s) {
        boolean foundZero = false;
        for (int i = s.length(); i > 0; i--) {
            char c = s.charAt(i - 1);
            if (c == '.') {
                return foundZero ? s.substring(0, i - 1) : s;
            } else if (c == '0') {
                foundZero = true;
            } else {
                return s;
            }
        }
        return s;
    }

    /** strconv.ParseInt(s, 0, 64): Go literal syntax (0x, 0o, 0b, leading 0, underscores); null on error. */
    static Long parseGoInt(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean neg = false;
        String body = s;
        if (body.charAt(0) == '+' || body.charAt(0) == '-') {
            neg = body.charAt(0) == '-';
            body = body.substring(1);
        }
        int base = 10;
        boolean prefixed = false;
        if (body.length() >= 2 && body.charAt(0) == '0') {
            char p = Character.toLowerCase(body.charAt(1));
            if (p == 'x' || p == 'o' || p == 'b') {
                base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                body = body.substring(2);
                prefixed = true;
            } else {
                base = 8;
                body = body.substring(1);
                prefixed = true;
            }
        }
        if (body.contains("_") && !validUnderscores((prefixed && base != 8 ? "0x" : prefixed ? "0" : "") + body)) {
            return null;
        }
        body = body.replace("_", "");
        if (body.isEmpty()) {
            return prefixed && base == 8 ? 0L : null;
        }
        try {
            BigInteger value = new BigInteger(body, base);
            if (neg) {
                value = value.negate();
            }
            return value.bitLength() > 63 ? null : value.longValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean validUnderscores(String s) {
        return !s.endsWith("_") && !s.contains("__") && !(s.startsWith("_"));
    }

    /** reflect.Kind's name for a Java-mapped Go value. */
    static String kind(Object v) {
        if (v == null) {
            return "invalid";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Integer) {
            return "int";
        }
        if (v instanceof Long) {
            return "int64";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof Map) {
            return "map";
        }
        if (v instanceof Collection || v instanceof byte[] || v instanceof Object[]) {
            return "slice";
        }
        if (v instanceof GoObject o) {
            return o.goTypeName().startsWith("*") ? "ptr" : "struct";
        }
        return "struct";
    }

    /** The elements of a Go slice value, or null when {@code v} is not a slice. */
    static List<Object> elements(Object v) {
        if (v instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (v instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (v instanceof byte[] b) {
            List<Object> out = new ArrayList<>(b.length);
            for (byte x : b) {
                out.add(x & 0xFF);
            }
            return out;
        }
        if (v instanceof Object[] a) {
            return new ArrayList<>(Arrays.asList(a));
        }
        return null;
    }

    /** The elements of a slice, or Sprig's error for another kind ({@code Cannot VERB on type KIND}). */
    static List<Object> listOrFail(Object v, String message) throws GoFunctionException {
        if (v == null) {
            throw new GoFunctionException(NIL_DEREFERENCE);
        }
        List<Object> items = elements(v);
        if (items == null) {
            throw new GoFunctionException(message + " " + kind(v));
        }
        return items;
    }

    /** Sprig's {@code empty}: the zero value of its type (nil, false, 0, empty string/slice/map). */
    static boolean empty(Object v) {
        if (v == null) {
            return true;
        }
        if (v instanceof Boolean b) {
            return !b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() == 0;
        }
        if (v instanceof String s) {
            return s.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return m.isEmpty();
        }
        List<Object> items = elements(v);
        return items != null && items.isEmpty();
    }

    /** reflect.DeepEqual over the Java mapping (types must match: int 1 is not int64 1). */
    static boolean deepEqual(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !deepEqual(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!deepEqual(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.getClass() == b.getClass() && a.equals(b);
    }

    /** copystructure.Copy: maps and slices copied all the way down, other values shared. */
    static Object deepCopy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), deepCopy(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(deepCopy(x)));
            return out;
        }
        if (v instanceof byte[] b) {
            return b.clone();
        }
        return v;
    }

    /** Go's string order (by UTF-8 bytes, which is code point order). */
    static int compareStrings(String s, String t) {
        int i = 0;
        int j = 0;
        while (i < s.length() && j < t.length()) {
            int a = s.codePointAt(i);
            int b = t.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(s.length() - i, t.length() - j);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object v) {
        return (Map<String, Object>) v;
    }
}
