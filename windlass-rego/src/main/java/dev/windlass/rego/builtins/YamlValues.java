package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;

/**
  * YAML to values for {@code yaml.unmarshal} and {@code yaml.is_valid}, read as
  * {@code sigs.k8s.io/yaml} reads it (go-yaml v2, YAML 1.1): the first document of the stream,
  * {@code yes}/{@code no}/{@code on}/{@code off} as booleans, aliases and merge keys resolved,
  * timestamps kept as strings, and keys turned into strings. Uses SnakeYAML (YAML 1.1),
  * whose resolution matches go-yaml v2 better than Jackson's YAML parser (which resolves no
  * aliases or merge keys).
  */
final class YamlValues {
    private YamlValues() {}

    /** Thrown with a parser message when the text is not YAML. */
    static final class YamlException extends Exception {
        private static final long serialVersionUID = 1L;

        YamlException(String message) {
            super(message);
        }
    }

    /** SafeConstructor that keeps timestamps as the text they were written as. */
    private static final class Constructor extends SafeConstructor {
        Constructor(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    static Value parse(String text) throws YamlException {
        LoaderOptions options = new LoaderOptions();
        options.setWarnOnDuplicateKeys(false);
        Yaml yaml = new Yaml(new Constructor(options));
        try {
            Iterator<Object> documents = yaml.loadAll(text).iterator();
            return documents.hasNext() ? value(documents.next()) : NullValue.INSTANCE;
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            throw new YamlException(message.replaceAll("\\s*\\n\\s*", " ").trim());
        }
    }

    private static Value value(Object o) throws YamlException {
        if (o == null) {
            return NullValue.INSTANCE;
        }
        if (o instanceof Boolean b) {
            return BoolValue.of(b);
        }
        if (o instanceof Integer || o instanceof Long) {
            return NumberValue.of(((Number) o).longValue());
        }
        if (o instanceof BigInteger i) {
            return NumberValue.of(i);
        }
        if (o instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new YamlException("json: unsupported value: " + (d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf"));
            }
            return NumberValue.of(d);
        }
        if (o instanceof byte[] bytes) {
            return StringValue.of(new String(bytes, StandardCharsets.UTF_8));
        }
        if (o instanceof Map<?, ?> map) {
            TreeMap<Value, Value> entries = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                entries.put(StringValue.of(key(e.getKey())), value(e.getValue()));
            }
            return ObjectValue.of(entries);
        }
        if (o instanceof Collection<?> items) {
            List<Value> out = new ArrayList<>();
            for (Object item : items) {
                out.add(value(item));
            }
            return new ArrayValue(out);
        }
        return StringValue.of(String.valueOf(o));
    }

    private static String key(Object key) throws YamlException {
        if (key == null) {
            return "null";
        }
        if (key instanceof Double d) {
            return YamlScalars.goFloat(d);
        }
        if (key instanceof Map || key instanceof Collection) {
            throw new YamlException("Unsupported map key of type: " + (key instanceof Map ? "map" : "slice"));
        }
        return String.valueOf(key);
    }
}
