package dev.windlass.policy;

import dev.windlass.model.KubeObject;
import java.util.Map;
import java.util.Objects;

/**
  * One object under review: what becomes {@code input.review}.
  *
  * @param object the object (for DELETE, the object being deleted)
  * @param oldObject the stored object on UPDATE, or null
  * @param operation CREATE, UPDATE, DELETE or CONNECT
  * @param userInfo the requesting user ({@code username}, {@code groups}, ...), may be empty
  * @param namespace the object's Namespace when known (for {@code namespaceSelector}), or null
  */
public record Review(KubeObject object, KubeObject oldObject, String operation, Map<String, Object> userInfo,
                     KubeObject namespace) {
    public Review {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(operation, "operation");
        userInfo = Map.copyOf(userInfo);
    }

    /** A CREATE review of an object with no user, as gator and the sync gate make. */
    public static Review create(KubeObject object) {
        return new Review(object, null, "CREATE", Map.of(), null);
    }

    /** A copy with the object's Namespace, for {@code namespaceSelector}. */
    public Review withNamespace(KubeObject ns) {
        return new Review(object, oldObject, operation, userInfo, ns);
    }
}
