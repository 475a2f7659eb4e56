package dev.windlass.controller.policy;

import dev.windlass.controller.BundledManifests;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;

/**
 * The CustomResourceDefinitions of Gatekeeper: the bundled ones (ConstraintTemplate, Config) and
 * the constraint CRD each template generates, as Gatekeeper's template controller makes it:
 * {@code <kind lower case>.constraints.gatekeeper.sh}, cluster-scoped, versions v1beta1 (storage)
 * and v1alpha1, the status subresource, categories {@code constraint}/{@code constraints}, and
 * {@code spec.parameters} typed by the template's {@code openAPIV3Schema}.
 */
public final class GatekeeperCrds {

    private GatekeeperCrds() {
    }

    /** The ConstraintTemplate and Config CRDs Windlass installs when the cluster lacks them. */
    public static List<KubeObject> bundled() {
        return BundledManifests.read(GatekeeperCrds.class, "crds/gatekeeper.yaml");
    }

    /** The constraint CRD of {@code template}; the template must name a kind. */
    public static KubeObject constraintCrd(KubeObject template, String kind) {
        String plural = GatekeeperKinds.plural(kind);
        MapNode names = MapNode.of("kind", Node.of(kind), "listKind", Node.of(kind + "List"),
                "plural", Node.of(plural), "singular", Node.of(plural),
                "categories", new ListNode(List.of(Node.of("constraint"), Node.of("constraints"))));
        MapNode schema = schema(parameters(template));
        MapNode spec = MapNode.of("group", Node.of(GatekeeperKinds.CONSTRAINTS_GROUP), "names", names,
                "scope", Node.of("Cluster"),
                "versions", new ListNode(List.of(version("v1beta1", true, schema), version("v1alpha1", false, schema))));
        MapNode metadata = MapNode.of("name", Node.of(plural + "." + GatekeeperKinds.CONSTRAINTS_GROUP),
                "labels", MapNode.of("gatekeeper.sh/constraint", Node.of("yes")));
        return KubeObject.of(MapNode.of("apiVersion", Node.of("apiextensions.k8s.io/v1"),
                "kind", Node.of("CustomResourceDefinition"), "metadata", metadata, "spec", spec));
    }

    /**
     * The template's parameter schema when it is structural (has a {@code type}); otherwise any
     * object, as Gatekeeper keeps unknown fields of v1beta1 templates' legacy schemas.
     */
    private static MapNode parameters(KubeObject template) {
        MapNode given = template.field(FieldPath.of("spec", "crd", "spec", "validation", "openAPIV3Schema"))
                .flatMap(Node::asMap).orElse(MapNode.empty());
        if (given.getText("type").isPresent()) {
            return given;
        }
        return given.with("type", Node.of("object")).with("x-kubernetes-preserve-unknown-fields", Node.of(true));
    }

    private static MapNode schema(MapNode parameters) {
        MapNode open = MapNode.of("type", Node.of("object"), "x-kubernetes-preserve-unknown-fields", Node.of(true));
        MapNode spec = MapNode.of("type", Node.of("object"), "properties", MapNode.of(
                "enforcementAction", MapNode.of("type", Node.of("string")),
                "scopedEnforcementActions", MapNode.of("type", Node.of("array"),
                        "items", open),
                "match", open,
                "parameters", parameters));
        return MapNode.of("openAPIV3Schema", MapNode.of("type", Node.of("object"), "properties", MapNode.of(
                "apiVersion", MapNode.of("type", Node.of("string")),
                "kind", MapNode.of("type", Node.of("string")),
                "metadata", MapNode.of("type", Node.of("object")),
                "spec", spec,
                "status", open)));
    }

    private static MapNode version(String name, boolean storage, MapNode schema) {
        ListNode columns = new ListNode(List.of(
                MapNode.of("name", Node.of("enforcement-action"), "type", Node.of("string"),
                        "jsonPath", Node.of(".spec.enforcementAction")),
                MapNode.of("name", Node.of("total-violations"), "type", Node.of("integer"),
                        "jsonPath", Node.of(".status.totalViolations"))));
        return MapNode.of("name", Node.of(name), "served", Node.of(true), "storage", Node.of(storage),
                "subresources", MapNode.of("status", MapNode.empty()), "schema", schema,
                "additionalPrinterColumns", columns);
    }
}
