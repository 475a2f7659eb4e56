package dev.windlass.helm.values;

import dev.windlass.helm.yaml.GoJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Helm's {@code strvals} parser for {@code --set name=value[,name=value]}: dotted names make maps,
 * {@code name[i]} list items (index at most {@value #MAX_INDEX}), {@code {a,b}} lists, {@code \}
 * escapes; values typed ({@code true}, {@code null}, {@code int64}) or kept as strings
 * ({@code --set-string}), read from files ({@code --set-file}), decoded as JSON
 * ({@code --set-json}), or taken literally to the end ({@code --set-literal}). Parses into a map in
 * place; errors carry Helm's texts.
 */
final class Strvals {

    static final int MAX_INDEX = 65536;
    static final int MAX_NESTED_NAME_LEVEL = 30;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+");

    /** How a value's runes become a value. */
    @FunctionalInterface
    interface ValueReader {
        Object read(String runes) throws StrvalsException;
    }

    /** How values are read. */
    enum Mode { TYPED, STRING, FILE, JSON, LITERAL }

    private final Runes sc;
    private final Mode mode;
    private final ValueReader reader;

    private Strvals(String text, Mode mode, ValueReader reader) {
        this.sc = new Runes(text);
        this.mode = mode;
        this.reader = reader;
    }

    /** Parses {@code text} into {@code data}; {@code files} serves {@link Mode#FILE}. */
    static void parseInto(String text, Map<String, Object> data, Mode mode, ValueReader files)
            throws StrvalsException {
        ValueReader reader = switch (mode) {
            case TYPED -> rs -> typedValue(rs, false);
            case STRING -> rs -> rs;
            case FILE -> files;
            default -> null;
        };
        Strvals parser = new Strvals(text, mode, reader);
        while (true) {
            try {
                parser.key(data, 0);
            } catch (StrvalsException e) {
                if (e.isEof()) {
                    return;
                }
                throw e;
            }
        }
    }

    /** Helm's {@code typedVal}: booleans and null in any case, {@code 0}, and decimal int64s without a leading zero. */
    static Object typedValue(String val, boolean asString) {
        if (asString) {
            return val;
        }
        if (val.equalsIgnoreCase("true")) {
            return true;
        }
        if (val.equalsIgnoreCase("false")) {
            return false;
        }
        if (val.equalsIgnoreCase("null")) {
            return null;
        }
        if (val.equals("0")) {
            return 0L;
        }
        if (!val.isEmpty() && val.charAt(0) != '0' && DECIMAL.matcher(val).matches()) {
            try {
                return Long.parseLong(val);
            } catch (NumberFormatException e) {
                return val;
            }
        }
        return val;
    }

    private boolean literal() {
        return mode == Mode.LITERAL;
    }

    private void key(Map<String, Object> data, int level) throws StrvalsException {
        try {
            keyBody(data, level);
        } catch (GoPanic p) {
            throw new StrvalsException("unable to parse key: " + p.getMessage());
        }
    }

    private void keyBody(Map<String, Object> data, int level) throws StrvalsException {
        Runes.Until k = sc.until(literal() ? "=[." : "=[,.", !literal());
        if (k.eof()) {
            if (k.text().isEmpty()) {
                throw StrvalsException.EOF;
            }
            throw new StrvalsException("key " + GoText.quote(k.text()) + " has no value");
        }
        switch (k.last()) {
            case '[' -> indexedKey(data, k.text(), level);
            case '=' -> assign(data, k.text());
            case ',' -> {
                set(data, k.text(), "");
                throw new StrvalsException("key " + GoText.quote(k.text()) + " has no value (cannot end with ,)");
            }
            default -> nestedKey(data, k.text(), level);
        }
    }

    private void indexedKey(Map<String, Object> data, String k, int level) throws StrvalsException {
        long i = keyIndex();
        List<Object> list = new ArrayList<>();
        if (data.containsKey(k)) {
            list = asList(data.get(k));
        }
        try {
            list = listItem(list, i, level);
        } catch (StrvalsException e) {
            if (e.isEof()) {
                set(data, k, list);
            }
            throw e;
        }
        set(data, k, list);
    }

    private void assign(Map<String, Object> data, String k) throws StrvalsException {
        if (literal()) {
            set(data, k, sc.until("", false).text());
            return;
        }
        if (mode == Mode.JSON) {
            set(data, k, jsonValue());
            return;
        }
        ValueList vl = valueList();
        if (vl.eof) {
            set(data, k, "");
            throw StrvalsException.EOF;
        }
        if (vl.items != null) {
            set(data, k, vl.items);
            return;
        }
        set(data, k, reader.read(sc.until(",", true).text()));
    }

    @SuppressWarnings("unchecked")
    private void nestedKey(Map<String, Object> data, String k, int level) throws StrvalsException {
        int next = level + 1;
        if (next > MAX_NESTED_NAME_LEVEL) {
            throw new StrvalsException("value name nested level is greater than maximum supported nested level of "
                    + MAX_NESTED_NAME_LEVEL);
        }
        Map<String, Object> inner = new LinkedHashMap<>();
        if (data.containsKey(k)) {
            Object existing = data.get(k);
            if (!(existing instanceof Map)) {
                throw new GoPanic(GoText.conversionPanic(existing, "map[string]interface {}"));
            }
            inner = (Map<String, Object>) existing;
        }
        StrvalsException failure = null;
        try {
            key(inner, next);
        } catch (StrvalsException e) {
            failure = e;
        }
        if (failure == null && inner.isEmpty()) {
            throw new StrvalsException("key map " + GoText.quote(k) + " has no value");
        }
        if (!inner.isEmpty()) {
            set(data, k, inner);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private List<Object> listItem(List<Object> list, long i, int level) throws StrvalsException {
        if (i < 0) {
            throw new StrvalsException("negative " + i + " index not allowed");
        }
        Runes.Until k = sc.until("[.=", !literal());
        if (!k.text().isEmpty()) {
            throw new StrvalsException("unexpected data at end of array index: " + GoText.quote(k.text()));
        }
        if (k.eof()) {
            throw StrvalsException.EOF;
        }
        return switch (k.last()) {
            case '=' -> setIndex(list, i, itemValue());
            case '[' -> nestedList(list, i, level);
            default -> mapItem(list, i, level);
        };
    }

    private Object itemValue() throws StrvalsException {
        if (literal()) {
            return sc.until("", false).text();
        }
        if (mode == Mode.JSON) {
            return jsonValue();
        }
        ValueList vl = valueList();
        if (vl.eof) {
            return "";
        }
        if (vl.items != null) {
            return vl.items;
        }
        return reader.read(sc.until(",", true).text());
    }

    private List<Object> nestedList(List<Object> list, long i, int level) throws StrvalsException {
        long next = keyIndex();
        List<Object> current = null;
        if (list.size() > i && list.get((int) i) != null) {
            current = asList(list.get((int) i));
        }
        List<Object> inner = listItem(current == null ? new ArrayList<>() : current, next, level);
        return setIndex(list, i, inner);
    }

    @SuppressWarnings("unchecked")
    private List<Object> mapItem(List<Object> list, long i, int level) throws StrvalsException {
        Map<String, Object> inner = new LinkedHashMap<>();
        if (list.size() > i) {
            if (list.get((int) i) instanceof Map<?, ?> m) {
                inner = (Map<String, Object>) m;
            } else {
                list.set((int) i, inner);
            }
        }
        key(inner, level);
        return setIndex(list, i, inner);
    }

    private long keyIndex() throws StrvalsException {
        Runes.Until v = sc.until("]", !literal());
        if (v.eof()) {
            throw new StrvalsException("error parsing index: EOF");
        }
        String text = v.text();
        if (!DECIMAL.matcher(text).matches()) {
            throw new StrvalsException("error parsing index: strconv.Atoi: parsing " + GoText.quote(text)
                    + ": invalid syntax");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new StrvalsException("error parsing index: strconv.Atoi: parsing " + GoText.quote(text)
                    + ": value out of range");
        }
    }

    private static List<Object> setIndex(List<Object> list, long index, Object value) throws StrvalsException {
        if (index < 0) {
            throw new StrvalsException("negative " + index + " index not allowed");
        }
        if (index > MAX_INDEX) {
            throw new StrvalsException("index of " + index + " is greater than maximum supported index of " + MAX_INDEX);
        }
        while (list.size() <= index) {
            list.add(null);
        }
        list.set((int) index, value);
        return list;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object v) {
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new GoPanic(GoText.conversionPanic(v, "[]interface {}"));
    }

    private static void set(Map<String, Object> data, String key, Object value) {
        if (!key.isEmpty()) {
            data.put(key, value);
        }
    }

    /** A {@code {a,b}} list, or {@code items == null} when the value is not one, or {@code eof}. */
    private record ValueList(List<Object> items, boolean eof) {
    }

    private ValueList valueList() throws StrvalsException {
        int r = sc.read();
        if (r == Runes.EOF) {
            return new ValueList(null, true);
        }
        if (r != '{') {
            sc.unread();
            return new ValueList(null, false);
        }
        List<Object> list = new ArrayList<>();
        while (true) {
            Runes.Until rs = sc.until(",}", true);
            if (rs.eof()) {
                throw new StrvalsException("list must terminate with '}'");
            }
            if (rs.last() == '}') {
                int next = sc.read();
                if (next != Runes.EOF && next != ',') {
                    sc.unread();
                }
                list.add(reader.read(rs.text()));
                return new ValueList(list, false);
            }
            list.add(reader.read(rs.text()));
        }
    }

    private Object jsonValue() throws StrvalsException {
        if (emptyValue()) {
            return null;
        }
        GoJson.Decoded decoded;
        try {
            decoded = GoJson.decodeOne(sc.rest(), 0);
        } catch (GoJson.SyntaxError e) {
            throw new StrvalsException(e.getMessage());
        }
        sc.skipChars(decoded.end());
        emptyValue();
        return decoded.value();
    }

    private boolean emptyValue() {
        while (true) {
            int r = sc.read();
            if (r == Runes.EOF || r == ',') {
                return true;
            }
            if (!Character.isWhitespace(r) && r != 0x85 && r != 0xA0) {
                sc.unread();
                return false;
            }
        }
    }

    /** A Go runtime panic (a failed type assertion), recovered by the nearest {@code key}. */
    private static final class GoPanic extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GoPanic(String message) {
            super(message, null, false, false);
        }
    }
}
