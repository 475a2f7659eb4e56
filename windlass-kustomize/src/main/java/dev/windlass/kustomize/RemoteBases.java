package dev.windlass.kustomize;

import dev.windlass.model.snapshot.Snapshot;

/**
 * Where remote bases come from: the port through which a build gets the files of a Git
 * repository that a kustomization names by URL ({@code resources: [github.com/org/repo//app?ref=v1]}).
 * The engine does no I/O itself; the caller passes an implementation in {@link KustomizeOptions}
 * (Windlass's is backed by its Git cache). {@link #NONE}, the default, refuses every remote base.
 */
@FunctionalInterface
public interface RemoteBases {

    /** Fetches nothing: every remote base fails with a message saying how to enable fetching. */
    RemoteBases NONE = base -> {
        throw new FetchFailed("fetching remote bases is not enabled for this build; vendor the base into the"
                + " repository, or build where remote bases are fetched (windlass kustomize build, the controller)");
    };

    /**
     * The files of {@code base}'s repository ({@link RemoteBase#repoUrl()}) at {@link RemoteBase#ref()}
     * (the default branch when empty), the whole repository from its root: the build reads
     * {@link RemoteBase#path()} inside it. Called once per distinct repository and ref in a build.
     *
     * @throws FetchFailed when the repository or the ref cannot be fetched; the message says why
     */
    Snapshot fetch(RemoteBase base) throws FetchFailed;

    /** A remote base could not be fetched; the message names the cause (the build adds the URL). */
    final class FetchFailed extends Exception {

        private static final long serialVersionUID = 1L;

        public FetchFailed(String message) {
            super(message);
        }

        public FetchFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
