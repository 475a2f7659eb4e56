package dev.windlass.pipelines.pod;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.ResultSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code report} container's termination message, decoded: {@code exit <container> <code>} and
 * {@code result <name> <base64>} lines. Values are read as Tekton reads them: a declared string
 * as written, anything else as JSON when it is a string array, a string map or a JSON string, else
 * as text. A declared result of another type, or an object missing declared keys, is a problem.
 */
record ReportMessage(Map<String, Integer> exitCodes, Map<String, ParamValue> results, List<String> problems,
        boolean tooLarge) {

    /** Kubernetes keeps at most this many bytes of a termination message. */
    static final int LIMIT = 4096;

    static ReportMessage parse(String message, List<ResultSpec> declared) {
        Map<String, Integer> exits = new HashMap<>();
        Map<String, ParamValue> results = new LinkedHashMap<>();
        if (message.length() >= LIMIT - 1 && !message.endsWith("\n")) {
            return new ReportMessage(exits, results, List.of("Termination message is above max allowed size "
                    + LIMIT + ", caused by large task result."), true);
        }
        Map<String, ResultSpec> specs = new HashMap<>();
        declared.forEach(r -> specs.put(r.name(), r));
        for (String line : message.split("\n")) {
            String[] parts = line.split(" ", 3);
            if (parts.length == 3 && parts[0].equals("exit") && parts[2].trim().matches("-?[0-9]{1,9}")) {
                exits.put(parts[1], Integer.parseInt(parts[2].trim()));
            } else if (parts.length >= 2 && parts[0].equals("result")) {
                ParamType type = specs.containsKey(parts[1]) ? specs.get(parts[1]).type() : null;
                decode(parts.length == 3 ? parts[2] : "").ifPresent(text -> results.put(parts[1], value(text, type)));
            }
        }
        return new ReportMessage(exits, results, validate(results, specs), false);
    }

    private static Optional<String> decode(String base64) {
        try {
            return Optional.of(new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A result's value; {@code declared} null for a result the task does not declare. */
    static ParamValue value(String text, ParamType declared) {
        if (declared == ParamType.STRING || text.isEmpty()) {
            return ParamValue.of(text);
        }
        Node node = json(text);
        if (text.startsWith("[") && node != null && node.asList().isPresent()
                && node.asList().get().items().stream().allMatch(n -> n instanceof StringNode)) {
            return ParamValue.of(node.asList().get().items().stream().map(n -> n.asText().orElseThrow()).toList());
        }
        if (text.startsWith("{") && node != null && node.asMap().isPresent()
                && node.asMap().get().asJavaMap().values().stream().allMatch(n -> n instanceof StringNode)) {
            Map<String, String> values = new LinkedHashMap<>();
            node.asMap().get().asJavaMap().forEach((k, v) -> values.put(k, v.asText().orElseThrow()));
            return ParamValue.of(values);
        }
        return ParamValue.of(node instanceof StringNode s ? s.value() : text);
    }

    private static Node json(String text) {
        ParsedStream parsed = JsonReader.create(CodecLimits.DEFAULT).read("result", text);
        return parsed.hasErrors() || parsed.documents().isEmpty() ? null : parsed.documents().get(0).content();
    }

    /** Tekton's result checks: declared types, then declared object keys; mismatched results are dropped. */
    private static List<String> validate(Map<String, ParamValue> results, Map<String, ResultSpec> specs) {
        List<String> mismatched = new ArrayList<>();
        Map<String, List<String>> missing = new TreeMap<>();
        for (Map.Entry<String, ParamValue> result : List.copyOf(results.entrySet())) {
            ResultSpec spec = specs.get(result.getKey());
            if (spec == null) {
                continue;
            }
            if (spec.type() != result.getValue().type()) {
                mismatched.add(" \"" + result.getKey() + "\": task result is expected to be \"" + name(spec.type())
                        + "\" type but was initialized to a different type \"" + name(result.getValue().type()) + "\"");
                results.remove(result.getKey());
            } else if (result.getValue() instanceof ParamValue.Obj object) {
                List<String> keys = spec.properties().keySet().stream().filter(k -> !object.values().containsKey(k))
                        .sorted().toList();
                if (!keys.isEmpty()) {
                    missing.put(result.getKey(), keys);
                }
            }
        }
        if (!mismatched.isEmpty()) {
            mismatched.sort(null);
            return List.of("Provided results don't match declared results; may be invalid JSON or missing result "
                    + "declaration: " + String.join(",", mismatched));
        }
        if (!missing.isEmpty()) {
            StringBuilder text = new StringBuilder("missing keys for these results which are required in "
                    + "TaskResult's properties map[");
            missing.forEach((k, v) -> text.append(text.charAt(text.length() - 1) == '[' ? "" : " ").append(k)
                    .append(":[").append(String.join(" ", v)).append(']'));
            return List.of(text.append(']').toString());
        }
        return List.of();
    }

    private static String name(ParamType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
