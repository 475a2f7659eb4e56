package dev.windlass.helm.engine;

import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartDependency;
import dev.windlass.helm.chart.ChartMetadata;
import dev.windlass.helm.chart.Maintainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dot of every template, as Helm's {@code ToRenderValues} and the engine's {@code recAllTpls}
 * build it: {@code .Values} (a subchart sees its own section), {@code .Release},
 * {@code .Capabilities}, {@code .Chart} (Chart.yaml with Go field names plus {@code IsRoot}),
 * {@code .Files}, {@code .Subcharts} and, set per template, {@code .Template}.
 */
public final class RenderValues {

    private RenderValues() {
    }

    /**
     * {@code .Release}: Name, Namespace, IsUpgrade, IsInstall, Revision 1 and Service {@code Helm}.
     */
    public static Map<String, Object> release(String name, String namespace, boolean isUpgrade) {
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("Name", name);
        release.put("Namespace", namespace);
        release.put("IsUpgrade", isUpgrade);
        release.put("IsInstall", !isUpgrade);
        release.put("Revision", 1);
        release.put("Service", "Helm");
        return release;
    }

    /** {@code .Chart}: the metadata as Helm's {@code structToMap} gives it. */
    public static Map<String, Object> chart(ChartMetadata m, boolean isRoot) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("Name", m.name());
        chart.put("Home", m.home());
        chart.put("Sources", new ArrayList<Object>(m.sources()));
        chart.put("Version", m.version());
        chart.put("Description", m.description());
        chart.put("Keywords", new ArrayList<Object>(m.keywords()));
        chart.put("Maintainers", maintainers(m.maintainers()));
        chart.put("Icon", m.icon());
        chart.put("APIVersion", m.apiVersion());
        chart.put("Condition", m.condition());
        chart.put("Tags", m.tags());
        chart.put("AppVersion", m.appVersion());
        chart.put("Deprecated", m.deprecated());
        chart.put("Annotations", new LinkedHashMap<String, Object>(m.annotations()));
        chart.put("KubeVersion", m.kubeVersion());
        chart.put("Dependencies", dependencies(m.dependencies()));
        chart.put("Type", m.type());
        chart.put("IsRoot", isRoot);
        return chart;
    }

    private static List<Object> maintainers(List<Maintainer> maintainers) {
        List<Object> list = new ArrayList<>();
        for (Maintainer maintainer : maintainers) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("Name", maintainer.name());
            map.put("Email", maintainer.email());
            map.put("URL", maintainer.url());
            list.add(map);
        }
        return list;
    }

    private static List<Object> dependencies(List<ChartDependency> dependencies) {
        List<Object> list = new ArrayList<>();
        for (ChartDependency d : dependencies) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("Name", d.name());
            map.put("Version", d.version());
            map.put("Repository", d.repository());
            map.put("Condition", d.condition());
            map.put("Tags", new ArrayList<Object>(d.tags()));
            map.put("Enabled", d.enabled());
            map.put("ImportValues", new ArrayList<>(d.importValues()));
            map.put("Alias", d.alias());
            list.add(map);
        }
        return list;
    }

    /**
     * The dot of {@code chart}'s templates. {@code parent} is the parent's dot (its {@code Values}
     * holding this chart's section), or for the top chart the values of the whole release.
     */
    static Map<String, Object> forChart(Chart chart, boolean isRoot, Map<String, Object> parent) {
        Map<String, Object> dot = new LinkedHashMap<>();
        dot.put("Chart", chart(chart.metadata(), isRoot));
        dot.put("Files", ChartFiles.of(chart.files()));
        dot.put("Release", parent.get("Release"));
        dot.put("Capabilities", parent.get("Capabilities"));
        dot.put("Values", isRoot ? parent.get("Values") : section(parent.get("Values"), chart.name()));
        dot.put("Subcharts", new LinkedHashMap<String, Object>());
        return dot;
    }

    /** Helm's {@code Values.Table(name)}: the named map, or an empty one when absent or not a map. */
    private static Object section(Object values, String name) {
        Map<String, Object> empty = new LinkedHashMap<>();
        if (!(values instanceof Map<?, ?> map)) {
            return empty;
        }
        Object table = map.get(name);
        return table instanceof Map ? table : empty;
    }

    /** {@code .Template}: the template's full name and its chart's {@code templates} directory. */
    static Map<String, Object> template(String name, String basePath) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("Name", name);
        template.put("BasePath", basePath);
        return template;
    }
}
