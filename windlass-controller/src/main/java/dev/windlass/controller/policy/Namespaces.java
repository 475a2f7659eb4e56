package dev.windlass.controller.policy;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.model.KubeObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Namespace objects reviews need for {@code namespaceSelector}: one of the sync's own objects
 * when the sync creates it, otherwise the live one, each read at most once per review.
 */
final class Namespaces {

    private final PolicyController controller;
    private final Map<String, Optional<KubeObject>> known = new HashMap<>();

    Namespaces(PolicyController controller, List<KubeObject> targets) {
        this.controller = controller;
        for (KubeObject target : targets) {
            if (target.kind().equals("Namespace") && target.gvk().group().isEmpty()) {
                known.put(target.name(), Optional.of(target));
            }
        }
    }

    /** The Namespace of {@code object}, or null for cluster-scoped objects and namespaces that do not exist. */
    KubeObject of(KubeObject object) {
        String name = object.namespace();
        if (name.isEmpty()) {
            return null;
        }
        return known.computeIfAbsent(name, this::read).orElse(null);
    }

    private Optional<KubeObject> read(String name) {
        try {
            return controller.namespace(name);
        } catch (ClusterException e) {
            return Optional.empty();
        }
    }
}
