package dev.windlass.pipelines.pod;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.ResultSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code report} container's termination message, decoded: {@code exit <container> <code>} and
 * {@code result <name> <base64>} lines. Array and object results are JSON, as Tekton writes them.
 */
record ReportMessage(Map<String, Integer> exitCodes, Map<String, ParamValue> results, List<String> problems) {

    /** Kubernetes keeps at most this many bytes of a termination message. */
    static final int LIMIT = 4096;

    /** True when the message was cut at {@link #LIMIT}. */
    boolean tooLarge() {
        return !problems.isEmpty() && problems.get(0).startsWith(TOO_LARGE);
    }

    private static final String TOO_LARGE = "the task's results exceed";

    static ReportMessage parse(String message, List<ResultSpec> declared) {
        Map<String, Integer> exits = new HashMap<>();
        Map<String, ParamValue> results = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (message.length() >= LIMIT - 1 && !message.endsWith("\n")) {
            problems.add(TOO_LARGE + " the " + LIMIT + " bytes a termination message holds "
                    + "(about 3 KB of result text once encoded); write smaller results");
            return new ReportMessage(exits, results, problems);
        }
        Map<String, ResultSpec> specs = new HashMap<>();
        declared.forEach(r -> specs.put(r.name(), r));
        for (String line : message.split("\n")) {
            String[] parts = line.split(" ", 3);
            if (parts.length == 3 && parts[0].equals("exit") && parts[2].trim().matches("-?[0-9]{1,9}")) {
                exits.put(parts[1], Integer.parseInt(parts[2].trim()));
            } else if (parts.length >= 2 && parts[0].equals("result") && specs.containsKey(parts[1])) {
                decode(parts.length == 3 ? parts[2] : "").ifPresentOrElse(
                        text -> value(specs.get(parts[1]), text, problems).ifPresent(v -> results.put(parts[1], v)),
                        () -> problems.add("result \"" + parts[1] + "\" could not be read back from the Pod"));
            }
        }
        return new ReportMessage(exits, results, problems);
    }

    private static Optional<String> decode(String base64) {
        try {
            return Optional.of(new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<ParamValue> value(ResultSpec spec, String text, List<String> problems) {
        if (spec.type() == ParamType.STRING) {
            return Optional.of(ParamValue.of(text));
        }
        ParsedStream parsed = JsonReader.create(CodecLimits.DEFAULT).read("result " + spec.name(), text);
        Node node = parsed.hasErrors() || parsed.documents().isEmpty() ? null : parsed.documents().get(0).content();
        if (spec.type() == ParamType.ARRAY && node != null && node.asList().isPresent()) {
            return Optional.of(ParamValue.of(node.asList().get().items().stream().map(ReportMessage::text).toList()));
        }
        if (spec.type() == ParamType.OBJECT && node != null && node.asMap().isPresent()) {
            Map<String, String> values = new LinkedHashMap<>();
            node.asMap().get().asJavaMap().forEach((k, v) -> values.put(k, text(v)));
            return Optional.of(ParamValue.of(values));
        }
        problems.add("result \"" + spec.name() + "\" is declared " + spec.type().name().toLowerCase(java.util.Locale.ROOT)
                + " but the step wrote " + (text.length() > 80 ? text.substring(0, 80) + "..." : text)
                + "; write it as JSON of that type");
        return Optional.empty();
    }

    private static String text(Node node) {
        return node.asText().orElse(node.toString());
    }
}
