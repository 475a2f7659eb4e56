package dev.windlass.pipelines.triggers;

import dev.windlass.pipelines.subst.GoJson;
import com.google.protobuf.NullValue;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.ManifestReader;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The Java side of Tekton's CEL functions (see {@link TriggersCel}). */
final class CelFunctions {

    private final SecretValues secrets;
    private final String namespace;

    CelFunctions(SecretValues secrets, String namespace) {
        this.secrets = secrets;
        this.namespace = namespace;
    }

    List<CelFunctionBinding> bindings() {
        return List.of(
                CelFunctionBinding.from("tekton_match_map_string_string", List.of(Map.class, String.class, String.class),
                        args -> header((Map<?, ?>) args[0], (String) args[1]).equals(args[2])),
                CelFunctionBinding.from("tekton_canonical_map_string", Map.class, String.class, CelFunctions::header),
                CelFunctionBinding.from("tekton_truncate_string_int", String.class, Long.class,
                        (s, n) -> s.substring(0, (int) Math.max(0, Math.min(n, s.length())))),
                CelFunctionBinding.from("tekton_compareSecret_string_string_string_string",
                        List.of(String.class, String.class, String.class, String.class),
                        args -> compareSecret((String) args[0], (String) args[1], (String) args[2], (String) args[3])),
                CelFunctionBinding.from("tekton_compareSecret_string_string_string",
                        List.of(String.class, String.class, String.class),
                        args -> compareSecret((String) args[0], (String) args[1], (String) args[2], namespace)),
                CelFunctionBinding.from("tekton_parseJSON_string", String.class,
                        s -> parseMap(JsonReader.create(CodecLimits.DEFAULT), s, "parseJSON")),
                CelFunctionBinding.from("tekton_parseYAML_string", String.class,
                        s -> parseMap(YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES), s, "parseYAML")),
                CelFunctionBinding.from("tekton_parseURL_string", String.class, ParsedUrl::toCel),
                CelFunctionBinding.from("tekton_marshalJSON_map", Map.class, v -> GoJson.write(CelData.fromCel(v))),
                CelFunctionBinding.from("tekton_marshalJSON_list", List.class, v -> GoJson.write(CelData.fromCel(v))),
                CelFunctionBinding.from("tekton_first_list", List.class, l -> l.isEmpty() ? NullValue.NULL_VALUE : l.get(0)),
                CelFunctionBinding.from("tekton_last_list", List.class,
                        l -> l.isEmpty() ? NullValue.NULL_VALUE : l.get(l.size() - 1)),
                CelFunctionBinding.from("tekton_translate_string_string_string",
                        List.of(String.class, String.class, String.class),
                        args -> translate((String) args[0], (String) args[1], (String) args[2])),
                CelFunctionBinding.from("tekton_decodeb64_string", String.class, CelFunctions::decodeb64));
    }

    private static String header(Map<?, ?> headers, String name) {
        Object values = headers.get(Headers.canonical(name));
        if (values instanceof List<?> list && !list.isEmpty()) {
            return String.valueOf(list.get(0));
        }
        return values instanceof String s ? s : "";
    }

    private Object compareSecret(String value, String key, String name, String ns) throws CelEvaluationException {
        SecretValues.Lookup found = secrets.get(ns, name, key);
        if (!found.found()) {
            throw new CelEvaluationException("compareSecret: " + found.problem());
        }
        return MessageDigest.isEqual(found.value(), value.getBytes(StandardCharsets.UTF_8));
    }

    private static Object parseMap(ManifestReader reader, String text, String function) throws CelEvaluationException {
        ParsedStream parsed = reader.read(function, text);
        if (parsed.hasErrors() || parsed.documents().isEmpty()
                || !(parsed.documents().get(0).content() instanceof MapNode map)) {
            throw new CelEvaluationException(function + ": the text is not an object"
                    + (parsed.hasErrors() ? ": " + parsed.issues().get(parsed.issues().size() - 1).message() : ""));
        }
        return CelData.toCel(map);
    }

    private static Object translate(String text, String regex, String replacement) throws CelEvaluationException {
        try {
            return Pattern.compile(regex).matcher(text).replaceAll(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new CelEvaluationException("translate: " + e.getMessage());
        }
    }

    private static Object decodeb64(String text) throws CelEvaluationException {
        try {
            return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new CelEvaluationException("decodeb64: " + e.getMessage());
        }
    }
}
