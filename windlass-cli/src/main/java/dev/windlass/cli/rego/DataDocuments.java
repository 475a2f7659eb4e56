package dev.windlass.cli.rego;

import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Data documents: parsing JSON or YAML into Rego values, rooting them under a path, and merging them. */
final class DataDocuments {
    private DataDocuments() {}

    /** Parses a JSON or YAML document (an empty YAML document is an empty object). */
    static Value parse(String text, boolean json) throws IOException {
        if (json) {
            return Values.parseJson(text);
        }
        try {
            LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema())
                    .setMaxAliasesForCollections(50).setCodePointLimit((int) RegoFiles.MAX_FILE_BYTES).build();
            Object loaded = new Load(settings).loadFromString(text);
            return loaded == null ? ObjectValue.EMPTY : Values.fromJava(loaded);
        } catch (YamlEngineException | IllegalArgumentException e) {
            throw new IOException("error converting YAML to JSON: " + firstLine(e.getMessage()), e);
        }
    }

    /** Parses input for {@code -i}: JSON, or YAML when it is not JSON (as OPA's {@code util.Unmarshal}). */
    static Value parseInput(String text) throws IOException {
        try {
            return Values.parseJson(text);
        } catch (IOException notJson) {
            return parse(text, false);
        }
    }

    /** {@code document} nested under the path: {@code [a, b]} and {@code v} give {@code {"a": {"b": v}}}. */
    static Value under(List<String> path, Value document) {
        Value out = document;
        for (int i = path.size() - 1; i >= 0; i--) {
            out = ObjectValue.ofStrings(Map.of(path.get(i), out));
        }
        return out;
    }

    /** Deep merge of objects; null when both give a key a value and the values are not both objects. */
    static ObjectValue merge(ObjectValue a, ObjectValue b) {
        TreeMap<Value, Value> out = new TreeMap<>(a.entries());
        for (Map.Entry<Value, Value> e : b.entries().entrySet()) {
            Value existing = out.get(e.getKey());
            if (existing == null) {
                out.put(e.getKey(), e.getValue());
            } else if (existing instanceof ObjectValue x && e.getValue() instanceof ObjectValue y) {
                ObjectValue merged = merge(x, y);
                if (merged == null) {
                    return null;
                }
                out.put(e.getKey(), merged);
            } else {
                return null;
            }
        }
        return ObjectValue.of(out);
    }

    /** A string value's text, or null. */
    static String text(Value value) {
        return value instanceof StringValue s ? s.value() : null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
