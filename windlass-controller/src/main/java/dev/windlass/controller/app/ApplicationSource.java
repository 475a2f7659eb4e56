package dev.windlass.controller.app;

import dev.windlass.render.jsonnet.JsonnetVariable;
import dev.windlass.render.kustomize.KustomizeOverrides;
import java.util.List;
import java.util.Objects;

/**
 * An Application's {@code spec.source}: a Git source (a directory of manifests, a Kustomize overlay
 * or a Helm chart directory), or a chart in a Helm repository ({@code chart} set).
 *
 * @param repoURL        the Git repository URL, or the Helm repository URL of a {@code chart} source
 * @param targetRevision branch, tag, {@code HEAD}, commit SHA or semver constraint; {@code HEAD} when unset.
 *                       For a {@code chart} source: the chart version or a semver constraint
 * @param path           the directory inside the repository, {@code ""} for its root (unused for a {@code chart} source)
 * @param type           the source type the spec names, or {@link Type#DETECT} to go by the files
 * @param directory      the {@code directory} options
 * @param kustomize      the {@code kustomize} overrides
 * @param helm           the {@code helm} options
 * @param chart          the chart's name in the Helm repository; {@code ""} for a Git source
 */
public record ApplicationSource(String repoURL, String targetRevision, String path, Type type, Directory directory,
        KustomizeOverrides kustomize, ApplicationSourceHelm helm, String chart) {

    /**
     * How the source is rendered, as Argo CD decides it: by the options block the spec has
     * ({@code directory}, {@code kustomize} or {@code helm}), or without one by the files at the
     * path (a kustomization file makes it Kustomize, a {@code Chart.yaml} Helm). A {@code chart}
     * source is always Helm.
     */
    public enum Type { DETECT, DIRECTORY, KUSTOMIZE, HELM }

    public ApplicationSource {
        Objects.requireNonNull(repoURL, "repoURL");
        Objects.requireNonNull(targetRevision, "targetRevision");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(kustomize, "kustomize");
        Objects.requireNonNull(helm, "helm");
        Objects.requireNonNull(chart, "chart");
    }

    /** A Git source of {@code type} with directory options and Kustomize overrides, and no Helm options. */
    public ApplicationSource(String repoURL, String targetRevision, String path, Type type, Directory directory,
            KustomizeOverrides kustomize) {
        this(repoURL, targetRevision, path, type, directory, kustomize, ApplicationSourceHelm.NONE, "");
    }

    /** A source without a type of its own: rendered by what the path holds, with these directory options. */
    public ApplicationSource(String repoURL, String targetRevision, String path, Directory directory) {
        this(repoURL, targetRevision, path, Type.DETECT, directory, KustomizeOverrides.NONE);
    }

    /** Whether this source is a chart in a Helm repository (Argo CD's {@code IsHelm}: {@code chart} is set). */
    public boolean isChart() {
        return !chart.isEmpty();
    }

    /** The source with another target revision, e.g. for a rollback or a manual sync to a SHA or chart version. */
    public ApplicationSource withTargetRevision(String revision) {
        return new ApplicationSource(repoURL, revision, path, type, directory, kustomize, helm, chart);
    }

    /** The source with other directory options and Kustomize overrides (the build environment substituted). */
    public ApplicationSource withOptions(Directory newDirectory, KustomizeOverrides newKustomize) {
        return new ApplicationSource(repoURL, targetRevision, path, type, newDirectory, newKustomize, helm, chart);
    }

    /** The source with other Helm options (the build environment substituted). */
    public ApplicationSource withHelm(ApplicationSourceHelm newHelm) {
        return new ApplicationSource(repoURL, targetRevision, path, type, directory, kustomize, newHelm, chart);
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
