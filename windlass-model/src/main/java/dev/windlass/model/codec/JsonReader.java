package dev.windlass.model.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code .json} manifest: one JSON value per file, as Argo CD reads them, into a node tree
 * with key order kept and a source map of every field. Integers that fit 64 bits become
 * {@code IntNode}, larger ones and decimals {@code FloatNode}. A duplicate key is a warning and
 * its last value wins (as in Go's encoding/json). Nesting deeper than {@link CodecLimits#maxDepth()}, numbers beyond a 64-bit float and syntax errors are
 * {@link Issue}s at {@code file:line:col}. An empty file has no documents. Thread-safe and reusable.
 *
 * <pre>{@code
 * ParsedStream stream = JsonReader.create(CodecLimits.DEFAULT).read("app.json", text);
 * }</pre>
 */
public final class JsonReader implements ManifestReader {

    private final CodecLimits limits;
    private final JsonFactory factory;

    private JsonReader(CodecLimits limits) {
        this.limits = limits;
        // Jackson's own limits are lifted: ours (file size, depth) apply first and name their option.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(Integer.MAX_VALUE)
                .maxStringLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE)
                .maxNumberLength(Integer.MAX_VALUE)
                .build();
        this.factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
    }

    public static JsonReader create(CodecLimits limits) {
        return new JsonReader(limits);
    }

    @Override
    public CodecLimits limits() {
        return limits;
    }

    /** Reads text. On an error there is no document and the error is the last issue. */
    @Override
    public ParsedStream read(String file, String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.length() > limits.maxFileBytes()) {
            return failed(file, SourceText.tooLarge(file, content.length(), limits));
        }
        int size = valueSpan(content);
        if (size > limits.maxDocumentBytes()) {
            Location at = Location.at(file, 1, 1);
            return failed(file, CodecMessages.documentTooLarge(at, size, limits.maxDocumentBytes()));
        }
        TextCursor cursor = new TextCursor(content);
        try (JsonParser parser = factory.createParser(content)) {
            List<Issue> warnings = new ArrayList<>();
            JsonTreeBuilder builder = new JsonTreeBuilder(file, limits, cursor, warnings::add);
            List<ParsedDocument> documents = builder.read(parser).map(List::of).orElse(List.of());
            return new ParsedStream(file, documents, warnings);
        } catch (CodecFailure failure) {
            return failed(file, failure.issue());
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            Location at = where == null ? Location.file(file) : Location.at(file, cursor.at(where.getCharOffset()));
            return failed(file, JsonMessages.syntax(at, e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string cannot fail with I/O", e);
        }
    }

    private static ParsedStream failed(String file, Issue issue) {
        return new ParsedStream(file, List.of(), List.of(issue));
    }

    /** The characters between the first and the last that are not JSON whitespace. */
    private static int valueSpan(String content) {
        int start = 0;
        int end = content.length();
        while (start < end && isWhitespace(content.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
