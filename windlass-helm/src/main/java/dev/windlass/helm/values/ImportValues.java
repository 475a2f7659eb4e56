package dev.windlass.helm.values;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartDependency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code processDependencyImportValues} (merge mode): bottom-up, each chart's values become
 * its merged values (defaults and dependency sections) with every {@code import-values} entry's
 * table filled in beneath the parent's own values; a string entry {@code x} reads
 * {@code exports.x} of the dependency into the parent's root, a {@code {child, parent}} entry reads
 * {@code child} into {@code parent} ({@code .} for the root). Entries are rewritten to that
 * {@code {child, parent}} form, as Helm does.
 */
final class ImportValues {

    private ImportValues() {
    }

    /** Processes {@code c}'s tree; {@code merge} keeps {@code null}s (Helm's merge mode, used when rendering). */
    static Chart process(Chart c, boolean merge) throws HelmException {
        List<Chart> deps = new ArrayList<>();
        for (Chart d : c.dependencies()) {
            deps.add(process(d, merge));
        }
        Chart withDeps = new Chart(c.metadata(), c.templates(), c.values(), c.schema(), c.files(), c.lock(), deps);
        return importInto(withDeps, merge);
    }

    private static Chart importInto(Chart c, boolean merge) throws HelmException {
        if (c.metadata().dependencies().isEmpty()) {
            return c;
        }
        Coalescer merger = new Coalescer(merge, w -> { });
        Map<String, Object> cvals = merger.values(c, Map.of());
        Map<String, Object> b = new LinkedHashMap<>();
        List<ChartDependency> rewritten = new ArrayList<>();
        for (ChartDependency r : c.metadata().dependencies()) {
            List<Object> out = new ArrayList<>();
            for (Object riv : r.importValues()) {
                b = importOne(merger, merge, cvals, r.name(), riv, out, b);
            }
            rewritten.add(new ChartDependency(r.name(), r.version(), r.repository(), r.condition(), r.tags(),
                    r.enabled(), out.isEmpty() ? null : out, r.alias()));
        }
        Map<String, Object> base = GoMaps.copyMap(cvals);
        if (!merge) {
            trimNils(base);
        }
        Map<String, Object> values = merger.tables(base, b, "", merge);
        return new Chart(Dependencies.withDependencies(c.metadata(), rewritten), c.templates(), values, c.schema(),
                c.files(), c.lock(), c.dependencies());
    }

    private static Map<String, Object> importOne(Coalescer merger, boolean merge, Map<String, Object> cvals,
            String name, Object riv, List<Object> out, Map<String, Object> b) {
        if (riv instanceof Map<?, ?> iv) {
            String child = goString(iv.get("child"));
            String parent = goString(iv.get("parent"));
            out.add(entry(child, parent));
            Map<String, Object> vv = GoMaps.lookupTable(cvals, name + "." + child);
            return vv == null ? b : merger.tables(b, pathToMap(parent, vv), "", merge);
        }
        if (riv instanceof String iv) {
            String child = "exports." + iv;
            out.add(entry(child, "."));
            Map<String, Object> vm = GoMaps.lookupTable(cvals, name + "." + child);
            return vm == null ? b : merger.tables(b, vm, "", merge);
        }
        return b;
    }

    /** Helm's {@code trimNilValues}: drops {@code null}s at every level of maps. */
    private static void trimNils(Map<String, Object> map) {
        map.values().removeIf(java.util.Objects::isNull);
        map.values().forEach(v -> {
            if (v instanceof Map) {
                trimNils(GoMaps.table(v));
            }
        });
    }

    private static Map<String, Object> entry(String child, String parent) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("child", child);
        m.put("parent", parent);
        return m;
    }

    /** Go's {@code fmt.Sprintf("%v", x)} for a value read from YAML. */
    private static String goString(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(v);
    }

    private static Map<String, Object> pathToMap(String path, Map<String, Object> data) {
        if (path.equals(".")) {
            return data;
        }
        String[] parts = path.split("\\.", -1);
        Map<String, Object> cur = data;
        for (int i = parts.length - 1; i >= 0; i--) {
            Map<String, Object> wrap = new LinkedHashMap<>();
            wrap.put(parts[i], cur);
            cur = wrap;
        }
        return cur;
    }
}
