package dev.windlass.controller.app;

import dev.windlass.render.jsonnet.JsonnetVariable;
import java.util.List;
import java.util.Objects;

/**
 * An Application's {@code spec.source} for a Git directory source.
 *
 * @param repoURL        the repository URL
 * @param targetRevision branch, tag, {@code HEAD}, commit SHA or semver constraint; {@code HEAD} when unset
 * @param path           the directory inside the repository, {@code ""} for its root
 * @param directory      the {@code directory} options
 */
public record ApplicationSource(String repoURL, String targetRevision, String path, Directory directory) {

    public ApplicationSource {
        Objects.requireNonNull(repoURL, "repoURL");
        Objects.requireNonNull(targetRevision, "targetRevision");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(directory, "directory");
    }

    /** The source with another target revision, e.g. for a rollback or a manual sync to a SHA. */
    public ApplicationSource withTargetRevision(String revision) {
        return new ApplicationSource(repoURL, revision, path, directory);
    }

    /**
     * {@code spec.source.directory}.
     *
     * @param recurse whether subdirectories are read
     * @param include a glob (or {@code {a,b}} list) of files to read; empty for all
     * @param exclude a glob of files to skip; empty for none
     * @param jsonnet the {@code jsonnet} options
     */
    public record Directory(boolean recurse, String include, String exclude, Jsonnet jsonnet) {

        /** The defaults: no recursion, no filters, no Jsonnet options. */
        public static final Directory DEFAULT = new Directory(false, "", "", Jsonnet.NONE);

        public Directory {
            Objects.requireNonNull(include, "include");
            Objects.requireNonNull(exclude, "exclude");
            Objects.requireNonNull(jsonnet, "jsonnet");
        }
    }

    /** {@code spec.source.directory.jsonnet}: library paths (from the repository root), external variables and TLAs. */
    public record Jsonnet(List<String> libs, List<JsonnetVariable> extVars, List<JsonnetVariable> tlas) {

        /** No options. */
        public static final Jsonnet NONE = new Jsonnet(List.of(), List.of(), List.of());

        public Jsonnet {
            libs = List.copyOf(libs);
            extVars = List.copyOf(extVars);
            tlas = List.copyOf(tlas);
        }
    }
}
