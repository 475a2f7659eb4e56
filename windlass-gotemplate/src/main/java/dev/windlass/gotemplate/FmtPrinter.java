package dev.windlass.gotemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One fmt call: prints operands by verb (Go's {@code pp}), with Go's {@code %!verb(type=value)} errors. */
final class FmtPrinter {

    final StringBuilder buf = new StringBuilder();
    final FmtState f = new FmtState(buf);
    private boolean erroring;

    void printArg(Object arg, int verb) {
        if (arg == null) {
            if (verb == 'T' || verb == 'v') {
                f.pad("<nil>");
            } else {
                badVerb(null, verb);
            }
            return;
        }
        if (verb == 'T') {
            f.fmtS(GoValues.typeName(arg));
            return;
        }
        if (verb == 'p') {
            badVerb(arg, verb);
            return;
        }
        printValue(arg, verb, 0);
    }

    private void printValue(Object arg, int verb, int depth) {
        if (arg == null) {
            f.buf.append(f.sharpV ? "interface {}(nil)" : "<nil>");
        } else if (arg instanceof Boolean b) {
            if (verb == 't' || verb == 'v') {
                f.fmtBoolean(b);
            } else {
                badVerb(arg, verb);
            }
        } else if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte) {
            fmtInteger(((Number) arg).longValue(), arg, verb);
        } else if (arg instanceof Double d) {
            fmtFloat(d, 64, arg, verb);
        } else if (arg instanceof Float fl) {
            fmtFloat(fl, 32, arg, verb);
        } else if (arg instanceof String s) {
            fmtString(s, arg, verb);
        } else if (arg instanceof byte[] bytes) {
            fmtBytes(bytes, verb, depth == 0 ? "[]byte" : "[]uint8");
        } else if (arg instanceof Map<?, ?> map) {
            printMap(map, verb, depth);
        } else if (arg instanceof Collection<?> list) {
            printList(arg, list, verb, depth);
        } else if (arg instanceof Object[] array) {
            printList(arg, List.of(array), verb, depth);
        } else {
            printOther(arg, verb);
        }
    }

    private void printOther(Object arg, int verb) {
        boolean stringer = !(arg instanceof GoObject) || hasOwnToString(arg);
        if (stringer && !erroring && !f.sharpV
                && (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q')) {
            fmtString(arg.toString(), arg, verb);
        } else if (verb == 'v') {
            f.pad(f.sharpV ? GoValues.typeName(arg) + "{}" : stringer ? arg.toString() : "{...}");
        } else {
            badVerb(arg, verb);
        }
    }

    private static boolean hasOwnToString(Object arg) {
        try {
            return arg.getClass().getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    void badVerb(Object arg, int verb) {
        erroring = true;
        buf.append("%!").appendCodePoint(verb).append('(');
        if (arg != null) {
            buf.append(GoValues.typeName(arg)).append('=');
            printArg(arg, 'v');
        } else {
            buf.append("<nil>");
        }
        buf.append(')');
        erroring = false;
    }

    private void fmtInteger(long v, Object arg, int verb) {
        switch (verb) {
            case 'v', 'd' -> f.fmtInteger(v, 10, true, verb, false);
            case 'b' -> f.fmtInteger(v, 2, true, verb, false);
            case 'o', 'O' -> f.fmtInteger(v, 8, true, verb, false);
            case 'x' -> f.fmtInteger(v, 16, true, verb, false);
            case 'X' -> f.fmtInteger(v, 16, true, verb, true);
            case 'c' -> f.fmtC(v);
            case 'q' -> {
                if (v >= 0 && v <= Character.MAX_CODE_POINT) {
                    f.fmtQc(v);
                } else {
                    badVerb(arg, verb);
                }
            }
            case 'U' -> f.fmtUnicode(v);
            default -> badVerb(arg, verb);
        }
    }

    private void fmtFloat(double v, int size, Object arg, int verb) {
        switch (verb) {
            case 'v' -> f.fmtFloat(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> f.fmtFloat(v, size, verb, -1);
            case 'f', 'e', 'E' -> f.fmtFloat(v, size, verb, 6);
            case 'F' -> f.fmtFloat(v, size, 'f', 6);
            default -> badVerb(arg, verb);
        }
    }

    private void fmtString(String v, Object arg, int verb) {
        switch (verb) {
            case 'v' -> {
                if (f.sharpV) {
                    f.fmtQ(v);
                } else {
                    f.fmtS(v);
                }
            }
            case 's' -> f.fmtS(v);
            case 'x' -> f.fmtSbx(v.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
            case 'X' -> f.fmtSbx(v.getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
            case 'q' -> f.fmtQ(v);
            default -> badVerb(arg, verb);
        }
    }

    private void fmtBytes(byte[] v, int verb, String typeString) {
        switch (verb) {
            case 'v', 'd' -> {
                if (f.sharpV) {
                    buf.append(typeString).append('{');
                    for (int i = 0; i < v.length; i++) {
                        buf.append(i > 0 ? ", " : "").append("0x").append(Integer.toHexString(v[i] & 0xFF));
                    }
                    buf.append('}');
                } else {
                    buf.append('[');
                    for (int i = 0; i < v.length; i++) {
                        if (i > 0) {
                            buf.append(' ');
                        }
                        f.fmtInteger(v[i] & 0xFF, 10, false, verb, false);
                    }
                    buf.append(']');
                }
            }
            case 's' -> f.fmtBs(v);
            case 'x' -> f.fmtSbx(v, false);
            case 'X' -> f.fmtSbx(v, true);
            case 'q' -> f.fmtQ(new String(v, java.nio.charset.StandardCharsets.UTF_8));
            default -> {
                buf.append('[');
                for (int i = 0; i < v.length; i++) {
                    if (i > 0) {
                        buf.append(' ');
                    }
                    printUint8(v[i] & 0xFF, verb);
                }
                buf.append(']');
            }
        }
    }

    private void printUint8(int b, int verb) {
        if ("bcdoOqxXU".indexOf(verb) >= 0) {
            fmtInteger(b, b, verb);
        } else {
            erroring = true;
            buf.append("%!").appendCodePoint(verb).append("(uint8=");
            f.fmtInteger(b, 10, false, 'v', false);
            buf.append(')');
            erroring = false;
        }
    }

    private void printMap(Map<?, ?> map, int verb, int depth) {
        buf.append(f.sharpV ? GoValues.typeName(map) + "{" : "map[");
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        entries.sort(KEY_ORDER);
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                buf.append(f.sharpV ? ", " : " ");
            }
            printValue(entries.get(i).getKey(), verb, depth + 1);
            buf.append(':');
            printValue(entries.get(i).getValue(), verb, depth + 1);
        }
        buf.append(f.sharpV ? '}' : ']');
    }

    private static final Comparator<Map.Entry<?, ?>> KEY_ORDER = (a, b) -> compareKeys(a.getKey(), b.getKey());

    private static int compareKeys(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        String s = String.valueOf(a);
        String t = String.valueOf(b);
        return compareUtf8(s, t);
    }

    /** Byte-wise (UTF-8) string order, as Go sorts strings. */
    static int compareUtf8(String s, String t) {
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

    private void printList(Object arg, Collection<?> list, int verb, int depth) {
        if (f.sharpV) {
            buf.append(GoValues.typeName(arg)).append('{');
            int i = 0;
            for (Object item : list) {
                buf.append(i++ > 0 ? ", " : "");
                printValue(item, verb, depth + 1);
            }
            buf.append('}');
            return;
        }
        buf.append('[');
        int i = 0;
        for (Object item : list) {
            if (i++ > 0) {
                buf.append(' ');
            }
            printValue(item, verb, depth + 1);
        }
        buf.append(']');
    }
}
