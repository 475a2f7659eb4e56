package dev.windlass.helm.values;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep copies and lookups on Go value trees ({@code map[string]interface{}} as mutable {@link LinkedHashMap}). */
final class GoMaps {

    private GoMaps() {
    }

    /** {@code copystructure.Copy}: mutable maps and lists all the way down. */
    @SuppressWarnings("unchecked")
    static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, deepCopy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(deepCopy(item)));
            return out;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copyMap(Map<String, Object> map) {
        return map == null ? new LinkedHashMap<>() : (Map<String, Object>) deepCopy(map);
    }

    static boolean isTable(Object value) {
        return value instanceof Map;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> table(Object value) {
        return (Map<String, Object>) value;
    }

    /** Helm's {@code Values.Table}: the map at dotted {@code name}, or {@code null} when a segment is not a map. */
    static Map<String, Object> lookupTable(Map<String, Object> values, String name) {
        Map<String, Object> table = values;
        for (String part : name.split("\\.", -1)) {
            Object next = table.get(part);
            if (!(next instanceof Map)) {
                return null;
            }
            table = table(next);
        }
        return table;
    }

    /** Helm's {@code Values.PathValue}: a non-table value at dotted {@code path}; {@code Missing.VALUE} when none. */
    static Object pathValue(Map<String, Object> values, String path) {
        if (path.isEmpty()) {
            return Missing.VALUE;
        }
        String[] parts = path.split("\\.", -1);
        String key = parts[parts.length - 1];
        Map<String, Object> table = values;
        if (parts.length > 1) {
            table = lookupTable(values, path.substring(0, path.length() - key.length() - 1));
            if (table == null) {
                return Missing.VALUE;
            }
        }
        if (table.containsKey(key) && !isTable(table.get(key))) {
            return table.get(key);
        }
        return Missing.VALUE;
    }

    /** Marks a path with no value. */
    enum Missing { VALUE }

    /** Helm's {@code cleanNilValues}: drops {@code null} entries, recursively through maps. */
    static void cleanNilValues(Map<String, Object> map) {
        Iterator<Map.Entry<String, Object>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Object> e = it.next();
            if (e.getValue() == null) {
                it.remove();
            } else if (e.getValue() instanceof Map) {
                cleanNilValues(table(e.getValue()));
            }
        }
    }
}
