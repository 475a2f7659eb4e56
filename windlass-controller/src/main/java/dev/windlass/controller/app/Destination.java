package dev.windlass.controller.app;

import java.util.Objects;

/**
 * An Application's {@code spec.destination}: the cluster by {@code server} URL or by {@code name},
 * and the default namespace for namespaced objects that do not set one.
 */
public record Destination(String server, String name, String namespace) {

    /** The URL Argo CD uses for the cluster it runs in. */
    public static final String IN_CLUSTER_SERVER = "https://kubernetes.default.svc";

    /** The name Argo CD gives the cluster it runs in. */
    public static final String IN_CLUSTER_NAME = "in-cluster";

    public Destination {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(namespace, "namespace");
    }

    /** True when the destination is the cluster Windlass runs against. */
    public boolean inCluster() {
        return IN_CLUSTER_SERVER.equals(server) || (server.isEmpty() && IN_CLUSTER_NAME.equals(name));
    }
}
