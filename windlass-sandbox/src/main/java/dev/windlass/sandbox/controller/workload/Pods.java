package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ListOptions;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import java.time.Instant;
import java.util.List;

/** Making pods from a workload's template, and reading the state of the pods a workload owns. */
final class Pods {

    private Pods() {
    }

    /**
     * A pod from {@code owner}'s {@code spec.template}: the template's labels (plus {@code extraLabels})
     * and annotations, a controller ownerReference, and the owner's failure annotation when the
     * template has none. {@code name} ending in {@code -} is a {@code generateName} prefix.
     */
    static MapNode fromTemplate(MapNode owner, Kinds ownerKind, MapNode template, MapNode extraLabels, String name) {
        MapNode templateMeta = Trees.map(template, "metadata");
        MapNode labels = Trees.map(templateMeta, "labels");
        for (String key : extraLabels.keys()) {
            labels = labels.with(key, extraLabels.get(key).orElseThrow());
        }
        MapNode annotations = Trees.map(templateMeta, "annotations");
        if (!annotations.containsKey(FailureMode.ANNOTATION)) {
            annotations = FailureMode.annotation(owner)
                    .map(value -> Trees.map(templateMeta, "annotations").with(FailureMode.ANNOTATION, Node.of(value)))
                    .orElse(annotations);
        }
        MapNode.Builder metadata = MapNode.builder()
                .put(name.endsWith("-") ? "generateName" : "name", Node.of(name))
                .put("namespace", Node.of(Meta.namespace(owner)));
        if (!labels.isEmpty()) {
            metadata.put("labels", labels);
        }
        if (!annotations.isEmpty()) {
            metadata.put("annotations", annotations);
        }
        metadata.put("ownerReferences", Node.list(List.of(Trees.controllerReference(owner, ownerKind))));
        return MapNode.of("apiVersion", Node.of("v1"), "kind", Node.of("Pod"), "metadata", metadata.build(),
                "spec", Trees.map(template, "spec"));
    }

    /** The pods {@code owner} controls, in creation order. */
    static List<MapNode> ownedBy(ObjectService api, MapNode owner) {
        return api.list(Kinds.POD.in(api), Meta.namespace(owner), ListOptions.ALL).items().stream()
                .filter(pod -> Trees.controlledBy(pod, owner)).toList();
    }

    static String phase(MapNode pod) {
        return Trees.text(pod, "", "status", "phase");
    }

    /** Not being deleted and not finished: counts towards a workload's replicas. */
    static boolean active(MapNode pod) {
        String phase = phase(pod);
        return !Meta.deleting(pod) && !phase.equals("Succeeded") && !phase.equals("Failed");
    }

    static boolean ready(MapNode pod) {
        return Conditions.isTrue(Trees.map(pod, "status"), "Ready");
    }

    /** Ready for at least {@code minReadySeconds}. */
    static boolean available(MapNode pod, long minReadySeconds, Instant now) {
        if (!ready(pod)) {
            return false;
        }
        if (minReadySeconds <= 0) {
            return true;
        }
        String since = Conditions.find(Trees.map(pod, "status"), "Ready")
                .map(c -> Trees.text(c, "", "lastTransitionTime")).orElse("");
        return since.isEmpty() || !Instant.parse(since).plusSeconds(minReadySeconds).isAfter(now);
    }

    static long count(List<MapNode> pods, java.util.function.Predicate<MapNode> which) {
        return pods.stream().filter(which).count();
    }
}
