package dev.windlass.engine.source;

import dev.windlass.model.snapshot.Snapshot;
import java.time.Instant;
import java.util.Objects;

/**
 * One resolved revision of a source with its files.
 *
 * @param repoUrl  the repository URL as the application names it
 * @param revision the resolved revision (a full commit SHA for Git)
 * @param author   the commit author as {@code Name <email>}
 * @param date     when the commit was made
 * @param message  the commit message
 * @param tree     the files at the revision
 */
public record FetchedSource(String repoUrl, String revision, String author, Instant date, String message,
        Snapshot tree) {

    public FetchedSource {
        Objects.requireNonNull(repoUrl, "repoUrl");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(tree, "tree");
    }
}
