package dev.windlass.kustomize;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.tree.FieldPath;

/** Stops a build at its first error, as kustomize does; carries the issue to report. */
final class KustomizeFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Issue issue;

    KustomizeFailure(Issue issue) {
        super(issue.message(), null, false, false);
        this.issue = issue;
    }

    static KustomizeFailure at(String code, String file, FieldPath field, String message) {
        Location location = Location.file(file);
        return new KustomizeFailure(Issue.error(code, field == null ? location : location.withField(field), message));
    }

    Issue issue() {
        return issue;
    }
}
