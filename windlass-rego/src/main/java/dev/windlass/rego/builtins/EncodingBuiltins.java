package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
  * Encoding built-ins: {@code json.*}, {@code yaml.*}, {@code base64.*}, {@code base64url.*},
  * {@code hex.*} and {@code urlquery.*}, with OPA's (Go's) output and error texts.
  */
final class EncodingBuiltins {
    private EncodingBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        ExtCalls.add(registrar, "json.marshal", 1, a -> StringValue.of(JsonText.compact(a.any(0))));
        ExtCalls.add(registrar, "json.marshal_with_options", 2, EncodingBuiltins::marshalWithOptions);
        ExtCalls.add(registrar, "json.unmarshal", 1, EncodingBuiltins::unmarshal);
        ExtCalls.add(registrar, "json.is_valid", 1, a -> BoolValue.of(a.any(0) instanceof StringValue s && isJson(s.value())));
        ExtCalls.add(registrar, "yaml.marshal", 1, a -> StringValue.of(YamlEmitter.emit(a.any(0))));
        ExtCalls.add(registrar, "yaml.unmarshal", 1, EncodingBuiltins::yamlUnmarshal);
        ExtCalls.add(registrar, "yaml.is_valid", 1, a -> BoolValue.of(a.any(0) instanceof StringValue s && isYaml(s.value())));
        registerBase64(registrar);
        ExtCalls.add(registrar, "hex.encode", 1, a -> StringValue.of(ExtCalls.hex(ExtCalls.utf8(a.string(0)))));
        ExtCalls.add(registrar, "hex.decode", 1, a -> decoded(a, () -> EncodingCodecs.decodeHex(ExtCalls.utf8(a.string(0)))));
        ExtCalls.add(registrar, "urlquery.encode", 1, a -> StringValue.of(UrlQuery.escape(a.string(0))));
        ExtCalls.add(registrar, "urlquery.decode", 1, EncodingBuiltins::urlDecode);
        ExtCalls.add(registrar, "urlquery.encode_object", 1, EncodingBuiltins::urlEncodeObject);
        ExtCalls.add(registrar, "urlquery.decode_object", 1, EncodingBuiltins::urlDecodeObject);
    }

    private static void registerBase64(BuiltinTable.Registrar registrar) {
        ExtCalls.add(registrar, "base64.encode", 1, a -> StringValue.of(EncodingCodecs.encodeStd(ExtCalls.utf8(a.string(0)))));
        ExtCalls.add(registrar, "base64.decode", 1,
                a -> decoded(a, () -> EncodingCodecs.decodeStd(ExtCalls.utf8(a.string(0)))));
        ExtCalls.add(registrar, "base64.is_valid", 1, EncodingBuiltins::base64IsValid);
        ExtCalls.add(registrar, "base64url.encode", 1,
                a -> StringValue.of(EncodingCodecs.encodeUrl(ExtCalls.utf8(a.string(0)), true)));
        ExtCalls.add(registrar, "base64url.encode_no_pad", 1,
                a -> StringValue.of(EncodingCodecs.encodeUrl(ExtCalls.utf8(a.string(0)), false)));
        ExtCalls.add(registrar, "base64url.decode", 1, EncodingBuiltins::base64UrlDecode);
    }

    @FunctionalInterface
    private interface Decoder {
        byte[] decode() throws EncodingCodecs.DecodeException, BuiltinException;
    }

    private static Value decoded(Args a, Decoder decoder) throws BuiltinException {
        try {
            return ExtCalls.string(decoder.decode());
        } catch (EncodingCodecs.DecodeException e) {
            throw a.failed(e.getMessage());
        }
    }

    private static Value base64IsValid(Args a) {
        if (!(a.any(0) instanceof StringValue s)) {
            return BoolValue.FALSE;
        }
        try {
            EncodingCodecs.decodeStd(ExtCalls.utf8(s.value()));
            return BoolValue.TRUE;
        } catch (EncodingCodecs.DecodeException e) {
            return BoolValue.FALSE;
        }
    }

    private static Value base64UrlDecode(Args a) throws BuiltinException {
        String s = a.string(0);
        if (!s.endsWith("=")) {
            int rem = ExtCalls.utf8(s).length % 4;
            if (rem == 1) {
                throw a.failed("illegal base64url string: " + s);
            }
            s += rem == 2 ? "==" : rem == 3 ? "=" : "";
        }
        String padded = s;
        return decoded(a, () -> EncodingCodecs.decodeUrl(ExtCalls.utf8(padded)));
    }

    private static Value marshalWithOptions(Args a) throws BuiltinException {
        ObjectValue options = a.object(1);
        String indent = "\t";
        String prefix = "";
        boolean implicit = false;
        Boolean explicit = null;
        int index = 0;
        for (Map.Entry<Value, Value> e : options.entries().entrySet()) {
            if (!(e.getKey() instanceof StringValue k)) {
                throw ExtCalls.operandError(a, 2, "failed to stringify key " + e.getKey() + " at index " + index
                        + ": operand " + index + " must be string but got " + e.getKey().typeName());
            }
            String key = k.value();
            if (key.equals("prefix") || key.equals("indent")) {
                if (!(e.getValue() instanceof StringValue v)) {
                    throw ExtCalls.operandError(a, 2, "key " + key + " failed cast to string: operand " + index
                            + " must be string but got " + e.getValue().typeName());
                }
                if (key.equals("prefix")) {
                    prefix = v.value();
                } else {
                    indent = v.value();
                }
                implicit = true;
            } else if (key.equals("pretty")) {
                if (!(e.getValue() instanceof BoolValue b)) {
                    throw ExtCalls.operandError(a, 2, "key pretty failed cast to bool");
                }
                explicit = b.value();
            } else {
                throw ExtCalls.operandError(a, 2, "object contained unknown key " + key);
            }
            index++;
        }
        boolean pretty = explicit != null ? explicit : implicit;
        String text = JsonText.indented(a.any(0), prefix, indent, pretty);
        return StringValue.of(pretty ? prefix + text : text);
    }

    private static Value unmarshal(Args a) throws BuiltinException {
        try {
            return parseGoJson(a.string(0));
        } catch (JsonSyntax.SyntaxException e) {
            throw a.failed(e.getMessage());
        }
    }

    /** JSON text as OPA's decoder reads it, failing with Go's messages. */
    static Value parseGoJson(String text) throws JsonSyntax.SyntaxException {
        JsonSyntax.check(text);
        try {
            return Values.parseJson(text);
        } catch (IOException | RuntimeException e) {
            throw new JsonSyntax.SyntaxException(firstLine(e.getMessage()));
        }
    }

    /** Go's {@code json.Valid}: exactly one JSON value, nothing after it but whitespace. */
    static boolean isJson(String text) {
        try {
            JsonSyntax.check(text);
            Values.parseJson(text);
            return true;
        } catch (JsonSyntax.SyntaxException | IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isYaml(String text) {
        try {
            YamlValues.parse(text);
            return true;
        } catch (YamlValues.YamlException e) {
            return false;
        }
    }

    private static Value yamlUnmarshal(Args a) throws BuiltinException {
        try {
            return YamlValues.parse(a.string(0));
        } catch (YamlValues.YamlException e) {
            throw a.failed("error converting YAML to JSON: yaml: " + e.getMessage());
        }
    }

    private static Value urlDecode(Args a) throws BuiltinException {
        try {
            return StringValue.of(UrlQuery.unescape(a.string(0)));
        } catch (EncodingCodecs.DecodeException e) {
            throw a.failed(e.getMessage());
        }
    }

    private static Value urlEncodeObject(Args a) throws BuiltinException {
        ObjectValue object = a.object(0);
        Map<String, List<String>> query = new TreeMap<>();
        for (Map.Entry<String, Value> e : JsonText.sortedEntries(object).entrySet()) {
            Value v = e.getValue();
            List<String> values = new ArrayList<>();
            if (v instanceof StringValue s) {
                values.add(s.value());
            } else if (v instanceof ArrayValue || v instanceof SetValue) {
                for (Value item : v instanceof ArrayValue arr ? arr.items() : ((SetValue) v).members()) {
                    if (!(item instanceof StringValue s)) {
                        throw ExtCalls.operandError(a, 1, "values must be string, array[string], or set[string]");
                    }
                    values.add(s.value());
                }
            } else {
                throw ExtCalls.operandError(a, 1, "values must be string, array[string], or set[string]");
            }
            query.put(e.getKey(), values);
        }
        return StringValue.of(UrlQuery.encode(query));
    }

    private static Value urlDecodeObject(Args a) throws BuiltinException {
        try {
            Map<Value, Value> out = new LinkedHashMap<>();
            UrlQuery.parse(a.string(0)).forEach((k, vs) ->
                    out.put(StringValue.of(k), new ArrayValue(vs.stream().map(v -> (Value) StringValue.of(v)).toList())));
            return ObjectValue.of(out);
        } catch (EncodingCodecs.DecodeException e) {
            throw a.failed(e.getMessage());
        }
    }

    static String firstLine(String message) {
        String m = String.valueOf(message);
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }
}
