package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How kube-controller-manager's HPA controller names the metric a replica count came from, in the
 * {@code ValidMetricFound} condition: {@code cpu resource utilization (percentage of request)},
 * {@code pods metric queue}, {@code Service metric rps}, {@code external metric q(nil)} (the
 * selector printed as Go prints a {@code *metav1.LabelSelector}). With every metric at its target
 * the first one is named.
 */
final class MetricNames {

    private MetricNames() {
    }

    private static final Set<String> KNOWN_TYPES =
            Set.of("Resource", "ContainerResource", "Pods", "Object", "External");

    /** The type of {@code spec}'s first metric, when none of its metrics has a type the controller knows. */
    static Optional<String> unknownType(MapNode spec) {
        List<MapNode> metrics = metrics(spec);
        return metrics.isEmpty() || metrics.stream().anyMatch(MetricNames::known) ? Optional.empty()
                : Optional.of(metrics.get(0).getText("type").orElse(""));
    }

    /**
     * The name of the first metric of {@code spec} of a known type, or of the CPU target an
     * {@code autoscaling/v1} object stands for.
     */
    static String first(MapNode spec) {
        Optional<MapNode> metric = metrics(spec).stream().filter(MetricNames::known).findFirst();
        if (metric.isEmpty()) {
            return "cpu resource utilization (percentage of request)";
        }
        String type = metric.get().getText("type").orElse("");
        MapNode source = metric.get().getMap(sourceField(type)).orElse(MapNode.empty());
        MapNode target = source.getMap("target").orElse(MapNode.empty());
        MapNode identifier = source.getMap("metric").orElse(MapNode.empty());
        String name = identifier.getText("name").orElse("");
        return switch (type) {
            case "Resource", "ContainerResource" -> source.getText("name").orElse("")
                    + (target.get("averageValue").isPresent() ? " resource" : " resource utilization (percentage of request)");
            case "Pods" -> "pods metric " + name;
            case "Object" -> target.getText("type").filter("Value"::equals).isPresent()
                    ? source.getMap("describedObject").flatMap(d -> d.getText("kind")).orElse("") + " metric " + name
                    : external(identifier);
            default -> external(identifier);
        };
    }

    private static List<MapNode> metrics(MapNode spec) {
        return spec.getList("metrics").map(ListNode::items).orElse(List.of()).stream()
                .map(n -> n.asMap().orElse(MapNode.empty())).toList();
    }

    private static boolean known(MapNode metric) {
        return KNOWN_TYPES.contains(metric.getText("type").orElse(""));
    }

    private static String sourceField(String type) {
        return type.isEmpty() ? "" : Character.toLowerCase(type.charAt(0)) + type.substring(1);
    }

    /** {@code external metric <name>(<selector>)}, which the real controller also uses for Object average values. */
    private static String external(MapNode identifier) {
        return "external metric " + identifier.getText("name").orElse("") + "("
                + identifier.getMap("selector").map(MetricNames::goSelector).orElse("nil") + ")";
    }

    /** A label selector as Go's generated {@code String()} prints it. */
    static String goSelector(MapNode selector) {
        TreeMap<String, String> labels = new TreeMap<>();
        selector.getMap("matchLabels").ifPresent(m -> m.asJavaMap().forEach((k, v) -> labels.put(k, v.asText().orElse(""))));
        String matchLabels = labels.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue() + ",")
                .collect(Collectors.joining());
        String expressions = selector.getList("matchExpressions").map(ListNode::items).orElse(List.of()).stream()
                .map(n -> n.asMap().orElse(MapNode.empty()))
                .map(e -> "LabelSelectorRequirement{Key:" + e.getText("key").orElse("") + ",Operator:"
                        + e.getText("operator").orElse("") + ",Values:[" + e.getList("values").map(ListNode::items)
                        .orElse(List.of()).stream().map(v -> v.asText().orElse("")).collect(Collectors.joining(" "))
                        + "],},")
                .collect(Collectors.joining());
        return "&LabelSelector{MatchLabels:map[string]string{" + matchLabels + "},MatchExpressions:[]LabelSelectorRequirement{"
                + expressions + "},}";
    }
}
