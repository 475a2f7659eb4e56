package dev.windlass.model;

import java.util.Objects;

/** A group and kind without a version, the unit most Argo CD and Kustomize rules are keyed by. */
public record GroupKind(String group, String kind) {

    public GroupKind {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
    }

    /** {@code Kind.group}, or just {@code Kind} for the core group (kubectl's resource form). */
    @Override
    public String toString() {
        return group.isEmpty() ? kind : kind + "." + group;
    }
}
