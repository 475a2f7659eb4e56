package dev.windlass.kustomize;

import java.util.Objects;

/**
 * How {@link Kustomizer#build} runs: the options of {@code kustomize build} this engine supports.
 *
 * @param loadRestrictor which files kustomizations may read
 * @param legacyOrder    whether output is sorted in kustomize's legacy kind order when the top
 *                       kustomization has no {@code sortOptions} ({@code kustomize build} does;
 *                       kustomize's own krusty test harness keeps accumulation order)
 */
public record KustomizeOptions(LoadRestrictor loadRestrictor, boolean legacyOrder) {

    public KustomizeOptions {
        Objects.requireNonNull(loadRestrictor, "loadRestrictor");
    }

    /** {@code kustomize build}'s defaults: {@link LoadRestrictor#ROOT_ONLY}, legacy order. */
    public static KustomizeOptions defaults() {
        return new KustomizeOptions(LoadRestrictor.ROOT_ONLY, true);
    }

    public KustomizeOptions withLoadRestrictor(LoadRestrictor restrictor) {
        return new KustomizeOptions(restrictor, legacyOrder);
    }

    /** These options with the output kept in accumulation order unless sortOptions say otherwise. */
    public KustomizeOptions withAccumulationOrder() {
        return new KustomizeOptions(loadRestrictor, false);
    }
}
