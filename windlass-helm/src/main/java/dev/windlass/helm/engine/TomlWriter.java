package dev.windlass.helm.engine;

import dev.windlass.gotemplate.GoFmt;
import dev.windlass.gotemplate.GoValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Helm's {@code toToml}: Go values encoded as BurntSushi/toml's {@code Encoder} writes them. Keys
 * sorted, plain keys before tables, nil values left out, tables as {@code [a.b]} headers indented
 * two spaces per level with a blank line before each top-level table, lists of maps as
 * {@code [[a]]}, other lists inline, floats always with a decimal point ({@code 80.0}: Helm's values
 * are float64). Failures are the encoder's errors, which Helm prints in place of the document.
 */
final class TomlWriter {

    /** An encoding error with BurntSushi/toml's text. */
    static final class TomlError extends Exception {
        private static final long serialVersionUID = 1L;

        TomlError(String message) {
            super(message);
        }
    }

    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();

    private TomlWriter() {
    }

    static String write(Object value) throws TomlError {
        if (!(value instanceof Map)) {
            throw new TomlError("toml: top-level values must be Go maps or structs");
        }
        TomlWriter writer = new TomlWriter();
        writer.map(List.of(), (Map<?, ?>) value);
        return writer.out.toString();
    }

    private void map(List<String> key, Map<?, ?> map) throws TomlError {
        Map<String, Object> direct = new TreeMap<>();
        Map<String, Object> tables = new TreeMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            (isTable(entry.getValue()) ? tables : direct).put(String.valueOf(entry.getKey()), entry.getValue());
        }
        for (Map.Entry<String, Object> entry : direct.entrySet()) {
            keyValue(with(key, entry.getKey()), entry.getValue());
        }
        for (Map.Entry<String, Object> entry : tables.entrySet()) {
            List<String> child = with(key, entry.getKey());
            if (entry.getValue() instanceof Map) {
                table(child, (Map<?, ?>) entry.getValue());
            } else {
                arrayOfTables(child, (List<?>) entry.getValue());
            }
        }
    }

    private void table(List<String> key, Map<?, ?> map) throws TomlError {
        if (key.size() == 1) {
            newline();
        }
        out.append(indent(key)).append('[').append(path(key)).append(']');
        newline();
        map(key, map);
    }

    private void arrayOfTables(List<String> key, List<?> list) throws TomlError {
        for (Object item : list) {
            newline();
            out.append(indent(key)).append("[[").append(path(key)).append("]]");
            newline();
            map(key, (Map<?, ?>) item);
        }
    }

    private void keyValue(List<String> key, Object value) throws TomlError {
        out.append(indent(key)).append(quoteKey(key.get(key.size() - 1))).append(" = ");
        element(value);
        newline();
    }

    private void element(Object value) throws TomlError {
        if (value instanceof String) {
            out.append('"').append(escape((String) value)).append('"');
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Double) {
            out.append(floatText((Double) value));
        } else if (value instanceof List) {
            inlineArray((List<?>) value);
        } else if (value instanceof Map) {
            inlineTable((Map<?, ?>) value);
        } else {
            throw new TomlError("toml: unexpected primitive type: " + GoValues.typeName(value));
        }
    }

    private void inlineArray(List<?> list) throws TomlError {
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new TomlError("toml: cannot encode array with nil element");
            }
        }
        if (!list.isEmpty() && list.get(0) == null) {
            throw new TomlError("toml: cannot encode array with nil element");
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            element(list.get(i));
            if (i != list.size() - 1) {
                out.append(", ");
            }
        }
        out.append(']');
    }

    private void inlineTable(Map<?, ?> map) throws TomlError {
        List<String> keys = new ArrayList<>();
        map.forEach((k, v) -> {
            if (v != null) {
                keys.add(String.valueOf(k));
            }
        });
        keys.sort(null);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            out.append(quoteKey(keys.get(i))).append(" = ");
            element(map.get(keys.get(i)));
            if (i != keys.size() - 1) {
                out.append(", ");
            }
        }
        out.append('}');
    }

    /** A map, or a non-empty list whose first element is a map: what the encoder writes as a table. */
    private static boolean isTable(Object value) {
        return value instanceof Map || value instanceof List && !((List<?>) value).isEmpty()
                && ((List<?>) value).get(0) instanceof Map;
    }

    private static String floatText(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+inf" : "-inf";
        }
        String text = GoFmt.formatFloat(value, 'f', -1);
        return text.contains(".") ? text : text + ".0";
    }

    private void newline() {
        if (out.length() > 0) {
            out.append('\n');
        }
    }

    private static List<String> with(List<String> key, String part) {
        List<String> out = new ArrayList<>(key);
        out.add(part);
        return out;
    }

    private static String indent(List<String> key) {
        return INDENT.repeat(Math.max(0, key.size() - 1));
    }

    private static String path(List<String> key) {
        List<String> parts = new ArrayList<>();
        key.forEach(part -> parts.add(quoteKey(part)));
        return String.join(".", parts);
    }

    private static String quoteKey(String key) {
        return BARE_KEY.matcher(key).matches() ? key : '"' + escape(key) + '"';
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
