package dev.windlass.sandbox.defaults;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;

/**
 * The metadata of an embedded object (a pod template, a job template, a volume claim template) as
 * kube-apiserver 1.31 serializes it: Go always writes the {@code creationTimestamp} of an
 * {@code ObjectMeta}, so an embedded object the client sent without one comes back with
 * {@code creationTimestamp: null}.
 */
final class TemplateMetadata {

    private TemplateMetadata() {
    }

    static MapNode unset(MapNode metadata) {
        return metadata.containsKey("creationTimestamp") ? metadata : metadata.with("creationTimestamp", Node.nullNode());
    }
}
