package dev.windlass.engine.source;

/**
 * The engine's port onto a source of desired state: one revision of a repository as an immutable
 * file tree. The Git adapter implements it; tests can use an in-memory one.
 */
public interface SourceFetcher {

    /**
     * Resolves {@code targetRevision} (branch, tag, {@code HEAD}, commit SHA or semver constraint) in
     * {@code repoUrl} and returns the files at that commit.
     */
    FetchedSource fetch(String repoUrl, String targetRevision) throws SourceException;

    /**
     * The revision {@code targetRevision} resolves to now (a full commit SHA for Git), without
     * reading the files; adapters override it when resolving is cheaper than fetching.
     */
    default String resolve(String repoUrl, String targetRevision) throws SourceException {
        return fetch(repoUrl, targetRevision).revision();
    }
}
