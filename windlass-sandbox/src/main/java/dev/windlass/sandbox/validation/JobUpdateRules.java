package dev.windlass.sandbox.validation;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a Job update may not change, as kube-apiserver's {@code ValidateJobSpecUpdate} rules:
 * selector, template, completions (an Indexed job may change it together with parallelism),
 * completionMode, podFailurePolicy, backoffLimitPerIndex, managedBy and successPolicy. A job that
 * is suspended and has never started may still change its template's node affinity, node selector,
 * tolerations, labels, annotations and scheduling gates.
 */
final class JobUpdateRules {

    private static final List<String> SCHEDULING_SPEC_FIELDS = List.of("nodeSelector", "tolerations",
            "schedulingGates");

    private JobUpdateRules() {
    }

    static List<Cause> check(MapNode newObject, MapNode oldObject) {
        MapNode newSpec = ImmutableFields.spec(newObject);
        MapNode oldSpec = ImmutableFields.spec(oldObject);
        List<Cause> causes = new ArrayList<>(completions(newSpec, oldSpec));
        causes.addAll(ImmutableFields.unchanged("spec.selector", newSpec.get("selector"), oldSpec.get("selector"),
                Node.nullNode()));
        causes.addAll(template(newSpec, oldSpec, schedulingMutable(newSpec, oldObject)));
        for (String field : List.of("completionMode", "podFailurePolicy", "backoffLimitPerIndex", "managedBy",
                "successPolicy")) {
            causes.addAll(ImmutableFields.unchanged("spec." + field, newSpec.get(field), oldSpec.get(field),
                    Node.nullNode()));
        }
        return causes;
    }

    private static List<Cause> completions(MapNode newSpec, MapNode oldSpec) {
        Optional<Node> updated = newSpec.get("completions");
        Optional<Node> previous = oldSpec.get("completions");
        boolean indexed = "Indexed".equals(newSpec.getText("completionMode").orElse(""));
        if (!indexed) {
            return ImmutableFields.unchanged("spec.completions", updated, previous, Node.nullNode());
        }
        if (updated.equals(previous) || updated.isEmpty() || updated.get().isNull()) {
            return List.of();
        }
        if (!updated.equals(newSpec.get("parallelism"))) {
            return List.of(FieldErrors.invalid("spec.completions", updated.get(),
                    "can only be modified in tandem with spec.parallelism"));
        }
        return List.of();
    }

    private static boolean schedulingMutable(MapNode newSpec, MapNode oldObject) {
        boolean suspended = newSpec.get("suspend").map(Node::toString).orElse("false").equals("true");
        boolean started = oldObject.at(FieldPath.of("status", "startTime")).filter(n -> !n.isNull()).isPresent();
        return suspended && !started;
    }

    private static List<Cause> template(MapNode newSpec, MapNode oldSpec, boolean schedulingMutable) {
        MapNode template = newSpec.getMap("template").orElse(MapNode.empty());
        MapNode oldTemplate = oldSpec.getMap("template").orElse(MapNode.empty());
        if (schedulingMutable) {
            oldTemplate = withSchedulingOf(oldTemplate, template);
        }
        return ImmutableFields.unchanged("spec.template", Optional.of(template), Optional.of(oldTemplate),
                MapNode.empty());
    }

    /** {@code oldTemplate} with the scheduling fields, labels and annotations of {@code template}. */
    private static MapNode withSchedulingOf(MapNode oldTemplate, MapNode template) {
        MapNode podSpec = template.getMap("spec").orElse(MapNode.empty());
        MapNode oldPodSpec = oldTemplate.getMap("spec").orElse(MapNode.empty());
        for (String field : SCHEDULING_SPEC_FIELDS) {
            oldPodSpec = copy(oldPodSpec, podSpec, field);
        }
        MapNode affinity = oldPodSpec.getMap("affinity").orElse(MapNode.empty());
        affinity = copy(affinity, podSpec.getMap("affinity").orElse(MapNode.empty()), "nodeAffinity");
        oldPodSpec = affinity.isEmpty() && !podSpec.containsKey("affinity") ? oldPodSpec.without("affinity")
                : oldPodSpec.with("affinity", affinity);
        MapNode metadata = oldTemplate.getMap("metadata").orElse(MapNode.empty());
        MapNode newMetadata = template.getMap("metadata").orElse(MapNode.empty());
        metadata = copy(copy(metadata, newMetadata, "labels"), newMetadata, "annotations");
        MapNode result = oldTemplate.with("spec", oldPodSpec);
        return metadata.isEmpty() && !template.containsKey("metadata") ? result.without("metadata")
                : result.with("metadata", metadata);
    }

    private static MapNode copy(MapNode target, MapNode source, String field) {
        return source.get(field).map(v -> target.with(field, v)).orElse(target.without(field));
    }
}
