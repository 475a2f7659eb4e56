package dev.windlass.pipelines.triggers;

import java.util.List;
import java.util.Map;

/**
 * An {@code EventListener} ({@code triggers.tekton.dev/v1beta1}): its inline triggers and references,
 * and the labels ({@code spec.labelSelector.matchLabels}) and namespaces
 * ({@code spec.namespaceSelector.matchNames}) that select further Trigger objects.
 * {@code payloadValidation} is false when annotated {@code tekton.dev/payload-validation: "false"}.
 */
public record EventListener(String name, String namespace, String uid, List<Trigger> triggers,
                            Map<String, String> matchLabels, List<String> namespaces, boolean selects,
                            boolean payloadValidation) {

    public EventListener {
        triggers = List.copyOf(triggers);
        matchLabels = Map.copyOf(matchLabels);
        namespaces = List.copyOf(namespaces);
    }

    /** {@code namespace/name}. */
    public String id() {
        return namespace + "/" + name;
    }
}
