package dev.windlass.kube;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Request and response bodies of the API server as node trees. Writing uses windlass-model's
 * {@link JsonWriter}; reading streams Jackson tokens straight into nodes, without the source map
 * {@code JsonReader} records for manifests (a server answer has no file to point into), because
 * every apply and list goes through here.
 */
final class JsonBodies {

    private static final int MAX_DEPTH = 256;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(MAX_DEPTH)
                    .build())
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    private JsonBodies() {
    }

    /** {@code node} as compact JSON. */
    static String write(Node node) {
        return JsonWriter.write(node, 0);
    }

    /** The one JSON value in {@code body}; an empty body reads as an empty map. */
    static Node read(byte[] body) throws IOException {
        if (body == null || body.length == 0) {
            return MapNode.empty();
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return MapNode.empty();
            }
            return value(parser, first);
        }
    }

    /** {@code body} as a map, or empty when it is not a JSON object (a proxy's HTML page, say). */
    static MapNode readMap(byte[] body) {
        try {
            return read(body) instanceof MapNode map ? map : MapNode.empty();
        } catch (IOException notJson) {
            return MapNode.empty();
        }
    }

    private static Node value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> map(parser);
            case START_ARRAY -> list(parser);
            case VALUE_STRING -> new StringNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT, LONG -> new IntNode(parser.getLongValue());
                default -> new FloatNode(parser.getDoubleValue());
            };
            case VALUE_NUMBER_FLOAT -> new FloatNode(parser.getDoubleValue());
            case VALUE_TRUE -> Node.of(true);
            case VALUE_FALSE -> Node.of(false);
            case VALUE_NULL -> Node.nullNode();
            default -> throw new IOException("unexpected JSON token " + token);
        };
    }

    private static MapNode map(JsonParser parser) throws IOException {
        MapNode.Builder builder = MapNode.builder();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String key = parser.currentName();
            builder.put(key, value(parser, parser.nextToken()));
        }
        return builder.build();
    }

    private static ListNode list(JsonParser parser) throws IOException {
        List<Node> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(value(parser, token));
        }
        return new ListNode(items);
    }
}
