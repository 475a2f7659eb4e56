package dev.windlass.kube;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterException.Reason;
import dev.windlass.model.GroupVersionKind;
import java.time.Duration;
import java.util.List;

/** Every message this adapter puts into a {@link ClusterException}: what failed, on which object, and what to do. */
final class KubeMessages {

    private KubeMessages() {
    }

    static ClusterException unknownKind(GroupVersionKind gvk) {
        return new ClusterException(Reason.UNKNOWN_KIND, "the cluster does not serve apiVersion " + gvk.apiVersion()
                + " kind " + gvk.kind() + ": check the apiVersion and kind; for a custom resource the"
                + " CustomResourceDefinition may be missing or not yet established (install it first or"
                + " sync it in an earlier wave)");
    }

    static ClusterException rejected(Reason reason, int code, String verb, ObjectRef ref, String serverMessage,
            List<String> causes, Throwable cause) {
        return new ClusterException(reason, verb + " " + ref.describe() + " failed (HTTP " + code + "): "
                + serverMessage + remedy(reason), causes, cause);
    }

    static ClusterException unreachable(String verb, ObjectRef ref, Throwable cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ClusterException(Reason.UNAVAILABLE, verb + " " + ref.describe()
                + " failed: the API server could not be reached (" + detail + "); retry later", List.of(), cause);
    }

    static ClusterException interrupted(String verb, ObjectRef ref, InterruptedException cause) {
        Thread.currentThread().interrupt();
        return new ClusterException(Reason.UNAVAILABLE, verb + " " + ref.describe()
                + " was interrupted before the API server answered", List.of(), cause);
    }

    static ClusterException notSynced(Duration timeout, List<String> pending) {
        return new ClusterException(Reason.UNAVAILABLE, "the cache of tracked objects has not finished its first"
                + " list within " + timeout.toSeconds() + "s (still listing: " + String.join(", ", pending)
                + "); the API server may be slow or unreachable; retry later");
    }

    static ClusterException notEstablished(String crd, Duration timeout) {
        return new ClusterException(Reason.UNAVAILABLE, "CustomResourceDefinition " + crd
                + " was not Established within " + timeout.toMillis() + "ms; check its status conditions"
                + " (NamesAccepted, Established) with kubectl describe crd " + crd);
    }

    static ClusterException notAnObject(String verb, ObjectRef ref) {
        return new ClusterException(Reason.UNAVAILABLE, verb + " " + ref.describe()
                + " returned a body that is not a JSON object; is the server a Kubernetes API server?");
    }

    private static String remedy(Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> "; the object or its namespace does not exist";
            case CONFLICT -> "; another field manager owns these fields or the object changed meanwhile:"
                    + " re-read it and retry, or apply with force (ServerSideApply with Force=true)";
            case INVALID -> "; fix the fields listed in the causes";
            case FORBIDDEN -> "; grant the controller's credentials this verb on this resource, or check that"
                    + " the namespace is not terminating";
            case TOO_LARGE -> "; split the object (large ConfigMaps or annotations) below the server's limit";
            case UNAVAILABLE -> "; the API server is unavailable, retry later";
            case UNKNOWN_KIND -> "; the kind is not served";
        };
    }
}
