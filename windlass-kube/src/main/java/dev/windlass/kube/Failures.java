package dev.windlass.kube;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterException.Reason;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps what the API server answered (an HTTP code and its {@code Status} body) onto
 * {@link ClusterException}: the reason from the code, the server's message, and the Status
 * details' causes as {@code field: message}.
 */
final class Failures {

    private Failures() {
    }

    /** The reason for an unsuccessful HTTP code. */
    static Reason reason(int code) {
        return switch (code) {
            case 404 -> Reason.NOT_FOUND;
            case 409 -> Reason.CONFLICT;
            case 401, 403 -> Reason.FORBIDDEN;
            case 413 -> Reason.TOO_LARGE;
            case 408, 410, 429 -> Reason.UNAVAILABLE;
            default -> code >= 500 || code <= 0 ? Reason.UNAVAILABLE : Reason.INVALID;
        };
    }

    /** The exception for an unsuccessful answer whose body may be a {@code Status}. */
    static ClusterException fromStatus(String verb, ObjectRef ref, int code, MapNode status) {
        String message = status.getText("message").filter(m -> !m.isBlank()).orElse("HTTP " + code);
        return KubeMessages.rejected(reason(code), code, verb, ref, message, causes(status), null);
    }

    /** The exception for a failure fabric8 reported (informers, watches). */
    static ClusterException fromClient(String verb, ObjectRef ref, KubernetesClientException e) {
        if (e.getCode() <= 0) {
            return KubeMessages.unreachable(verb, ref, e);
        }
        Status status = e.getStatus();
        String message = status == null || status.getMessage() == null ? e.getMessage() : status.getMessage();
        List<String> causes = new ArrayList<>();
        if (status != null && status.getDetails() != null && status.getDetails().getCauses() != null) {
            for (StatusCause cause : status.getDetails().getCauses()) {
                causes.add(cause(cause.getField(), cause.getMessage()));
            }
        }
        return KubeMessages.rejected(reason(e.getCode()), e.getCode(), verb, ref, message, causes, e);
    }

    /** {@code details.causes} of a Status as {@code field: message} (just the message when no field). */
    static List<String> causes(MapNode status) {
        List<String> out = new ArrayList<>();
        ListNode causes = status.getMap("details").flatMap(d -> d.getList("causes")).orElse(ListNode.empty());
        for (Node item : causes.items()) {
            item.asMap().ifPresent(cause -> out.add(cause(cause.getText("field").orElse(""),
                    cause.getText("message").orElse(cause.getText("reason").orElse("")))));
        }
        return out;
    }

    private static String cause(String field, String message) {
        String text = message == null ? "" : message;
        return field == null || field.isEmpty() ? text : field + ": " + text;
    }
}
