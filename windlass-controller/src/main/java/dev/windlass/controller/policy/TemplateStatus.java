package dev.windlass.controller.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Optional;

/**
 * The {@code status} Gatekeeper writes on ConstraintTemplates and constraints: {@code created} on a
 * template whose constraint CRD exists, and one {@code byPod} entry for this controller with the
 * object's generation, the operations it serves and its errors ({@code {code, message}}).
 */
final class TemplateStatus {

    /** Gatekeeper's code for a template whose Rego does not compile. */
    static final String INGEST_ERROR = "ingest_error";
    /** Gatekeeper's code for a constraint CRD that could not be created. */
    static final String CREATE_ERROR = "create_error";

    private static final ListNode OPERATIONS = new ListNode(List.of(Node.of("audit"), Node.of("status"),
            Node.of("webhook")));

    private TemplateStatus() {
    }

    /** A template's status: created or not, and its errors. */
    static MapNode template(KubeObject template, String podId, boolean created, String code, Optional<String> error) {
        MapNode.Builder pod = byPod(template, podId).put("templateUID", Node.of(uid(template)));
        error.ifPresent(message -> pod.put("errors", errors(code, message)));
        return MapNode.of("created", Node.of(created), "byPod", new ListNode(List.of(pod.build())));
    }

    /** A constraint's status with this pod's entry replaced; audit results already there are kept. */
    static MapNode constraint(KubeObject constraint, String podId, Optional<String> error, MapNode current) {
        MapNode.Builder pod = byPod(constraint, podId).put("constraintUID", Node.of(uid(constraint)))
                .put("enforced", Node.of(error.isEmpty()));
        error.ifPresent(message -> pod.put("errors", errors("ingest_error", message)));
        return current.with("byPod", new ListNode(List.of(pod.build())));
    }

    private static MapNode.Builder byPod(KubeObject object, String podId) {
        long generation = object.metadata().get("generation").flatMap(TemplateStatus::number).orElse(0L);
        return MapNode.builder().put("id", Node.of(podId)).put("observedGeneration", Node.of(generation))
                .put("operations", OPERATIONS);
    }

    private static ListNode errors(String code, String message) {
        return new ListNode(List.of(MapNode.of("code", Node.of(code), "message", Node.of(message))));
    }

    private static String uid(KubeObject object) {
        return object.metadata().getText("uid").orElse("");
    }

    private static Optional<Long> number(Node node) {
        return node.toPlain() instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
    }
}
