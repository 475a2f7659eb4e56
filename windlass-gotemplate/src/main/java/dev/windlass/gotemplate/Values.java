package dev.windlass.gotemplate;

/** Executor-side helpers over Go values, including the {@link Sentinel}s. */
final class Values {

    private Values() {
    }

    static String typeName(Object value) {
        if (value instanceof GoFunc func) {
            return "func";
        }
        return GoValues.typeName(value);
    }

    /** Go's {@code isTrue}; no value is false. */
    static boolean isTrue(Object value) {
        return value != Sentinel.NO_VALUE && GoValues.isTrue(value);
    }

    /** Orders map keys as Go's {@code fmtsort} does for strings: by code point (UTF-8 byte order). */
    static int compareKeys(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return compareStrings(x, y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    /** Go's string comparison: by UTF-8 bytes, which is code point order. */
    static int compareStrings(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
    }

    static boolean isFloat(Object value) {
        return value instanceof Double || value instanceof Float;
    }
}
