package dev.windlass.sandbox.table;

import dev.windlass.model.tree.MapNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HorizontalPodAutoscaler columns: REFERENCE {@code Deployment/web}, TARGETS such as
 * {@code cpu: 40%/80%} (at most two metrics, then {@code + N more...}), MINPODS, MAXPODS,
 * REPLICAS. Reads {@code autoscaling/v2} metrics and the {@code autoscaling/v1} CPU percentage.
 */
final class AutoscalerPrinter {

    static final Printer PRINTER = new Printer(List.of(Column.NAME,
            Column.string("Reference", "reference to scaled resource; horizontal pod autoscaler will learn the"
                    + " current resource consumption and will set the desired number of pods by using its Scale"
                    + " subresource."),
            Column.string("Targets", "metrics contains the specifications for which to use to calculate the"
                    + " desired replica count."),
            Column.string("MinPods", "minReplicas is the lower limit for the number of replicas to which the"
                    + " autoscaler can scale down."),
            Column.string("MaxPods", "maxReplicas is the upper limit for the number of pods that can be set by"
                    + " the autoscaler."),
            Column.string("Replicas", "currentReplicas is current number of replicas of pods managed by this"
                    + " autoscaler."),
            Column.AGE), AutoscalerPrinter::row);

    private static final int SHOWN = 2;

    private AutoscalerPrinter() {
    }

    private static Row row(MapNode hpa, Instant now) {
        String reference = Fields.text(hpa, "spec", "scaleTargetRef", "kind") + "/"
                + Fields.text(hpa, "spec", "scaleTargetRef", "name");
        String min = Fields.optInteger(hpa, "spec", "minReplicas").map(String::valueOf).orElse("<unset>");
        return Row.of(Fields.name(hpa), reference, targets(hpa), min, Fields.integer(hpa, "spec", "maxReplicas"),
                Fields.integer(hpa, "status", "currentReplicas"), Fields.age(hpa, now));
    }

    private static String targets(MapNode hpa) {
        Optional<Long> v1Target = Fields.optInteger(hpa, "spec", "targetCPUUtilizationPercentage");
        if (v1Target.isPresent()) {
            String current = Fields.optInteger(hpa, "status", "currentCPUUtilizationPercentage")
                    .map(c -> c + "%").orElse("<unknown>");
            return "cpu: " + current + "/" + v1Target.get() + "%";
        }
        List<MapNode> specs = Fields.maps(hpa, "spec", "metrics");
        if (specs.isEmpty()) {
            return "<none>";
        }
        List<MapNode> statuses = Fields.maps(hpa, "status", "currentMetrics");
        List<String> list = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            MapNode status = i < statuses.size() ? statuses.get(i) : MapNode.empty();
            list.add(metric(specs.get(i), status));
        }
        if (list.size() > SHOWN) {
            return String.join(", ", list.subList(0, SHOWN)) + " + " + (list.size() - SHOWN) + " more...";
        }
        return String.join(", ", list);
    }

    private static String metric(MapNode spec, MapNode status) {
        return switch (Fields.text(spec, "type")) {
            case "External" -> valueMetric(spec, status, "external");
            case "Object" -> valueMetric(spec, status, "object");
            case "Pods" -> quantity(status, "pods", "current", "averageValue").orElse("<unknown>") + "/"
                    + quantity(spec, "pods", "target", "averageValue").orElse("");
            case "Resource" -> resourceMetric(spec, status, "resource");
            case "ContainerResource" -> resourceMetric(spec, status, "containerResource");
            default -> "<unknown type>";
        };
    }

    private static String valueMetric(MapNode spec, MapNode status, String source) {
        Optional<String> average = quantity(spec, source, "target", "averageValue");
        if (average.isPresent()) {
            return quantity(status, source, "current", "averageValue").orElse("<unknown>") + "/" + average.get()
                    + " (avg)";
        }
        return quantity(status, source, "current", "value").orElse("<unknown>") + "/"
                + quantity(spec, source, "target", "value").orElse("");
    }

    private static String resourceMetric(MapNode spec, MapNode status, String source) {
        String name = Fields.text(spec, source, "name");
        Optional<String> average = quantity(spec, source, "target", "averageValue");
        if (average.isPresent()) {
            return name + ": " + quantity(status, source, "current", "averageValue").orElse("<unknown>") + "/"
                    + average.get();
        }
        String current = Fields.optInteger(status, source, "current", "averageUtilization").map(c -> c + "%")
                .orElse("<unknown>");
        String target = Fields.optInteger(spec, source, "target", "averageUtilization").map(t -> t + "%")
                .orElse("<auto>");
        return name + ": " + current + "/" + target;
    }

    private static Optional<String> quantity(MapNode object, String... path) {
        return Fields.at(object, path).filter(n -> !n.isNull())
                .map(n -> n.asText().orElse(String.valueOf(n.toPlain())));
    }
}
