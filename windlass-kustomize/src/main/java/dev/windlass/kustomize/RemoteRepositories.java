package dev.windlass.kustomize;

import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.tree.FieldPath;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The remote Git bases of one build: which references name one, and the repositories fetched for
 * them, each URL, ref and submodule setting once per build (shared with the builds of remote bases).
 */
final class RemoteRepositories {

    private final RemoteBases remoteBases;
    private final Map<String, Snapshot> fetched = new HashMap<>();

    RemoteRepositories(RemoteBases remoteBases) {
        this.remoteBases = remoteBases;
    }

    /**
     * The remote base {@code reference} in {@code k} names, unless {@code isLocalFile} says a local
     * file has that path (kustomize tries files first). Refuses HTTP(S) file URLs, which kustomize
     * downloads and Windlass does not, and URLs that name no repository.
     */
    static Optional<RemoteBase> named(Kustomization k, String reference, FieldPath field, Predicate<String> isLocalFile)
            throws KustomizeFailure {
        if (RemoteBase.isRemoteFile(reference)) {
            throw KustomizeFailure.at(KustomizationReader.UNSUPPORTED, k.file(), field, "remote file '" + reference
                    + "': Windlass does not download single files over HTTP(S) as kustomize does; commit the file into"
                    + " the repository, or name a Git repository directory, e.g. https://github.com/org/repo//dir?ref=v1");
        }
        Optional<RemoteBase> remote = RemoteBase.parse(reference);
        if (remote.isEmpty() && reference.contains("://")) {
            throw KustomizeFailure.at(KustomizeBuild.MISSING, k.file(), field, "'" + reference + "' is not a Git"
                    + " repository URL kustomize understands; give the repository and the directory in it, e.g."
                    + " https://github.com/org/repo//dir?ref=v1, ssh://git@host/org/repo.git//dir or file:///srv/repo//dir");
        }
        return remote.filter(r -> !isLocalFile.test(reference));
    }

    /** The repository {@code base} lives in; a failure names the referring kustomization, the URL and the cause. */
    Snapshot fetch(Kustomization referrer, RemoteBase base, FieldPath field) throws KustomizeFailure {
        String key = base.repoUrl() + "\n" + base.ref() + "\n" + base.submodules();
        Snapshot known = fetched.get(key);
        if (known != null) {
            return known;
        }
        try {
            Snapshot repository = Objects.requireNonNull(remoteBases.fetch(base), "fetched snapshot");
            fetched.put(key, repository);
            return repository;
        } catch (RemoteBases.FetchFailed e) {
            throw KustomizeFailure.at(KustomizeBuild.REMOTE_UNAVAILABLE, referrer.file(), field, "cannot fetch remote"
                    + " base '" + base.reference() + "' (repository " + base.repoUrl()
                    + (base.ref().isEmpty() ? ", default branch" : ", ref " + base.ref()) + "): " + e.getMessage());
        }
    }

    /** A repository's revision for messages: {@code commit 0123456789ab} for a commit id. */
    static String shortRevision(Snapshot repository) {
        String revision = repository.revision();
        return revision.matches("[0-9a-f]{40}") ? "commit " + revision.substring(0, 12) : revision;
    }
}
