package dev.windlass.controller.source;

import dev.windlass.engine.source.SourceException;
import dev.windlass.engine.source.SourceFetcher;
import dev.windlass.git.GitSource;
import dev.windlass.git.GitSourceFetcher;
import dev.windlass.kustomize.RemoteBase;
import dev.windlass.kustomize.RemoteBases;
import dev.windlass.model.snapshot.Snapshot;
import java.util.Objects;

/**
 * Kustomize remote bases ({@code resources: [github.com/org/repo//app?ref=v1]}) fetched the way
 * Windlass fetches application sources: through a {@link SourceFetcher}, normally the Git cache
 * ({@link GitSource} over a {@code RepositoryCache}), so the repository map ({@code --repo-map}),
 * credentials, size limits and the shared clones apply to remote bases too. The ref resolves like
 * an Argo CD {@code targetRevision} (branch, tag or commit; empty is the default branch).
 *
 * <p>Not supported: kustomize's {@code submodules} (submodule directories are empty) and
 * {@code timeout} (the fetcher's own limits apply). Thread-safe when the fetcher is.
 */
public final class GitRemoteBases implements RemoteBases {

    private final SourceFetcher fetcher;

    private GitRemoteBases(SourceFetcher fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /** Remote bases fetched through {@code fetcher}, e.g. the controller's {@link SourceCache}. */
    public static GitRemoteBases over(SourceFetcher fetcher) {
        return new GitRemoteBases(fetcher);
    }

    /** Remote bases fetched through {@code source}. */
    public static GitRemoteBases over(GitSource source) {
        return new GitRemoteBases(GitSourceFetcher.of(source));
    }

    @Override
    public Snapshot fetch(RemoteBase base) throws FetchFailed {
        try {
            return fetcher.fetch(base.repoUrl(), base.ref()).tree();
        } catch (SourceException e) {
            throw new FetchFailed(e.getMessage(), e);
        }
    }
}
