package dev.windlass.sandbox.validation;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.ApiException.Cause;
import dev.windlass.sandbox.query.LabelSelector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Create-time checks of workload kinds and pod templates, as the apps, batch and core validation
 * of kube-apiserver makes them: selector present and well formed, template labels matching it,
 * containers present with unique names and an image, and the restart policy each kind allows.
 * Fields the server defaults are read with their default ({@code restartPolicy: Always}).
 */
final class WorkloadChecks {

    static final String SELECTOR_MISMATCH = "`selector` does not match template `labels`";
    static final List<String> ALWAYS = List.of("Always");

    private WorkloadChecks() {
    }

    /** Deployment, ReplicaSet ({@code empty selector is invalid for deployment} for both), StatefulSet. */
    static List<Cause> replicated(MapNode object, String emptySelectorKind, boolean podSpecChecked) {
        MapNode spec = ImmutableFields.spec(object);
        List<Cause> causes = new ArrayList<>();
        if (spec.get("replicas").orElse(null) instanceof IntNode replicas && replicas.value() < 0) {
            causes.add(FieldErrors.invalid("spec.replicas", replicas.value(), "must be greater than or equal to 0"));
        }
        Node selector = spec.get("selector").orElse(null);
        if (selector == null || selector.isNull()) {
            causes.add(FieldErrors.required("spec.selector", ""));
        } else {
            causes.addAll(selector("spec.selector", selector));
            if (emptySelector(selector)) {
                causes.add(FieldErrors.invalid("spec.selector", selector,
                        "empty selector is invalid for " + emptySelectorKind));
            }
        }
        causes.addAll(templateMatches(spec, selector));
        causes.addAll(podTemplate("spec.template", spec.getMap("template").orElse(MapNode.empty()), podSpecChecked));
        causes.addAll(restartPolicy("spec.template.spec.restartPolicy", spec, ALWAYS));
        return causes;
    }

    /** DaemonSet: no required selector, but an empty one is invalid and the template must match. */
    static List<Cause> daemonSet(MapNode object) {
        MapNode spec = ImmutableFields.spec(object);
        Node selector = spec.get("selector").orElse(null);
        List<Cause> causes = new ArrayList<>();
        if (selector != null && !selector.isNull()) {
            causes.addAll(selector("spec.selector", selector));
        }
        if (causes.isEmpty() && !templateMatchesSafely(spec, selector)) {
            MapNode labels = spec.at(FieldPath.of("template", "metadata", "labels")).flatMap(Node::asMap)
                    .orElse(MapNode.empty());
            causes.add(FieldErrors.invalid("spec.template.metadata.labels", labels, SELECTOR_MISMATCH));
        }
        if (selector != null && !selector.isNull() && emptySelector(selector)) {
            causes.add(FieldErrors.invalid("spec.selector", selector, "empty selector is invalid for daemonset"));
        }
        causes.addAll(podTemplate("spec.template", spec.getMap("template").orElse(MapNode.empty()), true));
        causes.addAll(restartPolicy("spec.template.spec.restartPolicy", spec, ALWAYS));
        return causes;
    }

    /** Job: the pod template, whose restart policy must be OnFailure or Never. */
    static List<Cause> job(String specPath, MapNode jobSpec) {
        List<Cause> causes = new ArrayList<>(podTemplate(specPath + ".template",
                jobSpec.getMap("template").orElse(MapNode.empty()), true));
        causes.addAll(restartPolicy(specPath + ".template.spec.restartPolicy", jobSpec, List.of("OnFailure", "Never")));
        return causes;
    }

    /** The checks of a {@code metav1.LabelSelector} at {@code field}. */
    static List<Cause> selector(String field, Node selector) {
        MapNode map = selector.asMap().orElse(MapNode.empty());
        List<Cause> causes = new ArrayList<>(MetadataValidator.labels(field + ".matchLabels",
                map.getMap("matchLabels").orElse(MapNode.empty())));
        List<Node> expressions = map.getList("matchExpressions").map(ListNode::items).orElse(List.of());
        for (int i = 0; i < expressions.size(); i++) {
            causes.addAll(expression(field + ".matchExpressions[" + i + "]",
                    expressions.get(i).asMap().orElse(MapNode.empty())));
        }
        return causes;
    }

    private static List<Cause> expression(String path, MapNode expression) {
        List<Cause> causes = new ArrayList<>();
        String operator = expression.getText("operator").orElse("");
        List<String> values = MetadataValidator.strings(expression.getList("values"));
        switch (operator) {
            case "In", "NotIn" -> {
                if (values.isEmpty()) {
                    causes.add(FieldErrors.required(path + ".values",
                            "must be specified when `operator` is 'In' or 'NotIn'"));
                }
            }
            case "Exists", "DoesNotExist" -> {
                if (!values.isEmpty()) {
                    causes.add(FieldErrors.forbidden(path + ".values",
                            "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                }
            }
            default -> causes.add(FieldErrors.invalid(path + ".operator", operator, "not a valid selector operator"));
        }
        String key = expression.getText("key").orElse("");
        causes.addAll(FieldErrors.invalidEach(path + ".key", key, Syntax.qualifiedName(key)));
        for (int j = 0; j < values.size(); j++) {
            causes.addAll(FieldErrors.invalidEach(path + ".values[" + j + "]", values.get(j),
                    Syntax.labelValue(values.get(j))));
        }
        return causes;
    }

    private static List<Cause> templateMatches(MapNode spec, Node selector) {
        LabelSelector parsed;
        try {
            parsed = selectorOf(selector);
        } catch (ApiException e) {
            return List.of(FieldErrors.invalid("spec.selector", selector, "invalid label selector"));
        }
        MapNode labels = spec.at(FieldPath.of("template", "metadata", "labels")).flatMap(Node::asMap)
                .orElse(MapNode.empty());
        if (!parsed.isEverything() && !parsed.matches(stringMap(labels))) {
            return List.of(FieldErrors.invalid("spec.template.metadata.labels", labels, SELECTOR_MISMATCH));
        }
        return List.of();
    }

    /**
     * A pod template's checks: its labels and annotations (reported under {@code <path>.labels}, as
     * the server does) and, unless {@code podSpecChecked} is false (stateful sets), its pod spec.
     */
    static List<Cause> podTemplate(String path, MapNode template, boolean podSpecChecked) {
        MapNode metadata = template.getMap("metadata").orElse(MapNode.empty());
        List<Cause> causes = new ArrayList<>(MetadataValidator.labels(path + ".labels",
                metadata.getMap("labels").orElse(MapNode.empty())));
        causes.addAll(MetadataValidator.annotations(path + ".annotations",
                metadata.getMap("annotations").orElse(MapNode.empty())));
        if (podSpecChecked) {
            causes.addAll(podSpec(path + ".spec", template.getMap("spec").orElse(MapNode.empty())));
        }
        return causes;
    }

    /** Containers and init containers: present, named (DNS label, unique across both lists), with an image. */
    static List<Cause> podSpec(String path, MapNode podSpec) {
        List<Node> containers = PodUpdateRules.items(podSpec, "containers");
        List<Cause> causes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (containers.isEmpty()) {
            causes.add(FieldErrors.required(path + ".containers", ""));
        }
        containers(path + ".containers", containers, names, causes);
        containers(path + ".initContainers", PodUpdateRules.items(podSpec, "initContainers"), names, causes);
        return causes;
    }

    private static void containers(String path, List<Node> containers, Set<String> names, List<Cause> causes) {
        for (int i = 0; i < containers.size(); i++) {
            MapNode container = containers.get(i).asMap().orElse(MapNode.empty());
            String prefix = path + "[" + i + "]";
            String name = container.getText("name").orElse("");
            if (name.isEmpty()) {
                causes.add(FieldErrors.required(prefix + ".name", ""));
            } else {
                causes.addAll(FieldErrors.invalidEach(prefix + ".name", name, Syntax.dnsLabel(name)));
            }
            if (container.getText("image").orElse("").isEmpty()) {
                causes.add(FieldErrors.required(prefix + ".image", ""));
            }
            if (names.contains(name)) {
                causes.add(FieldErrors.duplicate(prefix + ".name", name));
            } else if (!name.isEmpty()) {
                names.add(name);
            }
        }
    }

    /** The template's restart policy (default Always) must be one of {@code allowed}. */
    static List<Cause> restartPolicy(String field, MapNode spec, List<String> allowed) {
        String policy = spec.at(FieldPath.of("template", "spec", "restartPolicy")).flatMap(Node::asText)
                .orElse("Always");
        return allowed.contains(policy) ? List.of() : List.of(FieldErrors.notSupported(field, policy, allowed));
    }

    private static LabelSelector selectorOf(Node selector) {
        return LabelSelector.fromNode(selector);
    }

    private static boolean emptySelector(Node selector) {
        MapNode map = selector.asMap().orElse(MapNode.empty());
        return map.getMap("matchLabels").map(MapNode::isEmpty).orElse(true)
                && map.getList("matchExpressions").map(ListNode::isEmpty).orElse(true);
    }

    private static boolean templateMatchesSafely(MapNode spec, Node selector) {
        MapNode labels = spec.at(FieldPath.of("template", "metadata", "labels")).flatMap(Node::asMap)
                .orElse(MapNode.empty());
        try {
            return selectorOf(selector).matches(stringMap(labels));
        } catch (ApiException e) {
            return true;
        }
    }

    static Map<String, String> stringMap(MapNode labels) {
        Map<String, String> map = new LinkedHashMap<>();
        labels.asJavaMap().forEach((k, v) -> map.put(k, v.asText().orElse(v.toString())));
        return map;
    }
}
