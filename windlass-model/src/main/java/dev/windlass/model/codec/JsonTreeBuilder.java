package dev.windlass.model.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.Position;
import dev.windlass.model.SourceMap;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds the node tree of one JSON value from Jackson's token stream, without recursion, recording
 * where each field is (a map entry at its key, a list item and the root at their first character,
 * as the YAML reader does).
 */
final class JsonTreeBuilder {

    private abstract static class Frame {
        final String pointer;

        Frame(String pointer) {
            this.pointer = pointer;
        }
    }

    private static final class MapFrame extends Frame {
        final MapNode.Builder entries = MapNode.builder();
        final Map<String, Integer> keyLines = new HashMap<>();
        String pendingKey;

        MapFrame(String pointer) {
            super(pointer);
        }
    }

    private static final class ListFrame extends Frame {
        final List<Node> items = new ArrayList<>();

        ListFrame(String pointer) {
            super(pointer);
        }
    }

    private final String file;
    private final CodecLimits limits;
    private final TextCursor cursor;
    private final SourceMap.Builder positions = SourceMap.builder();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Consumer<Issue> warnings;
    private Node root;

    JsonTreeBuilder(String file, CodecLimits limits, TextCursor cursor, Consumer<Issue> warnings) {
        this.file = file;
        this.limits = limits;
        this.cursor = cursor;
        this.warnings = warnings;
    }

    /** The one value of the input, or empty when there is none (only whitespace). */
    Optional<ParsedDocument> read(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return Optional.empty();
        }
        Position start = here(parser);
        while (true) {
            accept(parser, token);
            if (root != null) {
                break;
            }
            token = parser.nextToken();
        }
        if (parser.nextToken() != null) {
            throw new CodecFailure(JsonMessages.trailingContent(Location.at(file, here(parser))));
        }
        return Optional.of(new ParsedDocument(0, root, start, positions.build()));
    }

    private void accept(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case FIELD_NAME -> key((MapFrame) stack.peek(), parser.currentName(), here(parser));
            case START_OBJECT -> stack.push(new MapFrame(startCollection(here(parser))));
            case START_ARRAY -> stack.push(new ListFrame(startCollection(here(parser))));
            case END_OBJECT -> attach(((MapFrame) stack.pop()).entries.build());
            case END_ARRAY -> attach(new ListNode(((ListFrame) stack.pop()).items));
            default -> {
                Position at = here(parser);
                childPointer(at);
                attach(scalar(parser, token, at));
            }
        }
    }

    private Node scalar(JsonParser parser, JsonToken token, Position at) throws IOException {
        return switch (token) {
            case VALUE_STRING -> new StringNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT, LONG -> new IntNode(parser.getLongValue());
                default -> decimal(parser.getText(), at);
            };
            case VALUE_NUMBER_FLOAT -> decimal(parser.getText(), at);
            case VALUE_TRUE -> Node.of(true);
            case VALUE_FALSE -> Node.of(false);
            case VALUE_NULL -> Node.nullNode();
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        };
    }

    private Node decimal(String text, Position at) {
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new CodecFailure(JsonMessages.numberOutOfRange(Location.at(file, at), text));
        }
        return new FloatNode(value);
    }

    private void key(MapFrame map, String key, Position at) {
        Integer firstLine = map.keyLines.putIfAbsent(key, at.line());
        if (firstLine != null) {
            warnings.accept(CodecMessages.duplicateKey(Location.at(file, at), key, firstLine, stack.size() == 1));
        }
        map.pendingKey = key;
        positions.put(map.pointer + "/" + FieldPath.pointerSegment(key), at);
    }

    private String startCollection(Position at) {
        if (stack.size() >= limits.maxDepth()) {
            throw new CodecFailure(CodecMessages.tooDeep(Location.at(file, at), limits.maxDepth()));
        }
        return childPointer(at);
    }

    /** The JSON pointer of the value about to be read; records its position unless its key did. */
    private String childPointer(Position at) {
        Frame top = stack.peek();
        String pointer;
        if (top == null) {
            pointer = "";
        } else if (top instanceof MapFrame map) {
            pointer = map.pointer + "/" + FieldPath.pointerSegment(map.pendingKey);
        } else {
            pointer = top.pointer + "/" + ((ListFrame) top).items.size();
        }
        positions.put(pointer, at);
        return pointer;
    }

    private void attach(Node node) {
        Frame parent = stack.peek();
        if (parent == null) {
            root = node;
        } else if (parent instanceof ListFrame list) {
            list.items.add(node);
        } else {
            MapFrame map = (MapFrame) parent;
            map.entries.put(map.pendingKey, node);
            map.pendingKey = null;
        }
    }

    private Position here(JsonParser parser) {
        return cursor.at(parser.currentTokenLocation().getCharOffset());
    }

}
