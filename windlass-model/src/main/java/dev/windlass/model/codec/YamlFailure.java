package dev.windlass.model.codec;

import dev.windlass.model.Issue;

/** Stops reading a YAML file at the first error; carries the issue to the reader's boundary, never further. */
final class YamlFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Issue issue;

    YamlFailure(Issue issue) {
        super(issue.message(), null, false, false);
        this.issue = issue;
    }

    Issue issue() {
        return issue;
    }
}
