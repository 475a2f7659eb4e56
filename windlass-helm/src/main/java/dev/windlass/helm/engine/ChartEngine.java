package dev.windlass.helm.engine;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.MissingKey;
import dev.windlass.gotemplate.TemplateException;
import dev.windlass.gotemplate.TemplateOptions;
import dev.windlass.gotemplate.TemplateSet;
import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code engine.Render}: every template of a chart tree parsed into one template set (named
 * {@code parent/charts/child/templates/x.yaml}), then every template not named {@code _*} executed
 * in Helm's order (deepest paths first, names descending), {@code <no value>} removed. Library
 * charts contribute only their partials.
 */
public final class ChartEngine {

    private final ClusterLookup lookup;

    public ChartEngine(ClusterLookup lookup) {
        this.lookup = lookup;
    }

    /** A template with its dot. */
    private record Renderable(String text, Map<String, Object> dot, String basePath) {
    }

    /**
     * Renders {@code chart} with the top-level values ({@code Values}, {@code Release},
     * {@code Capabilities}); returns template name to output, in render order.
     */
    public Map<String, String> render(Chart chart, Map<String, Object> top) throws HelmException {
        return DeepStack.run(() -> renderHere(chart, top));
    }

    private Map<String, String> renderHere(Chart chart, Map<String, Object> top) throws HelmException {
        Map<String, Renderable> templates = new LinkedHashMap<>();
        collect(chart, true, top, chart.name(), templates);
        List<String> order = new ArrayList<>(templates.keySet());
        order.sort(renderOrder());
        TemplateSet set = new TemplateSet("gotpl", TemplateOptions.defaults().withMissingKey(MissingKey.ZERO));
        set.addFuncs(functions(set));
        for (String name : order) {
            try {
                set.parse(name, templates.get(name).text());
            } catch (TemplateException e) {
                throw new HelmException(EngineErrors.parseError(name, e), e);
            }
        }
        Map<String, String> rendered = new LinkedHashMap<>();
        for (String name : order) {
            if (baseName(name).startsWith("_")) {
                continue;
            }
            Renderable r = templates.get(name);
            r.dot().put("Template", RenderValues.template(name, r.basePath()));
            try {
                rendered.put(name, set.execute(name, r.dot()).replace("<no value>", ""));
            } catch (TemplateException e) {
                throw new HelmException(EngineErrors.execError(name, e), e);
            }
        }
        return rendered;
    }

    private Map<String, GoFunc> functions(TemplateSet set) {
        Map<String, GoFunc> funcs = new LinkedHashMap<>(HelmFunctions.functions(lookup));
        funcs.putAll(IncludeFunctions.bind(set));
        return funcs;
    }

    private static Map<String, Object> collect(Chart chart, boolean isRoot, Map<String, Object> parent,
            String fullPath, Map<String, Renderable> templates) {
        Map<String, Object> dot = RenderValues.forChart(chart, isRoot, parent);
        @SuppressWarnings("unchecked")
        Map<String, Object> subcharts = (Map<String, Object>) dot.get("Subcharts");
        for (Chart child : chart.dependencies()) {
            subcharts.put(child.name(), collect(child, false, dot, fullPath + "/charts/" + child.name(), templates));
        }
        for (ChartFile template : chart.templates()) {
            if (chart.metadata().isLibrary() && !baseName(template.name()).startsWith("_")) {
                continue;
            }
            templates.put(fullPath + "/" + template.name(),
                    new Renderable(template.text(), dot, fullPath + "/templates"));
        }
        return dot;
    }

    /** Helm's {@code sort.Reverse(byPathLen)}: more path segments first, then names in descending order. */
    static Comparator<String> renderOrder() {
        Comparator<String> byPathLen = Comparator.<String>comparingLong(s -> s.chars().filter(c -> c == '/').count())
                .thenComparing(Comparator.naturalOrder());
        return byPathLen.reversed();
    }

    static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
