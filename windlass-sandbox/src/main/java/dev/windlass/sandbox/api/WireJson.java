package dev.windlass.sandbox.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.model.tree.NumberText;
import dev.windlass.model.tree.StringNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON on the wire: request bodies into node trees and objects into compact bytes, without the
 * source positions the manifest reader keeps (the API server does not need them, and they cost).
 * Integers beyond 64 bits become floats, as in Kubernetes' unstructured decoding.
 */
public final class WireJson {

    private static final int MAX_DEPTH = 256;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private WireJson() {
    }

    /** Parses one JSON value; malformed input is a 400 naming the position. */
    public static Node parse(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw ApiException.badRequest("the request body is empty; send a JSON object");
            }
            Node node = value(parser, first);
            if (parser.nextToken() != null) {
                throw ApiException.badRequest("the request body has data after its JSON value at "
                        + location(parser));
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compact JSON of {@code node}, as UTF-8 bytes. */
    public static byte[] bytes(Node node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        write(node, out);
        return out.toByteArray();
    }

    public static String text(Node node) {
        return new String(bytes(node), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Writes {@code node} compactly to {@code out} (not closed). */
    public static void write(Node node, OutputStream out) {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            emit(node, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                MapNode.Builder map = MapNode.builder();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    map.put(key, value(parser, parser.nextToken()));
                }
                return map.build();
            case START_ARRAY:
                List<Node> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(parser, t));
                }
                return new ListNode(items);
            case VALUE_STRING:
                return new StringNode(parser.getText());
            case VALUE_NUMBER_INT:
                return integer(parser);
            case VALUE_NUMBER_FLOAT:
                return new FloatNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return BoolNode.TRUE;
            case VALUE_FALSE:
                return BoolNode.FALSE;
            case VALUE_NULL:
                return NullNode.INSTANCE;
            default:
                throw ApiException.badRequest("unexpected " + token + " in the request body at " + location(parser));
        }
    }

    private static Node integer(JsonParser parser) throws IOException {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            BigInteger big = parser.getBigIntegerValue();
            return new FloatNode(big.doubleValue());
        }
        return new IntNode(parser.getLongValue());
    }

    private static String location(JsonParser parser) {
        var loc = parser.currentLocation();
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static void emit(Node node, JsonGenerator out) throws IOException {
        if (node instanceof MapNode map) {
            out.writeStartObject();
            for (var entry : map.asJavaMap().entrySet()) {
                out.writeFieldName(entry.getKey());
                emit(entry.getValue(), out);
            }
            out.writeEndObject();
        } else if (node instanceof ListNode list) {
            out.writeStartArray();
            for (Node item : list.items()) {
                emit(item, out);
            }
            out.writeEndArray();
        } else if (node instanceof StringNode s) {
            out.writeString(s.value());
        } else if (node instanceof IntNode i) {
            out.writeNumber(i.value());
        } else if (node instanceof FloatNode f) {
            out.writeNumber(NumberText.format(f.value()));
        } else if (node instanceof BoolNode b) {
            out.writeBoolean(b.value());
        } else {
            out.writeNull();
        }
    }
}
