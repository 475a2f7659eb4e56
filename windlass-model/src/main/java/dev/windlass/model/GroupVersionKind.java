package dev.windlass.model;

import java.util.Objects;

/**
 * A Kubernetes group, version and kind. The core group is the empty string, so {@code v1/Pod}
 * has group {@code ""} and {@code apps/v1/Deployment} has group {@code apps}.
 */
public record GroupVersionKind(String group, String version, String kind) {

    public GroupVersionKind {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
    }

    /** Splits an {@code apiVersion} such as {@code apps/v1} or {@code v1}. */
    public static GroupVersionKind of(String apiVersion, String kind) {
        int slash = apiVersion.lastIndexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
        return new GroupVersionKind(group, version, kind);
    }

    /** The {@code apiVersion} field value: {@code group/version}, or just {@code version} for the core group. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    public GroupKind groupKind() {
        return new GroupKind(group, kind);
    }

    @Override
    public String toString() {
        return apiVersion() + ", Kind=" + kind;
    }
}
