package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoFmt;
import dev.windlass.gotemplate.GoFunctionException;
import dev.windlass.gotemplate.GoMember;
import dev.windlass.gotemplate.GoNilList;
import dev.windlass.gotemplate.GoObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's encoding/json for template values: {@code Marshal} (sorted keys, HTML escaping optional,
 * Go's float spelling, byte slices as base64, indentation) and {@code Unmarshal} into
 * {@code interface{}} (numbers become float64) with Go's error texts.
 */
final class SprigJson {

    private static final String HEX = "0123456789abcdef";

    private SprigJson() {
    }

    /** A struct whose exported fields JSON and fmt can walk, in declaration order. */
    interface Fields {
        List<String> fieldNames();
    }

    static String marshal(Object v, boolean escapeHtml, String indent) throws GoFunctionException {
        StringBuilder out = new StringBuilder();
        write(out, v, escapeHtml, indent, "");
        return out.toString();
    }

    private static void write(StringBuilder out, Object v, boolean html, String indent, String prefix)
            throws GoFunctionException {
        if (v == null || v instanceof GoNilList) {
            out.append("null");
        } else if (v instanceof String s) {
            string(out, s, html);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof Double || v instanceof Float) {
            out.append(number(((Number) v).doubleValue()));
        } else if (v instanceof byte[] b) {
            out.append('"').append(Base64.getEncoder().encodeToString(b)).append('"');
        } else if (v instanceof Map<?, ?> m) {
            object(out, m, html, indent, prefix);
        } else if (SprigConvert.elements(v) != null) {
            array(out, SprigConvert.elements(v), html, indent, prefix);
        } else if (v instanceof GoObject o && o instanceof Fields f) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (String name : f.fieldNames()) {
                GoMember m = o.member(name);
                fields.put(name, m instanceof GoMember.Field field ? field.value() : null);
            }
            objectInOrder(out, fields, html, indent, prefix);
        } else if (v instanceof GoObject) {
            out.append("{}");
        } else {
            string(out, v.toString(), html);
        }
    }

    static String number(double d) throws GoFunctionException {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new GoFunctionException("json: unsupported value: " + GoFmt.formatFloat(d, 'g', -1));
        }
        double abs = Math.abs(d);
        char fmt = abs != 0 && (abs < 1e-6 || abs >= 1e21) ? 'e' : 'f';
        String s = GoFmt.formatFloat(d, fmt, -1);
        if (fmt == 'e') {
            int n = s.length();
            if (n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
                s = s.substring(0, n - 2) + s.charAt(n - 1);
            }
        }
        return s;
    }

    private static void object(StringBuilder out, Map<?, ?> m, boolean html, String indent, String prefix)
            throws GoFunctionException {
        List<String> keys = new ArrayList<>();
        m.keySet().forEach(k -> keys.add(String.valueOf(k)));
        keys.sort(SprigConvert::compareStrings);
        Map<String, Object> sorted = new LinkedHashMap<>();
        for (String k : keys) {
            sorted.put(k, m.get(k));
        }
        objectInOrder(out, sorted, html, indent, prefix);
    }

    private static void objectInOrder(StringBuilder out, Map<String, Object> m, boolean html, String indent,
            String prefix) throws GoFunctionException {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String inner = prefix + indent;
        boolean first = true;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            out.append(first ? "" : ",");
            first = false;
            newline(out, indent, inner);
            string(out, e.getKey(), html);
            out.append(indent.isEmpty() ? ":" : ": ");
            write(out, e.getValue(), html, indent, inner);
        }
        newline(out, indent, prefix);
        out.append('}');
    }

    private static void array(StringBuilder out, List<Object> items, boolean html, String indent, String prefix)
            throws GoFunctionException {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String inner = prefix + indent;
        for (int i = 0; i < items.size(); i++) {
            out.append(i > 0 ? "," : "");
            newline(out, indent, inner);
            write(out, items.get(i), html, indent, inner);
        }
        newline(out, indent, prefix);
        out.append(']');
    }

    private static void newline(StringBuilder out, String indent, String prefix) {
        if (!indent.isEmpty()) {
            out.append('\n').append(prefix);
        }
    }

    static void string(StringBuilder out, String s, boolean html) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    boolean htmlChar = html && (c == '<' || c == '>' || c == '&');
                    if (c < 0x20 || htmlChar || c == '\u2028' || c == '\u2029') {
                        out.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
                        if (c >= 0x100) {
                            out.setLength(out.length() - 6);
                            out.append(c == '\u2028' ? "\\u2028" : "\\u2029");
                        }
                    } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                        out.append("\\ufffd");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** json.Unmarshal into interface{}. */
    static Object unmarshal(String text) throws GoFunctionException {
        return new SprigJsonReader(text.getBytes(StandardCharsets.UTF_8)).readTop();
    }
}
