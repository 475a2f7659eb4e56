package dev.windlass.model.codec;

import dev.windlass.model.Issue;

/** Stops reading a YAML or JSON file at the first error; carries the issue to the reader's boundary, never further. */
final class CodecFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Issue issue;

    CodecFailure(Issue issue) {
        super(issue.message(), null, false, false);
        this.issue = issue;
    }

    Issue issue() {
        return issue;
    }
}
