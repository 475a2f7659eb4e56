package dev.windlass.rego.value;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
  * Conversions between values and JSON or plain Java objects. JSON output is compact with object
  * keys in OPA's order; sets are written as arrays; non-string keys are written as their JSON text,
  * as {@code opa eval} does.
  */
public final class Values {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private Values() {}

    /** Parses a JSON document into a value. */
    public static Value parseJson(String json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("empty JSON document");
            }
            Value value = read(parser, first);
            if (parser.nextToken() != null) {
                throw new IOException("unexpected content after the JSON value at " + parser.currentLocation());
            }
            return value;
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
            case VALUE_STRING:
                return StringValue.of(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return NumberValue.parse(parser.getText());
            case VALUE_TRUE:
                return BoolValue.TRUE;
            case VALUE_FALSE:
                return BoolValue.FALSE;
            case VALUE_NULL:
                return NullValue.INSTANCE;
            default:
                throw new IOException("unexpected JSON token " + token + " at " + parser.currentLocation());
        }
    }

    /** Compact JSON. */
    public static String toJson(Value value) {
        return write(value, false);
    }

    /** JSON indented by two spaces, like {@code opa eval -f json}. */
    public static String toPrettyJson(Value value) {
        return write(value, true);
    }

    private static String write(Value value, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = JSON.createGenerator(out)) {
            if (pretty) {
                gen.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                        .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));
            }
            write(gen, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator gen, Value value) throws IOException {
        if (value instanceof NullValue) {
            gen.writeNull();
        } else if (value instanceof BoolValue b) {
            gen.writeBoolean(b.value());
        } else if (value instanceof NumberValue n) {
            gen.writeNumber(numberText(n));
        } else if (value instanceof StringValue s) {
            gen.writeString(s.value());
        } else if (value instanceof ArrayValue a) {
            writeAll(gen, a.items());
        } else if (value instanceof SetValue s) {
            writeAll(gen, s.members());
        } else if (value instanceof ObjectValue o) {
            gen.writeStartObject();
            for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
                gen.writeFieldName(e.getKey() instanceof StringValue s ? s.value() : toJson(e.getKey()));
                write(gen, e.getValue());
            }
            gen.writeEndObject();
        }
    }

    private static void writeAll(JsonGenerator gen, Collection<Value> items) throws IOException {
        gen.writeStartArray();
        for (Value item : items) {
            write(gen, item);
        }
        gen.writeEndArray();
    }

    /** A number as OPA prints it: integers without a fraction, others in plain decimal notation. */
    public static String numberText(NumberValue number) {
        BigDecimal v = number.value();
        if (number.isInteger()) {
            return v.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString();
        }
        BigDecimal stripped = v.stripTrailingZeros();
        int exponent = stripped.precision() - stripped.scale() - 1;
        return exponent < -20 || exponent > 20 ? stripped.toString().replace("E+", "e+").replace("E-", "e-")
                : stripped.toPlainString();
    }

    /**
      * A value from plain Java data: null, Boolean, Number, String (or CharSequence), Map (keys
      * converted the same way), List/Collection (an array), Set (a set), or a Value.
      */
    public static Value fromJava(Object java) {
        if (java == null) {
            return NullValue.INSTANCE;
        }
        if (java instanceof Value v) {
            return v;
        }
        if (java instanceof Boolean b) {
            return BoolValue.of(b);
        }
        if (java instanceof BigDecimal d) {
            return NumberValue.of(d);
        }
        if (java instanceof java.math.BigInteger i) {
            return NumberValue.of(i);
        }
        if (java instanceof Double || java instanceof Float) {
            return NumberValue.of(((Number) java).doubleValue());
        }
        if (java instanceof Number n) {
            return NumberValue.of(n.longValue());
        }
        if (java instanceof CharSequence s) {
            return StringValue.of(s.toString());
        }
        if (java instanceof Map<?, ?> map) {
            TreeMap<Value, Value> entries = new TreeMap<>();
            map.forEach((k, v) -> entries.put(fromJava(k), fromJava(v)));
            return ObjectValue.of(entries);
        }
        if (java instanceof java.util.Set<?> set) {
            return SetValue.of(set.stream().map(Values::fromJava).toList());
        }
        if (java instanceof Collection<?> list) {
            return new ArrayValue(list.stream().map(Values::fromJava).toList());
        }
        throw new IllegalArgumentException("no Rego value for " + java.getClass().getName());
    }

    /**
      * Plain Java data for a value: null, Boolean, BigDecimal, String, LinkedHashMap with String
      * keys (non-string keys as their JSON text), List, and LinkedHashSet for sets.
      */
    public static Object toJava(Value value) {
        if (value instanceof NullValue) {
            return null;
        }
        if (value instanceof BoolValue b) {
            return b.value();
        }
        if (value instanceof NumberValue n) {
            return n.value();
        }
        if (value instanceof StringValue s) {
            return s.value();
        }
        if (value instanceof ArrayValue a) {
            List<Object> out = new ArrayList<>(a.size());
            a.items().forEach(v -> out.add(toJava(v)));
            return out;
        }
        if (value instanceof SetValue s) {
            java.util.Set<Object> out = new java.util.LinkedHashSet<>();
            s.members().forEach(v -> out.add(toJava(v)));
            return out;
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        ((ObjectValue) value).entries().forEach((k, v) ->
                out.put(k instanceof StringValue s ? s.value() : toJson(k), toJava(v)));
        return out;
    }
}
