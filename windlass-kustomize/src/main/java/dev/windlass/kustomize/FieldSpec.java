package dev.windlass.kustomize;

import dev.windlass.model.GroupVersionKind;
import java.util.List;
import java.util.Objects;

/**
 * Where a transformer writes, as kustomize's field specs say: a slash-separated path into objects
 * of a group/version/kind (empty parts match anything), and whether missing fields are created.
 * A segment ending in {@code []} steps into every item of a list; lists met on the way are
 * stepped into as well, as kustomize does.
 */
record FieldSpec(String group, String version, String kind, List<String> path, boolean create) {

    FieldSpec {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        path = List.copyOf(path);
    }

    /** A spec for every kind. */
    static FieldSpec any(String path, boolean create) {
        return new FieldSpec("", "", "", List.of(path.split("/")), create);
    }

    /** A spec for objects of {@code kind} (in any group unless {@code group} is non-empty). */
    static FieldSpec of(String group, String version, String kind, String path, boolean create) {
        return new FieldSpec(group, version, kind, List.of(path.split("/")), create);
    }

    boolean selects(GroupVersionKind gvk) {
        return (group.isEmpty() || group.equals(gvk.group()))
                && (version.isEmpty() || version.equals(gvk.version()))
                && (kind.isEmpty() || kind.equals(gvk.kind()));
    }
}
