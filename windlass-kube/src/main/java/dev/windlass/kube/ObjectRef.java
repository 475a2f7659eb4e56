package dev.windlass.kube;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import java.util.Objects;

/**
 * The object a request is about, for URLs and messages: {@code apps/Deployment guestbook/web}.
 * Namespace and name may be empty (a collection, or a cluster-scoped object).
 */
record ObjectRef(GroupVersionKind gvk, String namespace, String name) {

    ObjectRef {
        Objects.requireNonNull(gvk, "gvk");
        namespace = namespace == null ? "" : namespace;
        name = name == null ? "" : name;
    }

    static ObjectRef of(KubeObject object) {
        return new ObjectRef(object.gvk(), object.namespace(), object.name());
    }

    /** {@code apps/Deployment guestbook/web}, {@code Namespace prod}, or {@code apps/Deployment} alone. */
    String describe() {
        String kind = gvk.group().isEmpty() ? gvk.kind() : gvk.group() + "/" + gvk.kind();
        if (name.isEmpty()) {
            return namespace.isEmpty() ? kind : kind + " in namespace " + namespace;
        }
        return namespace.isEmpty() ? kind + " " + name : kind + " " + namespace + "/" + name;
    }
}
