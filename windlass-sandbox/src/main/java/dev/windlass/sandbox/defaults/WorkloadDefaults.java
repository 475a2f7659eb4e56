package dev.windlass.sandbox.defaults;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;

/**
 * The defaults of the pod-running kinds of the core and apps groups: Pod, PodTemplate,
 * ReplicationController, Deployment, ReplicaSet, StatefulSet and DaemonSet. Each applies its own
 * spec defaults and then {@link PodSpecDefaults} to its pod template.
 */
final class WorkloadDefaults {

    private static final String ROLLING_UPDATE = "RollingUpdate";
    private static final String QUARTER = "25%";
    private static final long HISTORY = 10;

    private WorkloadDefaults() {
    }

    /** The pod spec's defaults; a new pod also starts {@code Pending}, as the pod storage strategy sets it. */
    static MapNode pod(MapNode pod, boolean create) {
        MapNode defaulted = Fill.struct(pod, "spec", PodSpecDefaults::podSpec);
        if (!create || defaulted.getMap("status").flatMap(s -> s.getText("phase")).isPresent()) {
            return defaulted;
        }
        MapNode status = defaulted.getMap("status").orElse(MapNode.empty());
        return defaulted.with("status", status.with("phase", dev.windlass.model.tree.Node.of("Pending")));
    }

    static MapNode podTemplate(MapNode podTemplate) {
        return Fill.struct(podTemplate, "template", PodSpecDefaults::template);
    }

    /** Replicas 1; selector and object labels copied from the template's labels when empty. */
    static MapNode replicationController(MapNode controller) {
        MapNode spec = controller.getMap("spec").orElse(MapNode.empty());
        MapNode labels = spec.getMap("template").flatMap(t -> t.getMap("metadata")).flatMap(m -> m.getMap("labels"))
                .filter(l -> !l.isEmpty()).orElse(null);
        MapNode result = controller;
        if (labels != null) {
            MapNode metadata = result.getMap("metadata").orElse(MapNode.empty());
            if (metadata.getMap("labels").filter(l -> !l.isEmpty()).isEmpty()) {
                result = result.with("metadata", metadata.with("labels", labels));
            }
        }
        return Fill.struct(result, "spec", s -> {
            MapNode filled = Fill.absent(s, "replicas", 1);
            if (labels != null && filled.getMap("selector").filter(l -> !l.isEmpty()).isEmpty()) {
                filled = filled.with("selector", labels);
            }
            return Fill.child(filled, "template", PodSpecDefaults::template);
        });
    }

    static MapNode replicaSet(MapNode replicaSet) {
        return Fill.struct(replicaSet, "spec",
                spec -> Fill.struct(Fill.absent(spec, "replicas", 1), "template", PodSpecDefaults::template));
    }

    /** Replicas 1, RollingUpdate 25%/25%, ten revisions kept, a 600 second progress deadline. */
    static MapNode deployment(MapNode deployment) {
        return Fill.struct(deployment, "spec", spec -> {
            MapNode result = Fill.absent(spec, "replicas", 1);
            result = Fill.struct(result, "template", PodSpecDefaults::template);
            result = Fill.struct(result, "strategy", strategy -> {
                MapNode typed = Fill.zero(strategy, "type", ROLLING_UPDATE);
                return !Fill.text(typed, "type").equals(ROLLING_UPDATE) ? typed : Fill.struct(typed, "rollingUpdate",
                        rolling -> Fill.absent(Fill.absent(rolling, "maxUnavailable", QUARTER), "maxSurge", QUARTER));
            });
            result = Fill.absent(result, "revisionHistoryLimit", HISTORY);
            return Fill.absent(result, "progressDeadlineSeconds", 600);
        });
    }

    /** RollingUpdate with one pod unavailable and none surging, ten revisions kept. */
    static MapNode daemonSet(MapNode daemonSet) {
        return Fill.struct(daemonSet, "spec", spec -> {
            MapNode result = Fill.struct(spec, "template", PodSpecDefaults::template);
            result = Fill.struct(result, "updateStrategy", strategy -> {
                MapNode typed = Fill.zero(strategy, "type", ROLLING_UPDATE);
                return !Fill.text(typed, "type").equals(ROLLING_UPDATE) ? typed : Fill.struct(typed, "rollingUpdate",
                        rolling -> Fill.absent(Fill.absent(rolling, "maxUnavailable", 1), "maxSurge", 0));
            });
            return Fill.absent(result, "revisionHistoryLimit", HISTORY);
        });
    }

    /**
     * Replicas 1, OrderedReady, RollingUpdate (partition 0 only when the server chose the strategy or
     * the client gave {@code rollingUpdate}), ten revisions, claims retained, and the volume claim
     * templates' defaults including {@code status.phase: Pending}.
     */
    static MapNode statefulSet(MapNode statefulSet) {
        return Fill.struct(statefulSet, "spec", spec -> {
            MapNode result = Fill.absent(spec, "replicas", 1);
            result = Fill.struct(result, "template", PodSpecDefaults::template);
            result = Fill.eachItem(result, "volumeClaimTemplates", WorkloadDefaults::claimTemplate);
            result = Fill.zero(result, "podManagementPolicy", "OrderedReady");
            result = Fill.struct(result, "updateStrategy", WorkloadDefaults::statefulUpdate);
            result = Fill.absent(result, "revisionHistoryLimit", HISTORY);
            return Fill.struct(result, "persistentVolumeClaimRetentionPolicy",
                    policy -> Fill.zero(Fill.zero(policy, "whenDeleted", "Retain"), "whenScaled", "Retain"));
        });
    }

    private static MapNode statefulUpdate(MapNode strategy) {
        MapNode result = strategy;
        if (Fill.isZero(result, "type")) {
            result = Fill.absent(result.with("type", Node.of(ROLLING_UPDATE)), "rollingUpdate", MapNode.empty());
        }
        if (Fill.text(result, "type").equals(ROLLING_UPDATE)) {
            result = Fill.child(result, "rollingUpdate", rolling -> Fill.absent(rolling, "partition", 0));
        }
        return result;
    }

    private static MapNode claimTemplate(MapNode claim) {
        MapNode result = Fill.struct(claim, "metadata", TemplateMetadata::unset);
        result = Fill.struct(result, "spec", VolumeDefaults::claimSpec);
        return Fill.struct(result, "status", status -> Fill.zero(status, "phase", "Pending"));
    }
}
