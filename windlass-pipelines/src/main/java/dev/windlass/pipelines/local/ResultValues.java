package dev.windlass.pipelines.local;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ParamValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a result file's text as Tekton does: a {@code string} result is the text verbatim (a
 * trailing newline included); for {@code array} and {@code object} results, text starting with
 * {@code [} or {@code &#123;} that is a JSON list or map of strings gives that shape, and anything
 * else is a string (a JSON string unquoted), which then mismatches the declared type.
 */
final class ResultValues {

    private static final JsonReader JSON = JsonReader.create(CodecLimits.DEFAULT);

    private ResultValues() {
    }

    static ParamValue parse(String text, ParamType declared) {
        if (declared == ParamType.STRING || text.isEmpty()) {
            return ParamValue.of(text);
        }
        Optional<Node> json = json(text);
        if (text.charAt(0) == '[' && json.flatMap(Node::asList).flatMap(ResultValues::strings).isPresent()) {
            return ParamValue.of(json.flatMap(Node::asList).flatMap(ResultValues::strings).get());
        }
        if (text.charAt(0) == '{' && json.flatMap(Node::asMap).flatMap(ResultValues::stringMap).isPresent()) {
            return ParamValue.of(json.flatMap(Node::asMap).flatMap(ResultValues::stringMap).get());
        }
        return ParamValue.of(json.flatMap(Node::asText).orElse(text));
    }

    private static Optional<Node> json(String text) {
        ParsedStream parsed = JSON.read("result", text);
        if (parsed.hasErrors() || parsed.documents().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(parsed.documents().get(0).content());
    }

    private static Optional<List<String>> strings(ListNode list) {
        List<String> values = new ArrayList<>();
        for (Node item : list.items()) {
            if (item.asText().isEmpty()) {
                return Optional.empty();
            }
            values.add(item.asText().get());
        }
        return Optional.of(values);
    }

    private static Optional<Map<String, String>> stringMap(MapNode map) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : map.keys()) {
            Optional<String> text = map.get(key).flatMap(Node::asText);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            values.put(key, text.get());
        }
        return Optional.of(values);
    }
}
