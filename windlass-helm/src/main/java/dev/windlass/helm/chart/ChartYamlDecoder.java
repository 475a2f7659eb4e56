package dev.windlass.helm.chart;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.yaml.GoYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes {@code Chart.yaml} (and {@code requirements.yaml}) into {@link MetadataBuilder} as
 * sigs.k8s.io/yaml does into Helm's {@code Metadata} struct: field names matched exactly, else
 * ignoring case; scalars written into string fields become strings (integers in decimal, floats
 * as float32 {@code %g}, booleans as words); {@code null} leaves a field alone; other mismatches
 * fail as {@code encoding/json} does, in sorted key order.
 */
final class ChartYamlDecoder {

    private static final String PREFIX = "error unmarshaling JSON: while decoding JSON: ";

    private ChartYamlDecoder() {
    }

    /** Decodes {@code text} into {@code into}; errors read as Helm's after {@code cannot load X: }. */
    static void decode(String text, MetadataBuilder into) throws HelmException {
        Object doc = GoYaml.decode(text);
        GoYaml.toJson(doc);
        if (doc == null) {
            return;
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new HelmException(PREFIX + "json: cannot unmarshal " + GoYaml.jsonKind(GoYaml.toJson(doc))
                    + " into Go value of type v2.Metadata");
        }
        for (Map.Entry<String, Object> e : fields(map).entrySet()) {
            metadataField(e.getKey(), e.getValue(), into);
        }
    }

    private static void metadataField(String key, Object v, MetadataBuilder m) throws HelmException {
        StructField f = new StructField("Metadata", key);
        switch (key) {
            case "name" -> m.name = f.string(v, m.name);
            case "home" -> m.home = f.string(v, m.home);
            case "sources" -> m.sources = f.strings(v, m.sources);
            case "version" -> m.version = f.string(v, m.version);
            case "description" -> m.description = f.string(v, m.description);
            case "keywords" -> m.keywords = f.strings(v, m.keywords);
            case "maintainers" -> maintainers(f, v, m);
            case "icon" -> m.icon = f.string(v, m.icon);
            case "apiVersion" -> m.apiVersion = f.string(v, m.apiVersion);
            case "condition" -> m.condition = f.string(v, m.condition);
            case "tags" -> m.tags = f.string(v, m.tags);
            case "appVersion" -> m.appVersion = f.string(v, m.appVersion);
            case "deprecated" -> m.deprecated = f.bool(v, m.deprecated);
            case "annotations" -> f.stringMap(v, m.annotations);
            case "kubeVersion" -> m.kubeVersion = f.string(v, m.kubeVersion);
            case "dependencies" -> dependencies(f, v, m);
            case "type" -> m.type = f.string(v, m.type);
            default -> {
                // unknown fields are ignored, as encoding/json does
            }
        }
    }

    private static void maintainers(StructField f, Object v, MetadataBuilder m) throws HelmException {
        if (v == null) {
            return;
        }
        List<?> list = f.list(v, "[]*v2.Maintainer");
        m.maintainers = new ArrayList<>();
        m.maintainerNull = false;
        for (Object item : list) {
            if (item == null) {
                m.maintainerNull = true;
                continue;
            }
            Map<?, ?> map = f.object(item, "v2.Maintainer");
            String name = "";
            String email = "";
            String url = "";
            for (Map.Entry<String, Object> e : fields(map).entrySet()) {
                StructField inner = new StructField("Maintainer", "maintainers." + e.getKey());
                switch (e.getKey()) {
                    case "name" -> name = inner.string(e.getValue(), name);
                    case "email" -> email = inner.string(e.getValue(), email);
                    case "url" -> url = inner.string(e.getValue(), url);
                    default -> {
                    }
                }
            }
            m.maintainers.add(new Maintainer(name, email, url));
        }
    }

    private static void dependencies(StructField f, Object v, MetadataBuilder m) throws HelmException {
        if (v == null) {
            return;
        }
        List<?> list = f.list(v, "[]*v2.Dependency");
        m.dependencies = new ArrayList<>();
        for (Object item : list) {
            MetadataBuilder.DependencyBuilder d = new MetadataBuilder.DependencyBuilder();
            m.dependencies.add(d);
            if (item == null) {
                d.isNull = true;
                continue;
            }
            for (Map.Entry<String, Object> e : fields(f.object(item, "v2.Dependency")).entrySet()) {
                dependencyField(new StructField("Dependency", "dependencies." + e.getKey()), e.getKey(),
                        e.getValue(), d);
            }
        }
    }

    private static void dependencyField(StructField f, String key, Object v, MetadataBuilder.DependencyBuilder d)
            throws HelmException {
        switch (key) {
            case "name" -> d.name = f.string(v, d.name);
            case "version" -> d.version = f.string(v, d.version);
            case "repository" -> d.repository = f.string(v, d.repository);
            case "condition" -> d.condition = f.string(v, d.condition);
            case "tags" -> d.tags = f.strings(v, d.tags);
            case "enabled" -> d.enabled = f.bool(v, d.enabled);
            case "import-values" -> d.importValues = v == null ? d.importValues
                    : new ArrayList<>(f.list(GoYaml.toJson(v), "[]interface {}"));
            case "alias" -> d.alias = f.string(v, d.alias);
            default -> {
            }
        }
    }

    private static final List<String> METADATA_FIELDS = List.of("name", "home", "sources", "version", "description",
            "keywords", "maintainers", "icon", "apiVersion", "condition", "tags", "appVersion", "deprecated",
            "annotations", "kubeVersion", "dependencies", "type", "email", "url", "repository", "enabled",
            "import-values", "alias");

    /**
     * The map's entries keyed by canonical field name (exact match first, then case-insensitive,
     * later keys winning as JSON decoding does), in sorted order of the original keys.
     */
    private static Map<String, Object> fields(Map<?, ?> map) throws HelmException {
        TreeMap<String, Object> byKey = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            byKey.put(StructField.keyString(e.getKey()), e.getValue());
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Object> e : byKey.entrySet()) {
            out.put(canonical(e.getKey()), e.getValue());
        }
        return out;
    }

    private static String canonical(String key) {
        for (String field : METADATA_FIELDS) {
            if (field.equals(key)) {
                return field;
            }
        }
        for (String field : METADATA_FIELDS) {
            if (field.equalsIgnoreCase(key)) {
                return field;
            }
        }
        return key;
    }
}
