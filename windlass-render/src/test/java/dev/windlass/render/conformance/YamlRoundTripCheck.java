package dev.windlass.render.conformance;

import dev.windlass.model.Issue;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.SourceText;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Optional;

/**
 * The YAML conformance check of one file: it reads without errors (kubectl's scalar typing), and
 * writing its documents and reading them back gives equal documents. Empty documents are left out
 * of the comparison, as every consumer drops them.
 */
final class YamlRoundTripCheck {

    private final CodecLimits limits;
    private final YamlReader reader;

    YamlRoundTripCheck(CodecLimits limits) {
        this.limits = limits;
        this.reader = YamlReader.create(limits, ScalarSchema.KUBERNETES);
    }

    /** What is wrong with {@code file}, or empty when it passes. */
    Optional<String> check(String file, byte[] bytes) {
        SourceText.Decoded decoded = SourceText.decode(file, bytes, limits);
        if (decoded.text().isEmpty()) {
            return Optional.of("not read as text: " + decoded.problem().map(Issue::format).orElse("(no reason given)"));
        }
        ParsedStream parsed = reader.read(file, decoded.text().get());
        Optional<Issue> parseError = firstError(parsed);
        if (parseError.isPresent()) {
            return Optional.of("read: " + parseError.get().format());
        }
        List<Node> documents = contents(parsed);
        String written = YamlWriter.writeAll(documents);
        ParsedStream reread = reader.read(file + " (as written)", written);
        Optional<Issue> rereadError = firstError(reread);
        if (rereadError.isPresent()) {
            return Optional.of("reading the written YAML back: " + rereadError.get().format());
        }
        return compare(documents, contents(reread));
    }

    private static Optional<String> compare(List<Node> before, List<Node> after) {
        if (before.size() != after.size()) {
            return Optional.of("round trip: " + before.size() + " documents became " + after.size());
        }
        for (int i = 0; i < before.size(); i++) {
            Optional<String> difference = TreeDiff.first(before.get(i), after.get(i));
            if (difference.isPresent()) {
                return Optional.of("round trip, document " + i + ": " + difference.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<Issue> firstError(ParsedStream stream) {
        return stream.issues().stream().filter(Issue::isError).findFirst();
    }

    private static List<Node> contents(ParsedStream stream) {
        return stream.documents().stream().filter(d -> !d.isEmpty()).map(ParsedDocument::content).toList();
    }
}
