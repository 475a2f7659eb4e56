package dev.windlass.controller.app;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterReader;
import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.model.GroupKind;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns rendered manifests into the objects an application wants in the cluster, as Argo CD does
 * before comparing: namespaced objects without a namespace get the destination's, cluster-scoped
 * objects lose a namespace they should not have, and every object carries the application's tracking
 * mark. Kinds the cluster does not serve are resolved from CRDs in the same render, else reported.
 */
final class TargetObjects {

    static final String COMPARISON_ERROR = "ComparisonError";

    private final ClusterReader cluster;
    private final Tracking tracking;

    TargetObjects(ClusterReader cluster, Tracking tracking) {
        this.cluster = cluster;
        this.tracking = tracking;
    }

    /** The prepared targets in render order; duplicates and unknown kinds are issues. */
    Result<List<KubeObject>> prepare(List<KubeObject> rendered, String instance, String destinationNamespace)
            throws ClusterException {
        Map<GroupKind, Boolean> crdScopes = crdScopes(rendered);
        Map<ResourceKey, KubeObject> targets = new LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>();
        Map<GroupKind, Optional<Boolean>> scopes = new HashMap<>();
        for (KubeObject object : rendered) {
            Optional<Boolean> namespaced = scopes.get(object.groupKind());
            if (namespaced == null) {
                namespaced = namespaced(object, crdScopes);
                scopes.put(object.groupKind(), namespaced);
            }
            KubeObject target = object;
            if (namespaced.isEmpty()) {
                issues.add(Issue.warning(COMPARISON_ERROR, object.locate(FieldPath.of("kind")),
                        "the cluster does not serve " + object.apiVersion() + " " + object.kind()
                                + ": install the CustomResourceDefinition that defines it, or fix apiVersion/kind"));
            } else if (namespaced.get() && object.namespace().isEmpty()) {
                target = object.withNamespace(destinationNamespace.isEmpty() ? "default" : destinationNamespace);
            } else if (!namespaced.get() && !object.namespace().isEmpty()) {
                target = object.withNamespace("");
            }
            target = tracking.mark(target, instance);
            KubeObject previous = targets.put(target.key(), target);
            if (previous != null) {
                issues.add(Issue.error("RepeatedResourceWarning", target.locate(FieldPath.of("metadata", "name")),
                        "Resource " + target.key().describe() + " appears 2 times; remove one of them"));
            }
        }
        return Result.of(List.copyOf(targets.values()), issues);
    }

    private Optional<Boolean> namespaced(KubeObject object, Map<GroupKind, Boolean> crdScopes) throws ClusterException {
        Optional<ResourceType> type = cluster.resourceType(object.gvk());
        if (type.isPresent()) {
            return Optional.of(type.get().namespaced());
        }
        return Optional.ofNullable(crdScopes.get(object.groupKind()));
    }

    /**
     * The scope of every kind defined by a CustomResourceDefinition (or a Gatekeeper
     * ConstraintTemplate) among the rendered objects.
     */
    private static Map<GroupKind, Boolean> crdScopes(List<KubeObject> rendered) {
        Map<GroupKind, Boolean> scopes = new HashMap<>();
        for (KubeObject object : rendered) {
            if (object.groupKind().equals(new GroupKind("templates.gatekeeper.sh", "ConstraintTemplate"))) {
                // a Gatekeeper template defines a cluster-scoped constraint kind of its own
                object.field(FieldPath.of("spec", "crd", "spec", "names", "kind")).map(TargetObjects::text)
                        .filter(kind -> !kind.isEmpty())
                        .ifPresent(kind -> scopes.put(new GroupKind("constraints.gatekeeper.sh", kind), false));
                continue;
            }
            if (!object.groupKind().equals(new GroupKind("apiextensions.k8s.io", "CustomResourceDefinition"))) {
                continue;
            }
            Optional<String> group = object.field(FieldPath.of("spec", "group")).map(TargetObjects::text);
            Optional<String> kind = object.field(FieldPath.of("spec", "names", "kind")).map(TargetObjects::text);
            Optional<String> scope = object.field(FieldPath.of("spec", "scope")).map(TargetObjects::text);
            if (group.isPresent() && kind.isPresent()) {
                scopes.put(new GroupKind(group.get(), kind.get()), !"Cluster".equals(scope.orElse("Namespaced")));
            }
        }
        return scopes;
    }

    private static String text(dev.windlass.model.tree.Node node) {
        return node instanceof dev.windlass.model.tree.StringNode s ? s.value() : "";
    }
}
