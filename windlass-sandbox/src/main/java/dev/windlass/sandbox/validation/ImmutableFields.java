package dev.windlass.sandbox.validation;

import dev.windlass.model.GroupKind;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The fields an update may not change, per built-in kind, with kube-apiserver's causes:
 * {@code metadata.name}, {@code namespace}, {@code uid}, {@code creationTimestamp},
 * {@code deletionTimestamp} and {@code deletionGracePeriodSeconds} of every object, plus
 * <ul>
 *   <li>Deployment, ReplicaSet, DaemonSet: {@code spec.selector}</li>
 *   <li>StatefulSet: all of {@code spec} but replicas, ordinals, template, updateStrategy,
 *       persistentVolumeClaimRetentionPolicy and minReadySeconds</li>
 *   <li>Job: selector, template (scheduling fields stay mutable while suspended and never started),
 *       completions (indexed jobs: only together with parallelism), completionMode, podFailurePolicy,
 *       backoffLimitPerIndex, managedBy, successPolicy</li>
 *   <li>Service: cluster IPs once set (not for type ExternalName)</li>
 *   <li>Pod: see {@link PodUpdateRules}</li>
 *   <li>PersistentVolumeClaim: spec but storage requests and volumeAttributesClassName of bound
 *       claims, and a volumeName that was empty</li>
 *   <li>Secret and ConfigMap: {@code data}/{@code binaryData} and {@code immutable} once
 *       {@code immutable: true}; Secret {@code type}</li>
 *   <li>RoleBinding, ClusterRoleBinding: {@code roleRef}</li>
 *   <li>CustomResourceDefinition: group and names.plural; scope and names.kind once established</li>
 * </ul>
 *
 * <p>Compare objects after defaulting: a field the server would default, missing from one side
 * only, counts as a change here.
 */
public final class ImmutableFields {

    private static final String APPS = "apps";
    private static final String RBAC = "rbac.authorization.k8s.io";
    private static final Map<GroupKind, BiFunction<MapNode, MapNode, List<Cause>>> RULES = Map.ofEntries(
            Map.entry(new GroupKind(APPS, "Deployment"), ImmutableFields::selector),
            Map.entry(new GroupKind(APPS, "ReplicaSet"), ImmutableFields::selector),
            Map.entry(new GroupKind(APPS, "DaemonSet"), ImmutableFields::selector),
            Map.entry(new GroupKind(APPS, "StatefulSet"), ImmutableFields::statefulSet),
            Map.entry(new GroupKind("batch", "Job"), JobUpdateRules::check),
            Map.entry(new GroupKind("", "Service"), ImmutableFields::service),
            Map.entry(new GroupKind("", "Pod"), (n, o) -> PodUpdateRules.check(spec(n), spec(o))),
            Map.entry(new GroupKind("", "PersistentVolumeClaim"), ImmutableFields::claim),
            Map.entry(new GroupKind("", "Secret"), StoredDataRules::secret),
            Map.entry(new GroupKind("", "ConfigMap"), StoredDataRules::configMap),
            Map.entry(new GroupKind(RBAC, "RoleBinding"), ImmutableFields::roleRef),
            Map.entry(new GroupKind(RBAC, "ClusterRoleBinding"), ImmutableFields::roleRef),
            Map.entry(new GroupKind("apiextensions.k8s.io", "CustomResourceDefinition"), ImmutableFields::crd));

    static final String STATEFUL_SET_MESSAGE = "updates to statefulset spec for fields other than 'replicas',"
            + " 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and"
            + " 'minReadySeconds' are forbidden";
    static final String CLAIM_MESSAGE =
            "spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims";

    private ImmutableFields() {
    }

    /** The causes that forbid updating {@code oldObject} to {@code newObject}; empty when allowed. */
    public static List<Cause> check(GroupKind kind, MapNode oldObject, MapNode newObject) {
        List<Cause> causes = new ArrayList<>(metadata(oldObject, newObject));
        BiFunction<MapNode, MapNode, List<Cause>> rule = RULES.get(kind);
        if (rule != null) {
            causes.addAll(rule.apply(newObject, oldObject));
        }
        return causes;
    }

    private static List<Cause> metadata(MapNode oldObject, MapNode newObject) {
        List<Cause> causes = new ArrayList<>();
        for (String field : List.of("name", "namespace", "uid", "creationTimestamp", "deletionTimestamp",
                "deletionGracePeriodSeconds")) {
            FieldPath path = FieldPath.of("metadata", field);
            causes.addAll(unchanged("metadata." + field, newObject.at(path), oldObject.at(path), zero(field)));
        }
        return causes;
    }

    private static Node zero(String metadataField) {
        return switch (metadataField) {
            case "name", "namespace", "uid" -> Node.of("");
            default -> Node.nullNode();
        };
    }

    /** {@code field is immutable} when the values differ; a missing value counts as {@code zero}. */
    static List<Cause> unchanged(String field, Optional<Node> updated, Optional<Node> previous, Node zero) {
        Node newValue = updated.orElse(zero);
        if (newValue.equals(previous.orElse(zero))) {
            return List.of();
        }
        return List.of(FieldErrors.immutable(field, newValue));
    }

    static MapNode spec(MapNode object) {
        return object.getMap("spec").orElse(MapNode.empty());
    }

    private static List<Cause> selector(MapNode newObject, MapNode oldObject) {
        return unchanged("spec.selector", spec(newObject).get("selector"), spec(oldObject).get("selector"),
                Node.nullNode());
    }

    private static List<Cause> statefulSet(MapNode newObject, MapNode oldObject) {
        MapNode newSpec = spec(newObject);
        MapNode oldSpec = spec(oldObject);
        for (String mutable : List.of("replicas", "template", "updateStrategy", "minReadySeconds", "ordinals",
                "persistentVolumeClaimRetentionPolicy")) {
            newSpec = newSpec.without(mutable);
            oldSpec = oldSpec.without(mutable);
        }
        return newSpec.equals(oldSpec) ? List.of() : List.of(FieldErrors.forbidden("spec", STATEFUL_SET_MESSAGE));
    }

    private static List<Cause> service(MapNode newObject, MapNode oldObject) {
        MapNode newSpec = spec(newObject);
        MapNode oldSpec = spec(oldObject);
        if ("ExternalName".equals(newSpec.getText("type").orElse(""))
                || "ExternalName".equals(oldSpec.getText("type").orElse(""))) {
            return List.of();
        }
        List<String> previous = ServiceIps.clusterIps(oldSpec);
        List<String> updated = ServiceIps.effectiveClusterIps(newSpec, previous);
        return ServiceIps.upgradeDowngrade(previous, updated, newSpec);
    }

    private static List<Cause> claim(MapNode newObject, MapNode oldObject) {
        MapNode oldSpec = spec(oldObject);
        MapNode newSpec = spec(newObject);
        MapNode.Builder comparedOld = oldSpec.toBuilder();
        MapNode.Builder comparedNew = newSpec.toBuilder();
        if (oldSpec.getText("volumeName").orElse("").isEmpty()) {
            newSpec.get("volumeName").ifPresentOrElse(v -> comparedOld.put("volumeName", v),
                    () -> comparedOld.remove("volumeName"));
        }
        boolean bound = "Bound".equals(oldObject.at(FieldPath.of("status", "phase")).flatMap(Node::asText).orElse(""));
        if (bound) {
            Optional<Node> oldStorage = oldSpec.at(FieldPath.of("resources", "requests", "storage"));
            MapNode resources = newSpec.getMap("resources").orElse(MapNode.empty());
            MapNode requests = resources.getMap("requests").orElse(MapNode.empty());
            MapNode kept = oldStorage.map(storage -> requests.with("storage", storage))
                    .orElse(requests.without("storage"));
            comparedNew.put("resources", resources.with("requests", kept));
            oldSpec.get("volumeAttributesClassName").ifPresentOrElse(
                    v -> comparedNew.put("volumeAttributesClassName", v),
                    () -> comparedNew.remove("volumeAttributesClassName"));
        }
        MapNode before = comparedOld.build();
        MapNode after = comparedNew.build();
        if (before.equals(after)) {
            return List.of();
        }
        return List.of(FieldErrors.forbidden("spec", CLAIM_MESSAGE + "\n" + SpecDiff.of("spec", before, after)));
    }

    private static List<Cause> roleRef(MapNode newObject, MapNode oldObject) {
        Node updated = newObject.get("roleRef").orElse(MapNode.empty());
        if (updated.equals(oldObject.get("roleRef").orElse(MapNode.empty()))) {
            return List.of();
        }
        return List.of(FieldErrors.invalid("roleRef", updated, "cannot change roleRef"));
    }

    private static List<Cause> crd(MapNode newObject, MapNode oldObject) {
        MapNode newSpec = spec(newObject);
        MapNode oldSpec = spec(oldObject);
        List<Cause> causes = new ArrayList<>();
        if (established(oldObject)) {
            causes.addAll(unchanged("spec.scope", newSpec.get("scope"), oldSpec.get("scope"), Node.of("")));
            causes.addAll(unchanged("spec.names.kind", newSpec.at(FieldPath.of("names", "kind")),
                    oldSpec.at(FieldPath.of("names", "kind")), Node.of("")));
        }
        causes.addAll(unchanged("spec.group", newSpec.get("group"), oldSpec.get("group"), Node.of("")));
        causes.addAll(unchanged("spec.names.plural", newSpec.at(FieldPath.of("names", "plural")),
                oldSpec.at(FieldPath.of("names", "plural")), Node.of("")));
        return causes;
    }

    private static boolean established(MapNode crd) {
        return crd.at(FieldPath.of("status", "conditions")).flatMap(Node::asList).stream()
                .flatMap(list -> list.items().stream())
                .map(c -> c.asMap().orElse(MapNode.empty()))
                .anyMatch(c -> "Established".equals(c.getText("type").orElse(""))
                        && "True".equals(c.getText("status").orElse("")));
    }
}
