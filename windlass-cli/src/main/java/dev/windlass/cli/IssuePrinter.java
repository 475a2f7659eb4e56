package dev.windlass.cli;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints issues like a compiler, one a line: {@code examples/guestbook/web.yaml:3:5: error: message}.
 * An issue without a file is placed at its object and field ({@code Deployment/web metadata.name: error: ...}),
 * or printed without a place. File names are printed as given; {@link DisplayPaths} makes them the paths the user typed.
 */
final class IssuePrinter {

    private final PrintWriter err;

    IssuePrinter(PrintWriter err) {
        this.err = err;
    }

    void print(List<Issue> issues) {
        issues.forEach(this::print);
        err.flush();
    }

    void print(Issue issue) {
        err.println(format(issue));
    }

    /** The one-line form of {@code issue}. */
    static String format(Issue issue) {
        Location location = issue.location();
        String where = location.fileText().isEmpty() ? location.objectText() : location.fileText();
        String text = issue.severity().label() + ": " + issue.message();
        return where.isEmpty() ? text : where + ": " + text;
    }
}
