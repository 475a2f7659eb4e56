package dev.windlass.server.admission;

import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.policy.Decision;
import dev.windlass.policy.EnforcementAction;
import dev.windlass.policy.Violation;
import java.util.List;

/** AdmissionReview bodies, objects and decisions for the tests. */
final class Reviews {

    private Reviews() {
    }

    static MapNode pod(String namespace, String name) {
        MapNode.Builder metadata = MapNode.builder().put("name", Node.of(name));
        if (namespace != null) {
            metadata.put("namespace", Node.of(namespace));
        }
        return MapNode.of("apiVersion", "v1", "kind", "Pod", "metadata", metadata.build());
    }

    static MapNode namespaceObject(String name, String... labels) {
        MapNode.Builder labelMap = MapNode.builder();
        for (int i = 0; i < labels.length; i += 2) {
            labelMap.put(labels[i], Node.of(labels[i + 1]));
        }
        return MapNode.of("apiVersion", "v1", "kind", "Namespace", "metadata",
                MapNode.of("name", name, "labels", labelMap.build()));
    }

    /** A v1 AdmissionReview for a Pod. */
    static String review(String uid, String operation, String namespace, MapNode object, MapNode oldObject) {
        return review(uid, operation, namespace, "Pod", object, oldObject);
    }

    static String review(String uid, String operation, String namespace, String kind, MapNode object, MapNode oldObject) {
        MapNode.Builder request = MapNode.builder()
                .put("uid", Node.of(uid))
                .put("kind", MapNode.of("group", "", "version", "v1", "kind", kind))
                .put("resource", MapNode.of("group", "", "version", "v1", "resource", kind.toLowerCase() + "s"))
                .put("name", Node.of("web"))
                .put("namespace", Node.of(namespace))
                .put("operation", Node.of(operation))
                .put("userInfo", MapNode.of("username", "alice", "groups", List.of("dev", "system:authenticated")))
                .put("object", object == null ? Node.nullNode() : object)
                .put("oldObject", oldObject == null ? Node.nullNode() : oldObject)
                .put("dryRun", Node.of(false));
        return JsonWriter.write(MapNode.of("apiVersion", "admission.k8s.io/v1", "kind", "AdmissionReview",
                "request", request.build()), 0);
    }

    static String createPod(String uid) {
        return review(uid, "CREATE", "team-a", pod("team-a", "web"), null);
    }

    static AdmissionRequest request(String operation, String namespace, MapNode object, MapNode oldObject) throws Exception {
        return AdmissionReviewJson.parse(review("u-1", operation, namespace, object, oldObject), 1 << 20);
    }

    static Violation violation(String constraint, EnforcementAction action, String message) {
        return new Violation("K8sRequiredLabels", constraint, action, message, null, "Pod", "team-a", "web");
    }

    static Decision decision(Violation... violations) {
        return new Decision(List.of(violations), List.of());
    }
}
