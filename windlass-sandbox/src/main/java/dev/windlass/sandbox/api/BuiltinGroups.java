package dev.windlass.sandbox.api;

import java.util.Set;

/** The API groups of Kubernetes itself, as opposed to those of custom resources. */
final class BuiltinGroups {

    private static final Set<String> PLAIN = Set.of("", "apps", "batch", "autoscaling", "policy");

    private BuiltinGroups() {
    }

    static boolean isBuiltin(String group) {
        return PLAIN.contains(group) || group.endsWith(".k8s.io") && !group.endsWith(".x-k8s.io");
    }
}
