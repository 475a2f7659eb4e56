package dev.windlass.kustomize;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.FieldPath;
import java.util.Objects;

/**
 * One entry of a kustomization's {@code vars}: the name written as {@code $(NAME)}, the object it
 * reads (group, version and kind must equal the object's exactly; an empty namespace matches any)
 * and the field read from it. {@code file} and {@code field} say where it was declared.
 */
record Var(String name, GroupVersionKind gvk, String objectName, String namespace, String fieldPath, String file,
        FieldPath field) {

    static final String DEFAULT_FIELD_PATH = "metadata.name";

    Var {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gvk, "gvk");
        Objects.requireNonNull(objectName, "objectName");
        Objects.requireNonNull(namespace, "namespace");
        fieldPath = fieldPath == null || fieldPath.isEmpty() ? DEFAULT_FIELD_PATH : fieldPath;
        Objects.requireNonNull(file, "file");
    }

    /**
     * Whether {@code r} is the object this var reads, by any name it has had: kustomize compares
     * group, version, kind and name exactly and, when the objref has a namespace or names a
     * cluster-scoped kind, the namespace too.
     */
    boolean refersTo(Resource r) {
        GroupVersionKind other = r.object().gvk();
        if (!gvk.equals(other)) {
            return false;
        }
        boolean checkNamespace = !namespace.isEmpty() || ClusterScopedKinds.isClusterScoped(gvk);
        if (checkNamespace && !Replacement.effectiveNamespace(gvk, namespace).equals(
                Replacement.effectiveNamespace(other, Replacement.namespaceOf(r)))) {
            return false;
        }
        return Replacement.ids(r).contains(objectName);
    }

    /** The objref as messages show it. */
    String describe() {
        String apiVersion = gvk.group().isEmpty() ? gvk.version() : gvk.group() + "/" + gvk.version();
        return "'" + name + "' (" + (gvk.kind().isEmpty() ? "[noKind]" : gvk.kind()) + " "
                + (apiVersion.isEmpty() ? "[noVersion]" : apiVersion) + " "
                + (namespace.isEmpty() ? "" : namespace + "/") + objectName + ", field " + fieldPath + ")";
    }
}
