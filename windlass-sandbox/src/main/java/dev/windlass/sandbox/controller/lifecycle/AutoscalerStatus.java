package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One reconcile of kube-controller-manager's horizontal-pod-autoscaler controller, with every
 * metric reading exactly its target: the replica count it would compute is the current one. So the
 * target keeps its replicas unless they lie outside {@code [minReplicas, maxReplicas]}, where the
 * real controller rescales without reading metrics. Conditions, reasons and messages are the real
 * controller's; a condition keeps its {@code lastTransitionTime} while its status holds.
 */
final class AutoscalerStatus {

    static final String ABLE_TO_SCALE = "AbleToScale";
    static final String SCALING_ACTIVE = "ScalingActive";
    static final String SCALING_LIMITED = "ScalingLimited";

    private AutoscalerStatus() {
    }

    /**
     * What one reconcile decides.
     *
     * @param status        the HPA's new status
     * @param rescaleTo     the replica count to write to the target's scale, if any
     * @param rescaleReason why, in the words of the real controller's {@code SuccessfulRescale} event
     * @param scaleError    the error reading the target's scale, for the {@code FailedGetScale} event, or null
     */
    record Decision(MapNode status, OptionalLong rescaleTo, String rescaleReason, String scaleError) {
    }

    /**
     * Whether {@code spec}'s replica bounds are ones kube-apiserver accepts ({@code maxReplicas} at
     * least 1 and not below {@code minReplicas}); the sandbox does not validate HPAs, and the
     * controller leaves others alone rather than scale a target to nothing.
     */
    static boolean boundsValid(MapNode spec) {
        long min = spec.get("minReplicas").map(AutoscalerStatus::number).orElse(1L);
        long max = spec.get("maxReplicas").map(AutoscalerStatus::number).orElse(0L);
        return max >= 1 && min >= 0 && min <= max;
    }

    static Decision decide(MapNode hpa, ScaleTargets.Lookup lookup, String now) {
        MapNode spec = hpa.getMap("spec").orElse(MapNode.empty());
        MapNode old = hpa.getMap("status").orElse(MapNode.empty());
        ConditionList conditions = new ConditionList(old, now);
        if (lookup instanceof ScaleTargets.Failed failed) {
            conditions.set(ABLE_TO_SCALE, false, "FailedGetScale",
                    "the HPA controller was unable to get the target's current scale: " + failed.error());
            return new Decision(keepCounts(old, count(old, "currentReplicas"), conditions), OptionalLong.empty(), null,
                    failed.error());
        }
        ScaleTargets.Found found = (ScaleTargets.Found) lookup;
        conditions.set(ABLE_TO_SCALE, true, "SucceededGetScale", "the HPA controller was able to get the target's current scale");
        long current = found.replicas();
        long min = spec.get("minReplicas").map(AutoscalerStatus::number).orElse(1L);
        long max = spec.get("maxReplicas").map(AutoscalerStatus::number).orElse(0L);
        if (current == 0 && min != 0) {
            conditions.set(SCALING_ACTIVE, false, "ScalingDisabled", "scaling is disabled since the replica count of the target is zero");
            return unchanged(status(current, 0, old.get("lastScaleTime"), conditions));
        }
        if (current > max || current < min) {
            long desired = current > max ? max : min;
            conditions.set(ABLE_TO_SCALE, true, "SucceededRescale", "the HPA controller was able to update the target scale to "
                    + desired);
            String reason = current > max ? "Current number of replicas above Spec.MaxReplicas"
                    : "Current number of replicas below Spec.MinReplicas";
            return new Decision(status(current, desired, Optional.of(Node.of(now)), conditions), OptionalLong.of(desired),
                    reason, null);
        }
        if (!found.hasSelector()) {
            conditions.set(SCALING_ACTIVE, false, "InvalidSelector", "the HPA target's scale is missing a selector");
            return unchanged(keepCounts(old, current, conditions));
        }
        Optional<String> unknownType = MetricNames.unknownType(spec);
        if (unknownType.isPresent()) {
            conditions.set(SCALING_ACTIVE, false, "InvalidMetricSourceType",
                    "the HPA was unable to compute the replica count: unknown metric source type \"" + unknownType.get() + "\"");
            return unchanged(keepCounts(old, current, conditions));
        }
        conditions.set(SCALING_ACTIVE, true, "ValidMetricFound",
                "the HPA was able to successfully calculate a replica count from " + MetricNames.first(spec));
        conditions.set(ABLE_TO_SCALE, true, "ReadyForNewScale", "recommended size matches current size");
        conditions.set(SCALING_LIMITED, false, "DesiredWithinRange", "the desired count is within the acceptable range");
        return unchanged(status(current, current, old.get("lastScaleTime"), conditions));
    }

    private static Decision unchanged(MapNode status) {
        return new Decision(status, OptionalLong.empty(), null, null);
    }

    /** The status with {@code currentReplicas} set and desired count, scale time and metrics as they were. */
    private static MapNode keepCounts(MapNode old, long current, ConditionList conditions) {
        MapNode status = status(current, count(old, "desiredReplicas"), old.get("lastScaleTime"), conditions);
        return old.get("currentMetrics").map(m -> status.with("currentMetrics", m)).orElse(status);
    }

    /** A status as the controller's Go struct serializes it: zero current replicas and empty lists left out. */
    private static MapNode status(long current, long desired, Optional<Node> lastScaleTime, ConditionList conditions) {
        MapNode.Builder status = MapNode.builder();
        lastScaleTime.ifPresent(t -> status.put("lastScaleTime", t));
        if (current != 0) {
            status.put("currentReplicas", Node.of(current));
        }
        status.put("desiredReplicas", Node.of(desired));
        if (!conditions.items.isEmpty()) {
            status.put("conditions", ListNode.of(conditions.items.toArray(Node[]::new)));
        }
        return status.build();
    }

    private static long count(MapNode status, String field) {
        return status.get(field).map(AutoscalerStatus::number).orElse(0L);
    }

    private static long number(Node node) {
        return node instanceof IntNode i ? i.value() : 0L;
    }

    /** The status conditions being rewritten: new types appended, existing ones updated in place. */
    private static final class ConditionList {

        private final List<MapNode> items = new ArrayList<>();
        private final String now;

        ConditionList(MapNode status, String now) {
            status.getList("conditions").ifPresent(l -> l.items().forEach(n -> n.asMap().ifPresent(items::add)));
            this.now = now;
        }

        void set(String type, boolean status, String reason, String message) {
            String value = status ? "True" : "False";
            for (int i = 0; i < items.size(); i++) {
                MapNode existing = items.get(i);
                if (existing.getText("type").filter(type::equals).isPresent()) {
                    boolean held = existing.getText("status").filter(value::equals).isPresent();
                    Node since = held ? existing.get("lastTransitionTime").orElse(Node.of(now)) : Node.of(now);
                    items.set(i, condition(type, value, since, reason, message));
                    return;
                }
            }
            items.add(condition(type, value, Node.of(now), reason, message));
        }

        private static MapNode condition(String type, String status, Node since, String reason, String message) {
            return MapNode.builder().put("type", Node.of(type)).put("status", Node.of(status))
                    .put("lastTransitionTime", since).put("reason", Node.of(reason)).put("message", Node.of(message))
                    .build();
        }
    }
}
