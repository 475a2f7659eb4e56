package dev.windlass.helm.yaml;

import dev.windlass.helm.HelmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code loader.LoadValues} and {@code MergeMaps}: a values text may hold several YAML
 * documents (split as apimachinery's {@code YAMLReader} splits them, on lines starting with
 * {@code ---}); each must be a map, and later documents are merged over earlier ones.
 */
public final class ValuesDocuments {

    private ValuesDocuments() {
    }

    /** The merged values of every document in {@code text}. */
    public static Map<String, Object> load(String text) throws HelmException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String document : split(text)) {
            Map<String, Object> current;
            try {
                current = GoYaml.parseMap(document);
            } catch (HelmException e) {
                throw new HelmException("cannot unmarshal yaml document: " + e.getMessage(), e);
            }
            values = mergeMaps(values, current);
        }
        return values;
    }

    /** apimachinery's {@code YAMLReader}: the documents, each with its lines' {@code \n} endings. */
    static List<String> split(String text) throws HelmException {
        List<String> documents = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        for (String line : lines(text)) {
            if (line.startsWith("---")) {
                String trimmed = line.substring(3).strip();
                if (!trimmed.isEmpty() && trimmed.charAt(0) != '#') {
                    throw new HelmException("error reading yaml document: invalid Yaml document separator: " + trimmed);
                }
                if (buffer.length() > 0) {
                    documents.add(buffer.toString());
                    buffer.setLength(0);
                }
                continue;
            }
            buffer.append(line).append('\n');
        }
        if (buffer.length() > 0) {
            documents.add(buffer.toString());
        }
        return documents;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            start = end + 1;
        }
        return lines;
    }

    /**
     * Helm's {@code MergeMaps}: a copy of {@code a} with {@code b}'s entries over it, maps merged
     * recursively, anything else replaced.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mergeMaps(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> out = new LinkedHashMap<>(a);
        for (Map.Entry<String, Object> e : b.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> bv && out.get(e.getKey()) instanceof Map<?, ?> av) {
                out.put(e.getKey(), mergeMaps((Map<String, Object>) av, (Map<String, Object>) bv));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
