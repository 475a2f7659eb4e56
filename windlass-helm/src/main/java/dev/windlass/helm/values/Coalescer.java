package dev.windlass.helm.values;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Helm's {@code coalesce}: user values over chart defaults, each dependency's section coalesced
 * with that dependency's defaults and given the parent's {@code global}s. With {@code merge}
 * ({@code MergeValues}) a {@code null} is kept; without it ({@code CoalesceValues}) a user
 * {@code null} deletes the default. Type mismatches are warnings, passed to {@code warn}.
 */
final class Coalescer {

    static final String GLOBAL = "global";

    private final Consumer<String> warn;
    private final boolean merge;

    Coalescer(boolean merge, Consumer<String> warn) {
        this.merge = merge;
        this.warn = warn;
    }

    /** The coalesced values of {@code chart} over a deep copy of {@code values}. */
    Map<String, Object> values(Chart chart, Map<String, Object> values) throws HelmException {
        return coalesce(chart, GoMaps.copyMap(values), "");
    }

    private Map<String, Object> coalesce(Chart chart, Map<String, Object> dest, String prefix) throws HelmException {
        coalesceValues(chart, dest, prefix);
        return coalesceDeps(chart, dest, prefix);
    }

    private Map<String, Object> coalesceDeps(Chart chart, Map<String, Object> dest, String prefix)
            throws HelmException {
        for (Chart sub : chart.dependencies()) {
            String name = sub.name();
            if (!dest.containsKey(name)) {
                dest.put(name, new LinkedHashMap<String, Object>());
            } else if (!GoMaps.isTable(dest.get(name))) {
                throw new HelmException("type mismatch on " + name + ": " + percentT(dest.get(name)));
            }
            Map<String, Object> section = GoMaps.table(dest.get(name));
            String subPrefix = concat(prefix, chart.name());
            coalesceGlobals(section, dest, subPrefix);
            dest.put(name, coalesce(sub, section, subPrefix));
        }
        return dest;
    }

    /** Go's {@code %t}: the word for a bool, {@code %!t(type=value)} otherwise. */
    private static String percentT(Object v) {
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v == null) {
            return "%!t(<nil>)";
        }
        return "%!t(" + GoText.typeName(v) + "=" + v + ")";
    }

    private void coalesceGlobals(Map<String, Object> dest, Map<String, Object> src, String prefix) {
        Map<String, Object> dg;
        Map<String, Object> sg;
        if (!dest.containsKey(GLOBAL)) {
            dg = new LinkedHashMap<>();
        } else if (dest.get(GLOBAL) instanceof Map) {
            dg = GoMaps.table(dest.get(GLOBAL));
        } else {
            warn.accept("warning: skipping globals because destination global is not a table.");
            return;
        }
        if (!src.containsKey(GLOBAL)) {
            sg = new LinkedHashMap<>();
        } else if (src.get(GLOBAL) instanceof Map) {
            sg = GoMaps.table(src.get(GLOBAL));
        } else {
            warn.accept("warning: skipping globals because source global is not a table.");
            return;
        }
        for (Map.Entry<String, Object> e : sg.entrySet()) {
            copyGlobal(dg, e.getKey(), e.getValue(), prefix);
        }
        dest.put(GLOBAL, dg);
    }

    private void copyGlobal(Map<String, Object> dg, String key, Object val, String prefix) {
        if (GoMaps.isTable(val)) {
            Map<String, Object> vv = new LinkedHashMap<>(GoMaps.table(val));
            if (!dg.containsKey(key)) {
                dg.put(key, vv);
            } else if (!(dg.get(key) instanceof Map)) {
                warn.accept("Conflict: cannot merge map onto non-map for " + GoText.quote(key) + ". Skipping.");
            } else {
                tables(vv, GoMaps.table(dg.get(key)), concat(prefix, key), true);
                dg.put(key, vv);
            }
        } else if (dg.containsKey(key) && GoMaps.isTable(dg.get(key))) {
            warn.accept("key " + key + " is table. Skipping");
        } else {
            dg.put(key, val);
        }
    }

    private void coalesceValues(Chart chart, Map<String, Object> v, String prefix) {
        String subPrefix = concat(prefix, chart.name());
        Map<String, Object> vc = GoMaps.copyMap(chart.values());
        Set<String> subcharts = new HashSet<>();
        chart.dependencies().forEach(d -> subcharts.add(d.name()));
        for (Map.Entry<String, Object> e : vc.entrySet()) {
            String key = e.getKey();
            Object val = e.getValue();
            if (v.containsKey(key)) {
                Object value = v.get(key);
                if (value == null && !merge) {
                    v.remove(key);
                } else if (value instanceof Map) {
                    if (!(val instanceof Map)) {
                        if (val != null) {
                            warn.accept("warning: skipped value for " + subPrefix + "." + key + ": Not a table.");
                        }
                    } else {
                        boolean childMerge = subcharts.contains(key) || merge;
                        if (!childMerge) {
                            GoMaps.cleanNilValues(GoMaps.table(val));
                        }
                        tables(GoMaps.table(value), GoMaps.table(val), concat(subPrefix, key), childMerge);
                    }
                }
            } else {
                if (!merge) {
                    if (val == null) {
                        continue;
                    }
                    if (val instanceof Map) {
                        GoMaps.cleanNilValues(GoMaps.table(val));
                    }
                }
                v.put(key, val);
            }
        }
    }

    /** Helm's {@code coalesceTablesFullKey}: {@code src} fills in {@code dst}; returns {@code dst}. */
    Map<String, Object> tables(Map<String, Object> dst, Map<String, Object> src, String prefix, boolean mergeMode) {
        if (src == null) {
            return dst;
        }
        if (dst == null) {
            return src;
        }
        Set<String> srcOriginalNonNil = new HashSet<>();
        src.forEach((k, val) -> {
            if (val != null) {
                srcOriginalNonNil.add(k);
            }
        });
        dst.forEach((k, val) -> {
            if (val == null) {
                src.put(k, null);
            }
        });
        for (Map.Entry<String, Object> e : new ArrayList<>(src.entrySet())) {
            String key = e.getKey();
            Object val = e.getValue();
            String fullKey = concat(prefix, key);
            boolean present = dst.containsKey(key);
            Object dv = dst.get(key);
            if (present && !mergeMode && dv == null && srcOriginalNonNil.contains(key)) {
                dst.remove(key);
            } else if (!present) {
                dst.put(key, val);
            } else if (GoMaps.isTable(val)) {
                if (GoMaps.isTable(dv)) {
                    tables(GoMaps.table(dv), GoMaps.table(val), fullKey, mergeMode);
                } else {
                    warn.accept("warning: cannot overwrite table with non table for " + fullKey + " (" + val + ")");
                }
            } else if (GoMaps.isTable(dv) && val != null) {
                warn.accept("warning: destination for " + fullKey + " is a table. Ignoring non-table value (" + val + ")");
            }
        }
        return dst;
    }

    static String concat(String a, String b) {
        return a.isEmpty() ? b : a + "." + b;
    }

    static List<String> names(List<Chart> charts) {
        List<String> out = new ArrayList<>();
        charts.forEach(c -> out.add(c.name()));
        return out;
    }
}
