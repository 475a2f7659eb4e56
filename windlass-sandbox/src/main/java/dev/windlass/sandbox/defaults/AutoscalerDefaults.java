package dev.windlass.sandbox.defaults;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;

/**
 * The defaults of a HorizontalPodAutoscaler. At {@code autoscaling/v2}: {@code minReplicas: 1},
 * an 80% CPU utilization target when no metrics are given, and when {@code behavior} is given,
 * every unset part of its scale-up and scale-down rules (scale up: no stabilization window, the
 * larger of 4 pods or 100% per 15 seconds; scale down: 100% per 15 seconds, the window left to the
 * controller). At {@code autoscaling/v1} only {@code minReplicas: 1}, since the sandbox stores v1
 * objects unconverted.
 */
final class AutoscalerDefaults {

    private static final long CPU_UTILIZATION = 80;
    private static final long PERIOD = 15;

    private AutoscalerDefaults() {
    }

    static MapNode autoscaler(MapNode autoscaler, String version) {
        if (!version.equals("v2")) {
            return Fill.struct(autoscaler, "spec", spec -> Fill.absent(spec, "minReplicas", 1));
        }
        return Fill.struct(autoscaler, "spec", spec -> {
            MapNode result = Fill.absent(spec, "minReplicas", 1);
            if (Fill.isZero(result, "metrics")) {
                result = result.with("metrics", ListNode.of(MapNode.of("type", "Resource", "resource", MapNode.of(
                        "name", "cpu",
                        "target", MapNode.of("type", "Utilization", "averageUtilization", CPU_UTILIZATION)))));
            }
            return Fill.child(result, "behavior", behavior -> Fill.struct(
                    Fill.struct(behavior, "scaleUp", AutoscalerDefaults::scaleUp), "scaleDown", AutoscalerDefaults::scaleDown));
        });
    }

    private static MapNode scaleUp(MapNode rules) {
        MapNode result = Fill.absent(rules, "stabilizationWindowSeconds", 0);
        result = Fill.absent(result, "selectPolicy", "Max");
        return Fill.absent(result, "policies", ListNode.of(policy("Pods", 4), policy("Percent", 100)));
    }

    private static MapNode scaleDown(MapNode rules) {
        return Fill.absent(Fill.absent(rules, "selectPolicy", "Max"), "policies", ListNode.of(policy("Percent", 100)));
    }

    private static Node policy(String type, long value) {
        return MapNode.of("type", type, "value", value, "periodSeconds", PERIOD);
    }
}
