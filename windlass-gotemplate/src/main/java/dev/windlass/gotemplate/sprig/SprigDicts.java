package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.GoType.ANY;
import static dev.windlass.gotemplate.GoType.MAP;
import static dev.windlass.gotemplate.GoType.STRING;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoFunctionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sprig's dictionary functions (dict.go). {@code merge} and {@code mergeOverwrite} follow
 * dario.cat/mergo on {@code map[string]interface{}}: merge fills only keys the destination lacks or
 * holds an empty value for, recursing into maps; mergeOverwrite lets every source value win except
 * where both sides hold maps (merged recursively). Both change and return the destination.
 */
final class SprigDicts {

    private SprigDicts() {
    }

    static List<GoFunc> functions() {
        List<GoFunc> f = new ArrayList<>();
        f.add(GoFunc.variadic("dict", ANY, SprigDicts::dict));
        f.add(GoFunc.of("get", a -> map(a[0]).containsKey(a[1]) ? map(a[0]).get(a[1]) : "", MAP, STRING));
        f.add(GoFunc.of("set", a -> {
            map(a[0]).put((String) a[1], a[2]);
            return a[0];
        }, MAP, STRING, ANY));
        f.add(GoFunc.of("unset", a -> {
            map(a[0]).remove(a[1]);
            return a[0];
        }, MAP, STRING));
        f.add(GoFunc.of("hasKey", a -> map(a[0]).containsKey(a[1]), MAP, STRING));
        f.add(GoFunc.variadic("pluck", MAP, SprigDicts::pluck, STRING));
        f.add(GoFunc.variadic("keys", MAP, SprigDicts::keys));
        f.add(GoFunc.variadic("pick", STRING, SprigDicts::pick, MAP));
        f.add(GoFunc.variadic("omit", STRING, SprigDicts::omit, MAP));
        f.add(GoFunc.of("values", a -> new ArrayList<>(map(a[0]).values()), MAP));
        f.add(GoFunc.variadic("merge", MAP, a -> merge(a, false), MAP));
        f.add(GoFunc.variadic("mustMerge", MAP, a -> merge(a, false), MAP));
        f.add(GoFunc.variadic("mergeOverwrite", MAP, a -> merge(a, true), MAP));
        f.add(GoFunc.variadic("mustMergeOverwrite", MAP, a -> merge(a, true), MAP));
        f.add(GoFunc.variadic("dig", ANY, SprigDicts::dig));
        return f;
    }

    private static Map<String, Object> map(Object v) {
        return v == null ? new LinkedHashMap<>() : SprigConvert.asMap(v);
    }

    private static Object dict(Object[] a) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < a.length; i += 2) {
            String key = SprigConvert.strval(a[i]);
            out.put(key, i + 1 < a.length ? a[i + 1] : "");
        }
        return out;
    }

    private static Object pluck(Object[] a) {
        List<Object> out = new ArrayList<>();
        for (int i = 1; i < a.length; i++) {
            Map<String, Object> d = map(a[i]);
            if (d.containsKey(a[0])) {
                out.add(d.get(a[0]));
            }
        }
        return out;
    }

    private static Object keys(Object[] a) {
        List<Object> out = new ArrayList<>();
        for (Object d : a) {
            out.addAll(map(d).keySet());
        }
        return out;
    }

    private static Object pick(Object[] a) {
        Map<String, Object> d = map(a[0]);
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 1; i < a.length; i++) {
            if (d.containsKey(a[i])) {
                out.put((String) a[i], d.get(a[i]));
            }
        }
        return out;
    }

    private static Object omit(Object[] a) {
        Set<Object> omit = new HashSet<>(List.of(a).subList(1, a.length));
        Map<String, Object> out = new LinkedHashMap<>();
        map(a[0]).forEach((k, v) -> {
            if (!omit.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Object merge(Object[] a, boolean overwrite) {
        Map<String, Object> dst = a[0] == null ? new LinkedHashMap<>() : SprigConvert.asMap(a[0]);
        for (int i = 1; i < a.length; i++) {
            if (a[i] != null) {
                mergeInto(dst, SprigConvert.asMap(a[i]), overwrite);
            }
        }
        return dst;
    }

    /** mergo's deepMerge for one pair of {@code map[string]interface{}}. */
    static void mergeInto(Map<String, Object> dst, Map<String, Object> src, boolean overwrite) {
        for (Map.Entry<String, Object> e : src.entrySet()) {
            String key = e.getKey();
            Object s = e.getValue();
            boolean present = dst.containsKey(key);
            Object d = dst.get(key);
            if (s == null) {
                if (overwrite) {
                    dst.put(key, null);
                }
                continue;
            }
            if (s instanceof Map && d instanceof Map) {
                mergeInto(SprigConvert.asMap(d), SprigConvert.asMap(s), overwrite);
            }
            boolean slice = SprigConvert.elements(s) != null;
            if (slice && overwrite) {
                dst.put(key, s);
                continue;
            }
            if (present && !SprigConvert.empty(d)) {
                if (slice) {
                    continue;
                }
                if (s instanceof Map && d instanceof Map) {
                    continue;
                }
            }
            if (overwrite || !present || SprigConvert.empty(d)) {
                dst.put(key, s);
            }
        }
    }

    private static Object dig(Object[] a) throws GoFunctionException {
        if (a.length < 3) {
            throw new GoFunctionException("dig needs at least three arguments");
        }
        Object last = a[a.length - 1];
        if (!(last instanceof Map)) {
            throw new GoFunctionException("interface conversion: interface {} is "
                    + dev.windlass.gotemplate.GoValues.typeName(last) + ", not map[string]interface {}");
        }
        Object def = a[a.length - 2];
        Map<String, Object> d = SprigConvert.asMap(last);
        for (int i = 0; i < a.length - 2; i++) {
            if (!(a[i] instanceof String key)) {
                throw new GoFunctionException("interface conversion: interface {} is "
                        + dev.windlass.gotemplate.GoValues.typeName(a[i]) + ", not string");
            }
            if (!d.containsKey(key)) {
                return def;
            }
            Object step = d.get(key);
            if (i == a.length - 3) {
                return step;
            }
            if (!(step instanceof Map)) {
                throw new GoFunctionException("interface conversion: interface {} is "
                        + dev.windlass.gotemplate.GoValues.typeName(step) + ", not map[string]interface {}");
            }
            d = SprigConvert.asMap(step);
        }
        return def;
    }
}
