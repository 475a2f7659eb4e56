package dev.windlass.engine.sync;

import java.util.Map;

/**
 * Argo CD's {@code spec.syncPolicy.managedNamespaceMetadata}: labels and annotations set on the
 * destination namespace that {@code CreateNamespace=true} creates. When present, Argo CD applies
 * the namespace on every sync (with server-side apply), not only when it is missing.
 */
public record ManagedNamespaceMetadata(Map<String, String> labels, Map<String, String> annotations) {

    public ManagedNamespaceMetadata {
        labels = Map.copyOf(labels == null ? Map.of() : labels);
        annotations = Map.copyOf(annotations == null ? Map.of() : annotations);
    }
}
