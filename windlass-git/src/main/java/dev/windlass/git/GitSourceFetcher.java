package dev.windlass.git;

import dev.windlass.engine.source.FetchedSource;
import dev.windlass.engine.source.SourceException;
import dev.windlass.engine.source.SourceFetcher;
import java.util.Objects;

/**
 * The engine's {@link SourceFetcher} port over {@link GitSource}: a {@link SourceRevision} becomes
 * a {@link FetchedSource}, and a {@link GitSourceException} a {@link SourceException} whose reason
 * is the {@link GitSourceException.Reason} name (e.g. {@code FETCH_FAILED}) and whose message is
 * kept as it is.
 */
public final class GitSourceFetcher implements SourceFetcher {

    private final GitSource source;

    private GitSourceFetcher(GitSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** A fetcher over {@code source}. */
    public static GitSourceFetcher of(GitSource source) {
        return new GitSourceFetcher(source);
    }

    @Override
    public String resolve(String repoUrl, String targetRevision) throws SourceException {
        try {
            return source.resolve(repoUrl, targetRevision);
        } catch (GitSourceException e) {
            throw new SourceException(e.reason().name(), e.getMessage(), e);
        }
    }

    @Override
    public FetchedSource fetch(String repoUrl, String targetRevision) throws SourceException {
        SourceRevision revision;
        try {
            revision = source.fetch(repoUrl, targetRevision);
        } catch (GitSourceException e) {
            throw new SourceException(e.reason().name(), e.getMessage(), e);
        }
        return new FetchedSource(revision.repoUrl(), revision.commitSha(), revision.author(), revision.date(),
                revision.message(), revision.tree());
    }
}
