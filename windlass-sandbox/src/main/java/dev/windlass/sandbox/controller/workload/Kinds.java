package dev.windlass.sandbox.controller.workload;

import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectKey;
import java.util.Optional;

/** The resources the workload controllers read and write, looked up in the sandbox's registry. */
enum Kinds {
    DEPLOYMENT("apps", "Deployment", "deployments"),
    REPLICA_SET("apps", "ReplicaSet", "replicasets"),
    STATEFUL_SET("apps", "StatefulSet", "statefulsets"),
    DAEMON_SET("apps", "DaemonSet", "daemonsets"),
    JOB("batch", "Job", "jobs"),
    POD("", "Pod", "pods"),
    PERSISTENT_VOLUME_CLAIM("", "PersistentVolumeClaim", "persistentvolumeclaims"),
    NODE("", "Node", "nodes");

    private final String group;
    private final String kind;
    private final String plural;

    Kinds(String group, String kind, String plural) {
        this.group = group;
        this.kind = kind;
        this.plural = plural;
    }

    String kind() {
        return kind;
    }

    /** {@code apps/v1}, {@code v1}: the version ownerReferences and created objects use. */
    String apiVersion() {
        return group.isEmpty() ? "v1" : group + "/v1";
    }

    /** Whether a store key is an object of this resource. */
    boolean is(ObjectKey key) {
        return key.group().equals(group) && key.resource().equals(plural);
    }

    ObjectKey key(String namespace, String name) {
        return new ObjectKey(group, plural, this == NODE ? "" : namespace, name);
    }

    Optional<ApiResource> find(ObjectService api) {
        return api.registry().find(group, "v1", plural);
    }

    /** The served resource; an error naming it when the sandbox does not serve it. */
    ApiResource in(ObjectService api) {
        return find(api).orElseThrow(() -> new IllegalStateException(
                "the sandbox serves no " + plural + "." + group + "/v1; register it in the ResourceRegistry"));
    }
}
