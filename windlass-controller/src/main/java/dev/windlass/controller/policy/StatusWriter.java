package dev.windlass.controller.policy;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Writes the {@code status} subresource of policy objects, only when it changes, re-reading the
 * object once when the write meets a newer version.
 */
final class StatusWriter {

    private static final Logger LOG = Logger.getLogger(StatusWriter.class.getName());

    private final KubeCluster cluster;

    StatusWriter(KubeCluster cluster) {
        this.cluster = cluster;
    }

    /** Replaces the status of {@code object} with {@code status(current status)} unless that changes nothing. */
    void write(KubeObject object, UnaryOperator<MapNode> status) {
        KubeObject current = object;
        for (int attempt = 0; attempt < 2; attempt++) {
            MapNode before = current.content().getMap("status").orElse(MapNode.empty());
            MapNode after = status.apply(before);
            if (after.equals(before)) {
                return;
            }
            try {
                cluster.updateStatus(current.withContent(current.content().with("status", after)));
                return;
            } catch (ClusterException e) {
                if (e.reason() != ClusterException.Reason.CONFLICT || attempt > 0) {
                    LOG.warning(() -> "policy: cannot write the status of " + object.kind() + " " + object.name()
                            + ": " + e.getMessage());
                    return;
                }
                Optional<KubeObject> fresh = reread(object);
                if (fresh.isEmpty()) {
                    return;
                }
                current = fresh.get();
            }
        }
    }

    private Optional<KubeObject> reread(KubeObject object) {
        try {
            return cluster.get(object.gvk(), object.namespace(), object.name());
        } catch (ClusterException e) {
            return Optional.empty();
        }
    }
}
