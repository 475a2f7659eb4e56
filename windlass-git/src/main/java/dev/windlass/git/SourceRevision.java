package dev.windlass.git;

import dev.windlass.model.snapshot.Snapshot;
import java.time.Instant;
import java.util.Objects;

/**
 * One commit of a repository with the files at it: what {@link GitSource#fetch} returns.
 *
 * @param repoUrl   the URL as the caller gave it (before any {@link RepoMap} redirect)
 * @param commitSha the full 40-digit commit SHA; also the tree's {@link Snapshot#revision()}
 * @param author    the author as {@code Name <email>}
 * @param date      when the commit was made (the committer's time)
 * @param message   the full commit message
 * @param tree      the files at the commit, immutable and held in memory
 */
public record SourceRevision(String repoUrl, String commitSha, String author, Instant date, String message,
        Snapshot tree) {

    public SourceRevision {
        Objects.requireNonNull(repoUrl, "repoUrl");
        Objects.requireNonNull(commitSha, "commitSha");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(tree, "tree");
    }
}
