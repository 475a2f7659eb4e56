package dev.windlass.helm.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The single-value keywords of {@link SchemaValidator} and their messages, in the library's words. */
final class SchemaKeywords {

    private static final List<String> TYPE_ORDER = List.of("null", "boolean", "number", "integer", "string", "array",
            "object");

    private SchemaKeywords() {
    }

    /** type, const, enum and format, which end validation of the value at the first failure. */
    static String typeConstEnumFormat(Map<String, Object> s, Object value, int draft) {
        String type = typeError(s.get("type"), value);
        if (type != null) {
            return type;
        }
        if (s.containsKey("const") && !equal(value, s.get("const"))) {
            Object want = s.get("const");
            return want instanceof Map || want instanceof List ? "const failed" : "value must be " + display(want);
        }
        if (s.get("enum") instanceof List<?> values && values.stream().noneMatch(v -> equal(value, v))) {
            if (values.stream().anyMatch(v -> v instanceof Map || v instanceof List)) {
                return "enum failed";
            }
            if (values.size() == 1) {
                return "value must be " + display(values.get(0));
            }
            List<String> want = new ArrayList<>();
            values.forEach(v -> want.add(display(v)));
            return "value must be one of " + String.join(", ", want);
        }
        if (draft < 2019 && s.get("format") instanceof String format && value instanceof String str) {
            String err = SchemaFormats.check(format, str);
            if (err != null) {
                return display(str) + " is not valid " + format + ": " + err;
            }
        }
        return null;
    }

    private static String typeError(Object type, Object value) {
        List<String> want = new ArrayList<>();
        if (type instanceof String t) {
            want.add(t);
        } else if (type instanceof List<?> l) {
            l.forEach(t -> want.add(String.valueOf(t)));
        } else {
            return null;
        }
        String got = typeOf(value);
        boolean ok = want.contains(got) || want.contains("integer") && got.equals("number") && isInteger(value);
        if (ok) {
            return null;
        }
        want.sort((a, b) -> Integer.compare(TYPE_ORDER.indexOf(a), TYPE_ORDER.indexOf(b)));
        return "got " + got + ", want " + String.join(" or ", want);
    }

    static String typeOf(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof Number) {
            return "number";
        }
        if (v instanceof String) {
            return "string";
        }
        return v instanceof List ? "array" : "object";
    }

    private static boolean isInteger(Object v) {
        if (v instanceof Long || v instanceof Integer) {
            return true;
        }
        double d = ((Number) v).doubleValue();
        return !Double.isInfinite(d) && d == Math.rint(d);
    }

    /** JSON equality: numbers by value, maps and lists deeply. */
    static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.size() == y.size() && x.entrySet().stream()
                    .allMatch(e -> y.containsKey(e.getKey()) && equal(e.getValue(), y.get(e.getKey())));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    static List<String> string(Map<String, Object> s, String str) {
        List<String> out = new ArrayList<>();
        int length = str.codePointCount(0, str.length());
        if (s.get("minLength") instanceof Number min && length < min.intValue()) {
            out.add("minLength: got " + group(length) + ", want " + group(min.intValue()));
        }
        if (s.get("maxLength") instanceof Number max && length > max.intValue()) {
            out.add("maxLength: got " + group(length) + ", want " + group(max.intValue()));
        }
        if (s.get("pattern") instanceof String pattern) {
            try {
                if (!Pattern.compile(pattern).matcher(str).find()) {
                    out.add(SchemaError.quote(str) + " does not match pattern " + SchemaError.quote(pattern));
                }
            } catch (PatternSyntaxException e) {
                out.add(SchemaError.quote(str) + " does not match pattern " + SchemaError.quote(pattern));
            }
        }
        return out;
    }

    static List<String> number(Map<String, Object> s, double v) {
        List<String> out = new ArrayList<>();
        bound(out, "minimum", s.get("minimum"), v, v < num(s.get("minimum")));
        bound(out, "maximum", s.get("maximum"), v, v > num(s.get("maximum")));
        if (s.get("exclusiveMinimum") instanceof Number) {
            bound(out, "exclusiveMinimum", s.get("exclusiveMinimum"), v, v <= num(s.get("exclusiveMinimum")));
        }
        if (s.get("exclusiveMaximum") instanceof Number) {
            bound(out, "exclusiveMaximum", s.get("exclusiveMaximum"), v, v >= num(s.get("exclusiveMaximum")));
        }
        if (s.get("multipleOf") instanceof Number m && m.doubleValue() != 0) {
            BigDecimal q = new BigDecimal(String.valueOf(v)).remainder(new BigDecimal(m.toString()));
            if (q.signum() != 0) {
                out.add("multipleOf: got " + goNumber(v) + ", want " + goNumber(m.doubleValue()));
            }
        }
        return out;
    }

    private static void bound(List<String> out, String keyword, Object limit, double v, boolean failed) {
        if (limit instanceof Number n && failed) {
            out.add(keyword + ": got " + goNumber(v) + ", want " + goNumber(n.doubleValue()));
        }
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    static List<String> objectCounts(Map<String, Object> s, Map<?, ?> obj) {
        List<String> out = new ArrayList<>();
        if (s.get("minProperties") instanceof Number min && obj.size() < min.intValue()) {
            out.add("minProperties: got " + group(obj.size()) + ", want " + group(min.intValue()));
        }
        if (s.get("maxProperties") instanceof Number max && obj.size() > max.intValue()) {
            out.add("maxProperties: got " + group(obj.size()) + ", want " + group(max.intValue()));
        }
        if (s.get("required") instanceof List<?> required) {
            List<String> missing = new ArrayList<>();
            required.forEach(r -> {
                if (!obj.containsKey(String.valueOf(r))) {
                    missing.add(String.valueOf(r));
                }
            });
            if (missing.size() == 1) {
                out.add("missing property " + SchemaError.quote(missing.get(0)));
            } else if (!missing.isEmpty()) {
                out.add("missing properties " + joinQuoted(missing));
            }
        }
        return out;
    }

    static List<String> arrayCounts(Map<String, Object> s, List<?> arr) {
        List<String> out = new ArrayList<>();
        if (s.get("minItems") instanceof Number min && arr.size() < min.intValue()) {
            out.add("minItems: got " + group(arr.size()) + ", want " + group(min.intValue()));
        }
        if (s.get("maxItems") instanceof Number max && arr.size() > max.intValue()) {
            out.add("maxItems: got " + group(arr.size()) + ", want " + group(max.intValue()));
        }
        if (Boolean.TRUE.equals(s.get("uniqueItems"))) {
            for (int i = 0; i < arr.size(); i++) {
                for (int j = i + 1; j < arr.size(); j++) {
                    if (equal(arr.get(i), arr.get(j))) {
                        out.add("items at " + i + " and " + j + " are equal");
                        return out;
                    }
                }
            }
        }
        return out;
    }

    /** The quoted missing names of {@code names} in {@code obj}, or {@code null} when none is missing. */
    static String missing(Map<?, ?> obj, List<?> names) {
        List<String> missing = new ArrayList<>();
        names.forEach(n -> {
            if (!obj.containsKey(String.valueOf(n))) {
                missing.add(String.valueOf(n));
            }
        });
        return missing.isEmpty() ? null : joinQuoted(missing);
    }

    static String joinQuoted(List<String> names) {
        List<String> quoted = new ArrayList<>();
        names.forEach(n -> quoted.add(SchemaError.quote(n)));
        return String.join(", ", quoted);
    }

    /** The library's {@code display}: strings quoted, other primitives as Go's {@code %v}. */
    static String display(Object v) {
        if (v instanceof String s) {
            return SchemaError.quote(s);
        }
        if (v instanceof Map || v instanceof List) {
            return "value";
        }
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Double d) {
            return goNumber(d);
        }
        return String.valueOf(v);
    }

    /** A float64 as golang.org/x/text's English printer shows {@code %v}: shortest digits, thousands grouped. */
    static String goNumber(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            return group((long) d);
        }
        String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String rest = dot < 0 ? "" : plain.substring(dot);
        return group(Long.parseLong(whole.replace("-", ""))).replaceFirst("^", d < 0 ? "-" : "") + rest;
    }

    static String group(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + out;
    }
}
