package dev.windlass.rego.builtins;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
  * YAML to values for {@code yaml.unmarshal} and {@code yaml.is_valid}: the first document of
  * the stream, with keys as strings (as {@code sigs.k8s.io/yaml} converts YAML to JSON).
  */
final class YamlValues {
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private YamlValues() {}

    /** Thrown with a parser message when the text is not YAML. */
    static final class YamlException extends Exception {
        private static final long serialVersionUID = 1L;

        YamlException(String message) {
            super(message);
        }
    }

    static Value parse(String text) throws YamlException {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            return first == null ? NullValue.INSTANCE : read(parser, first);
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            int newline = message.indexOf('\n');
            throw new YamlException(newline < 0 ? message : message.substring(0, newline));
        }
    }

    private static Value read(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                TreeMap<Value, Value> entries = new TreeMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    entries.put(StringValue.of(key), read(parser, parser.nextToken()));
                }
                return ObjectValue.of(entries);
            }
            case START_ARRAY: {
                List<Value> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(read(parser, t));
                }
                return new ArrayValue(items);
            }
            case VALUE_NUMBER_INT:
                return NumberValue.of(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return number(parser);
            case VALUE_TRUE:
                return BoolValue.TRUE;
            case VALUE_FALSE:
                return BoolValue.FALSE;
            case VALUE_NULL:
                return NullValue.INSTANCE;
            default:
                return StringValue.of(parser.getText());
        }
    }

    private static Value number(JsonParser parser) throws IOException {
        double d = parser.getDoubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IOException("json: unsupported value: " + parser.getText());
        }
        return NumberValue.of(parser.getDecimalValue());
    }
}
