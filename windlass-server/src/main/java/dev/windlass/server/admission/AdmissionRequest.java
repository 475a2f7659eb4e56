package dev.windlass.server.admission;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.MapNode;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code request} of an {@code admission.k8s.io/v1} AdmissionReview, as far as a validating
 * webhook reads it.
 *
 * @param uid the request's uid, echoed in the response
 * @param kind the object's kind ({@code request.kind})
 * @param name the object's name, empty when the API server has not named it yet
 * @param namespace the request's namespace, empty for cluster-scoped objects
 * @param operation CREATE, UPDATE, DELETE or CONNECT
 * @param userInfo the requesting user ({@code username}, {@code uid}, {@code groups}, {@code extra})
 * @param object the object admitted, or null (DELETE)
 * @param oldObject the stored object on UPDATE and DELETE, or null
 * @param dryRun whether the request is a dry run
 */
public record AdmissionRequest(String uid, GroupVersionKind kind, String name, String namespace, String operation,
                               Map<String, Object> userInfo, MapNode object, MapNode oldObject, boolean dryRun) {
    public AdmissionRequest {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        namespace = namespace == null ? "" : namespace;
        Objects.requireNonNull(operation, "operation");
        userInfo = Map.copyOf(userInfo);
    }

    /** The object Gatekeeper reviews: {@code oldObject} for DELETE, {@code object} otherwise; may be null. */
    public MapNode reviewedObject() {
        return "DELETE".equals(operation) ? oldObject : object;
    }

    /** The requesting user's name, empty when not given. */
    public String username() {
        Object username = userInfo.get("username");
        return username instanceof String s ? s : "";
    }

    /**
     * {@code group/version Kind namespace/name}, for log lines; the name is the reviewed object's when the
     * request leaves it empty, as Gatekeeper names the resource in its logs.
     */
    public String describe() {
        String gv = kind.group().isEmpty() ? kind.version() : kind.group() + "/" + kind.version();
        String shown = name;
        MapNode reviewed = reviewedObject();
        if (shown.isEmpty() && reviewed != null) {
            shown = reviewed.getMap("metadata").flatMap(m -> m.getText("name")).orElse("");
        }
        String where = namespace.isEmpty() ? shown : namespace + "/" + shown;
        return gv + " " + kind.kind() + " " + (where.isEmpty() ? "(unnamed)" : where);
    }
}
