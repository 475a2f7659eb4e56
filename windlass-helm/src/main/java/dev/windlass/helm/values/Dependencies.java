package dev.windlass.helm.values;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartDependency;
import dev.windlass.helm.chart.ChartMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Helm's {@code processDependencyEnabled}: matches {@code dependencies} entries to the charts under
 * {@code charts/} (by name and version range), copies aliased charts under their alias, evaluates
 * {@code tags} and {@code condition}s against the coalesced values, and drops disabled charts,
 * recursively.
 */
final class Dependencies {

    private Dependencies() {
    }

    /** A mutable dependency entry while processing. */
    static final class Req {
        String name;
        final ChartDependency original;
        boolean enabled;
        List<Object> importValues;

        Req(ChartDependency d) {
            this.original = d;
            this.name = d.name();
            this.importValues = new ArrayList<>(d.importValues());
        }

        ChartDependency build() {
            return new ChartDependency(name, original.version(), original.repository(), original.condition(),
                    original.tags(), enabled, importValues, original.alias());
        }
    }

    static Chart enabled(Chart c, Map<String, Object> v, String path) throws HelmException {
        if (c.metadata().dependencies().isEmpty()) {
            return c;
        }
        List<Req> reqs = new ArrayList<>();
        c.metadata().dependencies().forEach(d -> reqs.add(new Req(d)));
        List<Chart> chartDependencies = new ArrayList<>();
        for (Chart existing : c.dependencies()) {
            if (reqs.stream().noneMatch(r -> existing.name().equals(r.name)
                    && VersionRange.isCompatible(r.original.version(), existing.metadata().version()))) {
                chartDependencies.add(existing);
            }
        }
        for (Req req : reqs) {
            Chart alias = aliasDependency(c.dependencies(), req.original);
            if (alias != null) {
                chartDependencies.add(alias);
            }
            if (!req.original.alias().isEmpty()) {
                req.name = req.original.alias();
            }
            req.enabled = true;
        }
        Chart staged = with(c, reqs, chartDependencies);
        Map<String, Object> cvals = new Coalescer(false, w -> { }).values(staged, v);
        tags(reqs, cvals);
        conditions(reqs, cvals, path);
        Set<String> removed = new HashSet<>();
        reqs.stream().filter(r -> !r.enabled).forEach(r -> removed.add(r.name));
        List<Chart> kept = new ArrayList<>();
        for (Chart t : chartDependencies) {
            if (!removed.contains(t.name())) {
                kept.add(enabled(t, cvals, path + t.name() + "."));
            }
        }
        reqs.removeIf(r -> removed.contains(r.name));
        return with(c, reqs, kept);
    }

    private static Chart aliasDependency(List<Chart> charts, ChartDependency dep) {
        for (Chart c : charts) {
            if (!c.name().equals(dep.name()) || !VersionRange.isCompatible(dep.version(), c.metadata().version())) {
                continue;
            }
            ChartMetadata md = c.metadata();
            if (!dep.alias().isEmpty()) {
                md = withName(md, dep.alias());
            }
            return new Chart(md, c.templates(), c.values(), c.schema(), c.files(), c.lock(), c.dependencies());
        }
        return null;
    }

    private static void tags(List<Req> reqs, Map<String, Object> cvals) {
        Map<String, Object> vt = GoMaps.lookupTable(cvals, "tags");
        if (vt == null) {
            return;
        }
        for (Req r : reqs) {
            boolean hasTrue = false;
            boolean hasFalse = false;
            for (String k : r.original.tags()) {
                if (vt.get(k) instanceof Boolean b) {
                    hasTrue |= b;
                    hasFalse |= !b;
                }
            }
            if (!hasTrue && hasFalse) {
                r.enabled = false;
            } else {
                r.enabled = true;
            }
        }
    }

    private static void conditions(List<Req> reqs, Map<String, Object> cvals, String path) {
        for (Req r : reqs) {
            for (String c : r.original.condition().strip().split(",", -1)) {
                if (c.isEmpty()) {
                    continue;
                }
                if (GoMaps.pathValue(cvals, path + c) instanceof Boolean b) {
                    r.enabled = b;
                    break;
                }
            }
        }
    }

    static Chart with(Chart c, List<Req> reqs, List<Chart> dependencies) {
        List<ChartDependency> deps = new ArrayList<>();
        reqs.forEach(r -> deps.add(r.build()));
        return new Chart(withDependencies(c.metadata(), deps), c.templates(), c.values(), c.schema(), c.files(),
                c.lock(), dependencies);
    }

    static ChartMetadata withDependencies(ChartMetadata m, List<ChartDependency> deps) {
        return new ChartMetadata(m.apiVersion(), m.name(), m.version(), m.kubeVersion(), m.description(), m.type(),
                m.keywords(), m.home(), m.sources(), deps, m.maintainers(), m.icon(), m.appVersion(), m.deprecated(),
                m.annotations(), m.condition(), m.tags());
    }

    private static ChartMetadata withName(ChartMetadata m, String name) {
        return new ChartMetadata(m.apiVersion(), name, m.version(), m.kubeVersion(), m.description(), m.type(),
                m.keywords(), m.home(), m.sources(), m.dependencies(), m.maintainers(), m.icon(), m.appVersion(),
                m.deprecated(), m.annotations(), m.condition(), m.tags());
    }
}
