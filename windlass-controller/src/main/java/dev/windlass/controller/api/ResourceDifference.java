package dev.windlass.controller.api;

import java.util.Objects;

/**
 * One object whose live state differs from what Git renders.
 *
 * @param group     API group, empty for the core group
 * @param kind      kind
 * @param namespace namespace, empty for cluster-scoped objects
 * @param name      name
 * @param liveYaml  the normalised live object, empty when it does not exist
 * @param targetYaml the normalised desired object, empty when Git no longer renders it
 * @param diff      a unified diff from live to target ({@code --- live/NAME}, {@code +++ target/NAME}, hunks),
 *                  without the {@code =====} header line that {@code argocd app diff} prints before it
 */
public record ResourceDifference(String group, String kind, String namespace, String name, String liveYaml,
        String targetYaml, String diff) {

    public ResourceDifference {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(liveYaml, "liveYaml");
        Objects.requireNonNull(targetYaml, "targetYaml");
        Objects.requireNonNull(diff, "diff");
    }
}
