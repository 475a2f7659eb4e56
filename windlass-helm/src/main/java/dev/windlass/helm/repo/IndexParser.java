package dev.windlass.helm.repo;

import dev.windlass.gotemplate.semver.SemVersion;
import dev.windlass.helm.HelmException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads index bytes into a {@link RepositoryIndex} like Helm's {@code loadIndex}: JSON when the
 * bytes are valid JSON, YAML otherwise; invalid entries skipped.
 */
final class IndexParser {

    private IndexParser() {
    }

    static RepositoryIndex parse(byte[] data) throws HelmException {
        if (data.length == 0) {
            throw new HelmException(RepositoryIndex.EMPTY_INDEX);
        }
        Object doc = document(data);
        if (doc != null && !(doc instanceof Map)) {
            throw new HelmException("error unmarshaling JSON: json: cannot unmarshal "
                    + (doc instanceof List ? "array" : "string") + " into Go value of type repo.IndexFile");
        }
        Map<?, ?> root = doc == null ? Map.of() : (Map<?, ?>) doc;
        Map<String, List<ChartVersionEntry>> entries = new LinkedHashMap<>();
        if (root.get("entries") instanceof Map<?, ?> map) {
            map.forEach((name, versions) -> entries.put(String.valueOf(name), versions(versions)));
        }
        String apiVersion = text(root.get("apiVersion"));
        if (apiVersion.isEmpty()) {
            throw new HelmException(RepositoryIndex.NO_API_VERSION);
        }
        return new RepositoryIndex(apiVersion, text(root.get("generated")), entries);
    }

    private static Object document(byte[] data) throws HelmException {
        if (JsonTree.valid(data)) {
            try {
                return JsonTree.parse(data);
            } catch (IOException e) {
                throw new HelmException(e.getMessage(), e);
            }
        }
        try {
            return new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build())
                    .loadFromString(new String(data, StandardCharsets.UTF_8));
        } catch (YamlEngineException e) {
            throw new HelmException("error converting YAML to JSON: " + e.getMessage(), e);
        }
    }

    private static List<ChartVersionEntry> versions(Object versions) {
        List<ChartVersionEntry> out = new ArrayList<>();
        if (versions instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m) {
                    ChartVersionEntry e = entry(m);
                    if (valid(e)) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    private static ChartVersionEntry entry(Map<?, ?> m) {
        List<String> urls = new ArrayList<>();
        if (m.get("urls") instanceof List<?> list) {
            list.forEach(u -> urls.add(text(u)));
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        if (m.get("annotations") instanceof Map<?, ?> a) {
            a.forEach((k, v) -> annotations.put(String.valueOf(k), text(v)));
        }
        return new ChartVersionEntry(text(m.get("name")), text(m.get("version")), text(m.get("apiVersion")),
                text(m.get("appVersion")), text(m.get("description")), text(m.get("type")), urls,
                text(m.get("digest")), text(m.get("created")), Boolean.TRUE.equals(m.get("deprecated")),
                Boolean.TRUE.equals(m.get("removed")), annotations);
    }

    /** The parts of Helm's {@code Metadata.Validate} an index entry can fail. */
    private static boolean valid(ChartVersionEntry e) {
        String name = e.name();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/")) {
            return false;
        }
        if (e.version().isEmpty() || SemVersion.parseOrNull(e.version()) == null) {
            return false;
        }
        return e.type().isEmpty() || e.type().equals("application") || e.type().equals("library");
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
