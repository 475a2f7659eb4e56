package dev.windlass.controller.app;

import dev.windlass.render.jsonnet.JsonnetVariable;
import dev.windlass.render.kustomize.KustomizeOverrides;
import java.util.List;
import java.util.Objects;

/**
 * An Application's {@code spec.source} for a Git source: a directory of manifests or a Kustomize
 * overlay.
 *
 * @param repoURL        the repository URL
 * @param targetRevision branch, tag, {@code HEAD}, commit SHA or semver constraint; {@code HEAD} when unset
 * @param path           the directory inside the repository, {@code ""} for its root
 * @param type           the source type the spec names, or {@link Type#DETECT} to go by the files
 * @param directory      the {@code directory} options
 * @param kustomize      the {@code kustomize} overrides
 */
public record ApplicationSource(String repoURL, String targetRevision, String path, Type type, Directory directory,
        KustomizeOverrides kustomize) {

    /**
     * How the source is rendered, as Argo CD decides it: by the options block the spec has
     * ({@code directory} or {@code kustomize}), or without one by the files at the path (a
     * kustomization file makes it Kustomize).
     */
    public enum Type { DETECT, DIRECTORY, KUSTOMIZE }

    public ApplicationSource {
        Objects.requireNonNull(repoURL, "repoURL");
        Objects.requireNonNull(targetRevision, "targetRevision");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(kustomize, "kustomize");
    }

    /** A source without a type of its own: rendered by what the path holds, with these directory options. */
    public ApplicationSource(String repoURL, String targetRevision, String path, Directory directory) {
        this(repoURL, targetRevision, path, Type.DETECT, directory, KustomizeOverrides.NONE);
    }

    /** The source with another target revision, e.g. for a rollback or a manual sync to a SHA. */
    public ApplicationSource withTargetRevision(String revision) {
        return new ApplicationSource(repoURL, revision, path, type, directory, kustomize);
    }

    /** The source with other directory options and Kustomize overrides (the build environment substituted). */
    public ApplicationSource withOptions(Directory newDirectory, KustomizeOverrides newKustomize) {
        return new ApplicationSource(repoURL, targetRevision, path, type, newDirectory, newKustomize);
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
