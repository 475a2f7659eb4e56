package dev.windlass.kustomize;

import java.util.Objects;

/**
 * How {@link Kustomizer#build} runs: the options of {@code kustomize build} this engine supports.
 *
 * @param loadRestrictor which files kustomizations may read
 * @param legacyOrder    whether output is sorted in kustomize's legacy kind order when the top
 *                       kustomization has no {@code sortOptions} ({@code kustomize build} does;
 *                       kustomize's own krusty test harness keeps accumulation order)
 * @param displayPrefix  put before snapshot paths in messages, e.g. {@code /} when the snapshot is
 *                       the file system from its root, so messages show absolute paths
 * @param remoteBases   where remote bases ({@code github.com/org/repo//app?ref=v1}) are fetched
 *                      from; {@link RemoteBases#NONE} refuses them
 * @param helm          what inflates {@code helmCharts} ({@code --enable-helm}); {@link HelmInflator#DISABLED} refuses them
 */
public record KustomizeOptions(LoadRestrictor loadRestrictor, boolean legacyOrder, String displayPrefix,
        RemoteBases remoteBases, HelmInflator helm) {

    public KustomizeOptions {
        Objects.requireNonNull(loadRestrictor, "loadRestrictor");
        Objects.requireNonNull(displayPrefix, "displayPrefix");
        Objects.requireNonNull(remoteBases, "remoteBases");
        Objects.requireNonNull(helm, "helm");
    }

    /** Options with remote bases and without Helm. */
    public KustomizeOptions(LoadRestrictor loadRestrictor, boolean legacyOrder, String displayPrefix,
            RemoteBases remoteBases) {
        this(loadRestrictor, legacyOrder, displayPrefix, remoteBases, HelmInflator.DISABLED);
    }

    /** Options that refuse remote bases. */
    public KustomizeOptions(LoadRestrictor loadRestrictor, boolean legacyOrder, String displayPrefix) {
        this(loadRestrictor, legacyOrder, displayPrefix, RemoteBases.NONE);
    }

    /** {@code kustomize build}'s defaults: {@link LoadRestrictor#ROOT_ONLY}, legacy order. */
    public static KustomizeOptions defaults() {
        return new KustomizeOptions(LoadRestrictor.ROOT_ONLY, true, "");
    }

    public KustomizeOptions withLoadRestrictor(LoadRestrictor restrictor) {
        return new KustomizeOptions(restrictor, legacyOrder, displayPrefix, remoteBases, helm);
    }

    /** These options with the output kept in accumulation order unless sortOptions say otherwise. */
    public KustomizeOptions withAccumulationOrder() {
        return new KustomizeOptions(loadRestrictor, false, displayPrefix, remoteBases, helm);
    }

    /** These options with {@code prefix} put before snapshot paths in messages. */
    public KustomizeOptions withDisplayPrefix(String prefix) {
        return new KustomizeOptions(loadRestrictor, legacyOrder, prefix, remoteBases, helm);
    }

    /** These options with remote bases fetched through {@code bases}. */
    public KustomizeOptions withRemoteBases(RemoteBases bases) {
        return new KustomizeOptions(loadRestrictor, legacyOrder, displayPrefix, bases, helm);
    }

    /** These options with {@code helmCharts} inflated by {@code inflator} ({@code kustomize build --enable-helm}). */
    public KustomizeOptions withHelm(HelmInflator inflator) {
        return new KustomizeOptions(loadRestrictor, legacyOrder, displayPrefix, remoteBases, inflator);
    }

    /** {@code path} (a snapshot path) as messages show it; the root is {@code .} without a prefix. */
    String display(String path) {
        if (path.contains("//")) {
            return path; // already shown as a remote base's file: repository URL, //, path
        }
        if (displayPrefix.isEmpty()) {
            return path.isEmpty() ? "." : path;
        }
        return displayPrefix.endsWith("/") || path.isEmpty() ? displayPrefix + path : displayPrefix + "/" + path;
    }
}
