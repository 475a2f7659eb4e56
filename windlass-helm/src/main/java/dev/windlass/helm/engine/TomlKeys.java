package dev.windlass.helm.engine;

import dev.windlass.gotemplate.GoFmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BurntSushi/toml's parser bookkeeping under {@link TomlReader}: the decoded mapping, the current
 * table context and key, which keys were created implicitly (by {@code [a.b]} or {@code a.b = 1})
 * and which hold arrays, so that redefinitions fail where and as BurntSushi/toml's do.
 */
final class TomlKeys {

    /** An array of tables ({@code []map[string]interface{}} in Go), as opposed to an array value. */
    private static final class TableArray extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;
    }

    /** The parser state saved around an inline table. */
    record InlineState(List<String> outerContext, String outerKey, List<String> context,
                       Map<String, Object> top) {
    }

    private final Map<String, Object> mapping = new LinkedHashMap<>();
    private final Set<String> implicits = new HashSet<>();
    private final Set<String> arrays = new HashSet<>();
    private List<String> context = List.of();
    private String currentKey = "";
    private int line;

    /** The "last key" BurntSushi/toml names in errors. */
    String current() {
        if (currentKey.isEmpty()) {
            return keyString(context);
        }
        return context.isEmpty() ? currentKey : keyString(context) + "." + currentKey;
    }

    /** The line of the key or table name being handled. */
    void position(int keyLine) {
        this.line = keyLine;
    }

    private TomlReader.TomlError error(String message) {
        return new TomlReader.TomlError(line, current(), message);
    }

    void table(List<String> key, boolean array) throws TomlReader.TomlError {
        addContext(key, array);
        setType("", false);
    }

    /** Sets the current key and creates the implicit tables of a dotted key; returns the context to restore. */
    List<String> enterKey(List<String> key) throws TomlReader.TomlError {
        List<String> outer = context;
        currentKey = key.get(key.size() - 1);
        for (String part : key.subList(0, key.size() - 1)) {
            List<String> implicit = with(context, part);
            implicits.add(keyString(implicit));
            addContext(implicit, false);
        }
        return outer;
    }

    void setValue(Object value) throws TomlReader.TomlError {
        setValue(currentKey, value);
        setType(currentKey, value instanceof List);
    }

    void leaveKey(List<String> outer, String key) {
        context = outer;
        currentKey = key;
    }

    void markArray() {
        setType(currentKey, true);
    }

    InlineState enterInline(boolean parentIsArray) throws TomlReader.TomlError {
        InlineState state = new InlineState(context, currentKey, with(context, currentKey), new LinkedHashMap<>());
        context = state.context();
        currentKey = "";
        implicits.add(keyString(context));
        addContext(context, parentIsArray);
        return state;
    }

    void inlineKey(List<String> key) throws TomlReader.TomlError {
        enterKey(key);
    }

    @SuppressWarnings("unchecked")
    void inlineValue(InlineState state, List<String> key, Object value) throws TomlReader.TomlError {
        setValue(value);
        Map<String, Object> hash = state.top();
        for (String part : key.subList(0, key.size() - 1)) {
            Object child = hash.computeIfAbsent(part, k -> new LinkedHashMap<String, Object>());
            if (!(child instanceof Map)) {
                throw error(GoFmt.quote(keyString(context)) + " is not a table");
            }
            hash = (Map<String, Object>) child;
        }
        hash.put(currentKey, value);
        context = state.context();
    }

    Map<String, Object> leaveInline(InlineState state) {
        context = state.outerContext();
        currentKey = state.outerKey();
        return state.top();
    }

    @SuppressWarnings("unchecked")
    private void addContext(List<String> key, boolean array) throws TomlReader.TomlError {
        Map<String, Object> hash = mapping;
        List<String> keyContext = new ArrayList<>();
        for (String part : key.subList(0, key.size() - 1)) {
            keyContext.add(part);
            if (!hash.containsKey(part)) {
                implicits.add(keyString(keyContext));
                hash.put(part, new LinkedHashMap<String, Object>());
            }
            Object child = hash.get(part);
            if (child instanceof TableArray tables) {
                hash = (Map<String, Object>) tables.get(tables.size() - 1);
            } else if (child instanceof Map) {
                hash = (Map<String, Object>) child;
            } else {
                throw error("Key '" + keyString(keyContext) + "' was already created as a hash.");
            }
        }
        context = List.copyOf(keyContext);
        String last = key.get(key.size() - 1);
        if (array) {
            Object existing = hash.computeIfAbsent(last, k -> new TableArray());
            if (!(existing instanceof TableArray tables)) {
                throw error("Key '" + keyString(key) + "' was already created and cannot be used as an array.");
            }
            tables.add(new LinkedHashMap<String, Object>());
        } else {
            setValue(last, new LinkedHashMap<String, Object>());
        }
        context = with(context, last);
    }

    @SuppressWarnings("unchecked")
    private void setValue(String key, Object value) throws TomlReader.TomlError {
        Map<String, Object> hash = mapping;
        List<String> keyContext = new ArrayList<>();
        for (String part : context) {
            keyContext.add(part);
            Object child = hash.get(part);
            if (child instanceof TableArray tables) {
                hash = (Map<String, Object>) tables.get(tables.size() - 1);
            } else if (child instanceof Map) {
                hash = (Map<String, Object>) child;
            } else {
                throw error("Key '" + keyString(keyContext) + "' has already been defined.");
            }
        }
        keyContext.add(key);
        String name = keyString(keyContext);
        if (hash.containsKey(key)) {
            if (arrays.contains(name)) {
                if (!implicits.remove(name)) {
                    throw error("Key '" + name + "' has already been defined.");
                }
                hash.put(key, value);
                return;
            }
            if (implicits.remove(name)) {
                return;
            }
            throw error("Key '" + name + "' has already been defined.");
        }
        hash.put(key, value);
    }

    private void setType(String key, boolean array) {
        List<String> keyContext = key.isEmpty() ? context : with(context, key);
        String name = keyContext.isEmpty() ? "\"\"" : keyString(keyContext);
        if (array) {
            arrays.add(name);
        } else {
            arrays.remove(name);
        }
    }

    /** The decoded document with arrays of tables as plain lists. */
    Map<String, Object> result() {
        return plainMap(mapping);
    }

    private static Map<String, Object> plainMap(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put((String) k, plain(v)));
        return out;
    }

    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            return plainMap(map);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value;
    }

    private static List<String> with(List<String> key, String part) {
        List<String> out = new ArrayList<>(key);
        out.add(part);
        return List.copyOf(out);
    }

    /** BurntSushi/toml's {@code Key.String}: parts joined by dots, quoted when not bare. */
    static String keyString(List<String> key) {
        StringBuilder out = new StringBuilder();
        for (String part : key) {
            if (out.length() > 0) {
                out.append('.');
            }
            if (part.isEmpty()) {
                out.append("\"\"");
            } else if (part.codePoints().allMatch(TomlScanner::isBareKeyChar)) {
                out.append(part);
            } else {
                out.append('"').append(part.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return out.toString();
    }
}
