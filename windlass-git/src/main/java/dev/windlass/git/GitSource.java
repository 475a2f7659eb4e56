package dev.windlass.git;

import dev.windlass.model.snapshot.MemorySnapshot;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Fetches the files of a Git repository at an Argo CD {@code targetRevision}: applies the
 * {@link RepoMap}, clones or fetches through the {@link RepositoryCache}, resolves the revision with
 * {@link RevisionResolver} and copies the commit's tree into memory.
 *
 * <p>Every call fetches from the remote, as Argo CD's repository server resolves revisions on
 * each refresh, except when the revision is a full commit SHA already in the cache (a commit
 * never changes).
 *
 * <p><b>When the remote is gone</b> (deleted, server down, credentials revoked), a branch, tag,
 * {@code HEAD} or semver revision fails with {@link GitSourceException.Reason#FETCH_FAILED} and a
 * message naming the URL: the last fetched commit of a branch is never served as if it were
 * current, as Argo CD reports a comparison error rather than a stale branch. A full commit SHA
 * already in the cache is still served, as Argo CD serves it from its manifest cache without
 * asking the remote. A failed fetch leaves the cache as it was, so the next fetch after the
 * remote returns works.
 */
public final class GitSource {

    private static final Pattern FULL_SHA = Pattern.compile("[0-9a-fA-F]{40}");

    private final RepositoryCache cache;
    private final RepoMap repoMap;
    private final Function<String, RepositoryCredentials> credentials;
    private final Limits limits;

    /**
     * Bounds on one commit's tree.
     *
     * @param maxTreeBytes the most bytes all files together may hold
     * @param maxEntries   the most files and links the tree may hold
     */
    public record Limits(long maxTreeBytes, int maxEntries) {
        /** 256 MiB and 100,000 files. */
        public static final Limits DEFAULT = new Limits(256L << 20, 100_000);

        public Limits {
            if (maxTreeBytes <= 0 || maxTreeBytes > Integer.MAX_VALUE || maxEntries <= 0) {
                throw new IllegalArgumentException("limits must be positive and maxTreeBytes at most 2 GiB: "
                        + maxTreeBytes + ", " + maxEntries);
            }
        }
    }

    private GitSource(RepositoryCache cache, RepoMap repoMap, Function<String, RepositoryCredentials> credentials,
            Limits limits) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.repoMap = Objects.requireNonNull(repoMap, "repoMap");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * A source over {@code cache}.
     *
     * @param credentials the credentials for a repository URL (as given, before redirects);
     *                    return {@link RepositoryCredentials#none()} for anonymous access
     */
    public static GitSource create(RepositoryCache cache, RepoMap repoMap,
            Function<String, RepositoryCredentials> credentials, Limits limits) {
        return new GitSource(cache, repoMap, credentials, limits);
    }

    /** A source with no redirects, anonymous access and the default limits. */
    public static GitSource create(RepositoryCache cache) {
        return create(cache, RepoMap.empty(), url -> RepositoryCredentials.none(), Limits.DEFAULT);
    }

    /** The commit {@code targetRevision} names in {@code repoUrl}, with its files. */
    public SourceRevision fetch(String repoUrl, String targetRevision) throws GitSourceException {
        String url = repoMap.effectiveUrl(repoUrl);
        RepositoryCredentials creds = Objects.requireNonNull(credentials.apply(repoUrl), "credentials");
        return deepeningIfNeeded(url, creds, targetRevision, () -> {
            boolean fetch = !isCachedCommit(url, creds, targetRevision);
            return cache.use(url, creds, fetch, repository -> {
                RevCommit commit = RevisionResolver.resolve(repository, repoUrl, targetRevision);
                MemorySnapshot tree = CommitTrees.read(repository, commit, repoUrl, limits);
                PersonIdent author = commit.getAuthorIdent();
                return new SourceRevision(repoUrl, commit.getName(), author.getName() + " <" + author.getEmailAddress() + ">",
                        commit.getCommitterIdent().getWhenAsInstant(), commit.getFullMessage(), tree);
            });
        });
    }

    /** A step that reads the cache and may fail. */
    private interface CacheStep<T> {
        T run() throws GitSourceException;
    }

    /**
     * Runs {@code step}; clones are shallow (branch and tag tips only), so when a commit SHA is not
     * found in a shallow clone, the history is fetched and the step runs once more.
     */
    private <T> T deepeningIfNeeded(String url, RepositoryCredentials creds, String revision, CacheStep<T> step)
            throws GitSourceException {
        try {
            return step.run();
        } catch (GitSourceException e) {
            boolean commitLike = revision != null && revision.trim().matches("[0-9a-fA-F]{4,40}");
            if (e.reason() != GitSourceException.Reason.UNKNOWN_REVISION || !commitLike || !cache.isShallow(url)) {
                throw e;
            }
            cache.deepen(url, creds);
            return step.run();
        }
    }

    /**
     * The full commit SHA {@code targetRevision} names in {@code repoUrl}, after asking the remote
     * (unless it is a full SHA already in the cache); cheaper than {@link #fetch}, which also reads
     * the tree.
     */
    public String resolve(String repoUrl, String targetRevision) throws GitSourceException {
        String url = repoMap.effectiveUrl(repoUrl);
        RepositoryCredentials creds = Objects.requireNonNull(credentials.apply(repoUrl), "credentials");
        return deepeningIfNeeded(url, creds, targetRevision, () -> {
            boolean fetch = !isCachedCommit(url, creds, targetRevision);
            return cache.use(url, creds, fetch,
                    repository -> RevisionResolver.resolve(repository, repoUrl, targetRevision).getName());
        });
    }

    private boolean isCachedCommit(String url, RepositoryCredentials creds, String revision) throws GitSourceException {
        if (revision == null || !FULL_SHA.matcher(revision.trim()).matches() || !cache.contains(url)) {
            return false;
        }
        return cache.use(url, creds, false, repository -> repository.getObjectDatabase().has(ObjectId.fromString(revision.trim())));
    }
}
