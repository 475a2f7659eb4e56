package dev.windlass.helm.yaml;

import dev.windlass.helm.HelmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Builds the node tree of the first YAML document of a text, as go-yaml v2's parser does for
 * {@code Unmarshal}: later documents are never read, so errors in them go unnoticed, as in Go.
 */
final class GoYamlParser {

    /** go-yaml's limit on nesting (max_flow_level and max_indents). */
    static final int MAX_DEPTH = 10000;

    private final String text;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private YamlNode root;

    private GoYamlParser(String text) {
        this.text = text;
    }

    /** The first document's root node, or empty when the text holds no document. */
    static Optional<YamlNode> parseFirst(String text) throws HelmException {
        return new GoYamlParser(text).run();
    }

    private Optional<YamlNode> run() throws HelmException {
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).setUseMarks(true)
                .setParseComments(false).build();
        try {
            Parser parser = new ParserImpl(settings, new StreamReader(settings, text));
            while (parser.hasNext()) {
                Event event = parser.next();
                if (event.getEventId() == Event.ID.DocumentEnd) {
                    return Optional.ofNullable(root);
                }
                handle(event);
            }
            return Optional.ofNullable(root);
        } catch (YamlEngineException e) {
            throw new HelmException(GoYamlErrors.message(e), e);
        }
    }

    private void handle(Event event) throws HelmException {
        int line = line(event);
        switch (event.getEventId()) {
            case Scalar -> {
                ScalarEvent scalar = (ScalarEvent) event;
                boolean plain = scalar.getScalarStyle() == ScalarStyle.PLAIN && scalar.getTag().isEmpty();
                String tag = scalar.getTag().orElse(scalar.getScalarStyle() == ScalarStyle.PLAIN ? "" : "!");
                add(anchored(scalar, new YamlNode.Scalar(value(scalar), tag, plain, line)));
            }
            case Alias -> alias((AliasEvent) event, line);
            case MappingStart, SequenceStart -> start(event, line);
            case MappingEnd, SequenceEnd -> end();
            default -> {
                // stream and document starts carry nothing for the tree
            }
        }
    }

    private void alias(AliasEvent event, int line) throws HelmException {
        String name = event.getAlias().getValue();
        YamlNode target = anchors.get(name);
        if (target == null) {
            throw new HelmException("yaml: unknown anchor '" + name + "' referenced");
        }
        add(new YamlNode.Alias(name, target, line));
    }

    private void start(Event event, int line) throws HelmException {
        if (open.size() >= MAX_DEPTH) {
            throw new HelmException("yaml: line " + line + ": exceeded max depth of " + MAX_DEPTH);
        }
        List<YamlNode> children = new ArrayList<>();
        YamlNode node = event.getEventId() == Event.ID.MappingStart ? new YamlNode.Mapping(children, line)
                : new YamlNode.Sequence(children, line);
        ((CollectionStartEvent) event).getAnchor().map(Anchor::getValue).ifPresent(a -> anchors.put(a, node));
        open.push(new Open(node, children));
    }

    private void end() {
        add(open.pop().node);
    }

    private YamlNode anchored(NodeEvent event, YamlNode node) {
        event.getAnchor().ifPresent(a -> anchors.put(a.getValue(), node));
        return node;
    }

    private void add(YamlNode node) {
        if (open.isEmpty()) {
            root = node;
        } else {
            open.peek().children.add(node);
        }
    }

    /**
     * The scalar's value. A block scalar ending the text without a final line break has none in
     * its value, as go-yaml reads it; snakeyaml adds one.
     */
    private String value(ScalarEvent scalar) {
        String value = scalar.getValue();
        ScalarStyle style = scalar.getScalarStyle();
        if ((style != ScalarStyle.LITERAL && style != ScalarStyle.FOLDED) || !value.endsWith("\n")
                || text.isEmpty() || text.endsWith("\n") || text.endsWith("\r")) {
            return value;
        }
        boolean endsText = scalar.getEndMark().map(m -> m.getIndex() >= text.length()).orElse(false);
        return endsText ? value.substring(0, value.length() - 1) : value;
    }

    private static int line(Event event) {
        return event.getStartMark().map(Mark::getLine).orElse(0) + 1;
    }

    /** A collection being read. */
    private record Open(YamlNode node, List<YamlNode> children) {
    }
}
