package dev.windlass.model.codec;

import dev.windlass.model.Issue;
import java.util.List;

/**
 * What a codec read from one file: its documents, and the issues met. On a syntax error the
 * documents before the error are kept and the error is the last issue; callers that must not act
 * on partial input check {@link #hasErrors()}.
 */
public record ParsedStream(String file, List<ParsedDocument> documents, List<Issue> issues) {

    public ParsedStream {
        documents = List.copyOf(documents);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(Issue::isError);
    }
}
