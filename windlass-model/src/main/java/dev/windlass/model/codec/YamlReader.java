package dev.windlass.model.codec;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.Position;
import dev.windlass.model.tree.NullNode;
import java.util.ArrayList;
import java.util.List;
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
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads multi-document YAML into node trees, typing scalars as kubectl (or, on request, kustomize)
 * does, within {@link CodecLimits}. See docs/yaml.md for every rule. Thread-safe and reusable.
 *
 * <pre>{@code
 * ParsedStream stream = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read("web.yaml", text);
 * }</pre>
 */
public final class YamlReader implements ManifestReader {

    private final CodecLimits limits;
    private final ScalarSchema schema;
    private final boolean trackPositions;

    private YamlReader(CodecLimits limits, ScalarSchema schema, boolean trackPositions) {
        this.limits = limits;
        this.schema = schema;
        this.trackPositions = trackPositions;
    }

    public static YamlReader create(CodecLimits limits, ScalarSchema schema) {
        return new YamlReader(limits, schema, true);
    }

    /** A reader that does not record field positions (faster; issues then point at documents only). */
    public YamlReader withoutPositions() {
        return new YamlReader(limits, schema, false);
    }

    @Override
    public CodecLimits limits() {
        return limits;
    }

    /** Reads text. On the first error, the documents before it are kept and the error ends the issues. */
    @Override
    public ParsedStream read(String file, String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.length() > limits.maxFileBytes()) {
            return new ParsedStream(file, List.of(), List.of(SourceText.tooLarge(file, content.length(), limits)));
        }
        List<ParsedDocument> documents = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        try {
            new Run(file, issues, documents).parse(content);
        } catch (CodecFailure failure) {
            issues.add(failure.issue());
        } catch (MarkedYamlEngineException e) {
            issues.add(CodecMessages.syntax(at(file, e.getProblemMark()), describe(e)));
        } catch (YamlEngineException e) {
            issues.add(CodecMessages.syntax(Location.file(file), e.getMessage()));
        }
        return new ParsedStream(file, documents, issues);
    }

    /** The state of one read: the current document and where it started. */
    private final class Run {
        private final String file;
        private final List<Issue> issues;
        private final List<ParsedDocument> documents;
        private final YamlScalars scalars;
        private YamlTreeBuilder builder;
        private Position documentStart;
        private int documentStartIndex;
        private int lastIndex;
        private String content;

        Run(String file, List<Issue> issues, List<ParsedDocument> documents) {
            this.file = file;
            this.issues = issues;
            this.documents = documents;
            this.scalars = new YamlScalars(schema, issues::add);
        }

        void parse(String content) {
            this.content = content;
            LoadSettings settings = LoadSettings.builder()
                    .setLabel(file)
                    .setCodePointLimit(Integer.MAX_VALUE)
                    .setUseMarks(true)
                    .build();
            Parser parser = new ParserImpl(settings, new StreamReader(settings, content));
            while (parser.hasNext()) {
                Event event = parser.next();
                event.getEndMark().ifPresent(m -> lastIndex = m.getIndex());
                handle(event);
            }
        }

        private void handle(Event event) {
            Position at = position(event.getStartMark());
            switch (event.getEventId()) {
                case DocumentStart -> startDocument(event, at);
                case DocumentEnd -> endDocument();
                case Scalar -> {
                    ScalarEvent scalar = (ScalarEvent) event;
                    builder.scalar(value(scalar), scalar.isPlain(), scalar.getTag(), anchor(scalar), at);
                }
                case Alias -> builder.alias(((AliasEvent) event).getAlias().getValue(), at);
                case MappingStart -> builder.startMap(collection(event, "map", at), at);
                case SequenceStart -> builder.startList(collection(event, "seq", at), at);
                case MappingEnd, SequenceEnd -> builder.endCollection();
                default -> {
                    // stream start/end and comments carry nothing for the tree
                }
            }
        }

        /**
         * The scalar's value. A block scalar that ends the text without a final line break has none
         * in its value, as the YAML spec (and Go's YAML, so kubectl) reads it; snakeyaml adds one.
         */
        private String value(ScalarEvent scalar) {
            String value = scalar.getValue();
            ScalarStyle style = scalar.getScalarStyle();
            if ((style != ScalarStyle.LITERAL && style != ScalarStyle.FOLDED) || !value.endsWith("\n")
                    || content.isEmpty() || content.endsWith("\n") || content.endsWith("\r")) {
                return value;
            }
            boolean endsText = scalar.getEndMark().map(m -> m.getIndex() >= content.length()).orElse(false);
            return endsText ? value.substring(0, value.length() - 1) : value;
        }

        private void startDocument(Event event, Position at) {
            if (documents.size() >= limits.maxDocuments()) {
                throw new CodecFailure(CodecMessages.tooManyDocuments(Location.at(file, at), limits.maxDocuments()));
            }
            builder = new YamlTreeBuilder(file, limits, scalars, trackPositions, issues::add);
            documentStart = at;
            documentStartIndex = event.getStartMark().map(Mark::getIndex).orElse(0);
        }

        private void endDocument() {
            long size = (long) lastIndex - documentStartIndex;
            if (size > limits.maxDocumentBytes()) {
                throw new CodecFailure(CodecMessages.documentTooLarge(Location.at(file, documentStart), size,
                        limits.maxDocumentBytes()));
            }
            var sourceMap = builder.sourceMap();
            Position start = sourceMap.exact(dev.windlass.model.tree.FieldPath.root()).orElse(documentStart);
            documents.add(new ParsedDocument(documents.size(), builder.root().orElse(NullNode.INSTANCE), start, sourceMap));
            builder = null;
        }

        /** The anchor of a collection, after checking that its tag, if any, is the plain map or list tag. */
        private Optional<String> collection(Event event, String kind, Position at) {
            CollectionStartEvent start = (CollectionStartEvent) event;
            start.getTag().ifPresent(tag -> {
                Location location = Location.at(file, at);
                if (tag.startsWith("!") && !tag.startsWith("!!") && tag.length() > 1) {
                    issues.add(CodecMessages.ignoredTag(location, tag));
                } else if (!tag.equals("!") && !tag.equals("tag:yaml.org,2002:" + kind)) {
                    throw new CodecFailure(CodecMessages.unsupportedTag(location, tag.replace("tag:yaml.org,2002:", "!!")));
                }
            });
            return anchor(start);
        }

        private Position position(Optional<Mark> mark) {
            return mark.map(m -> new Position(m.getLine() + 1, m.getColumn() + 1)).orElse(new Position(1, 1));
        }
    }

    private static Optional<String> anchor(NodeEvent event) {
        return event.getAnchor().map(Anchor::getValue);
    }

    private static Location at(String file, Optional<Mark> mark) {
        return mark.map(m -> Location.at(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Location.file(file));
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        if (e.getContext() == null) {
            return problem;
        }
        String where = e.getContextMark().map(m -> " started at line " + (m.getLine() + 1)).orElse("");
        return problem + " (" + e.getContext() + where + ")";
    }
}
