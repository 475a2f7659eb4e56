package dev.windlass.kustomize;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a kustomization's {@code replacements}, read: where the value comes from and the
 * fields it is copied to. {@code file} and {@code field} say where it was written, for messages.
 *
 * @param targets {@code null} when the entry has no {@code targets} at all (kustomize refuses that)
 */
record Replacement(String file, FieldPath field, Source source, List<Target> targets) {

    static final String DEFAULT_FIELD_PATH = "metadata.name";

    Replacement {
        Objects.requireNonNull(file, "file");
        targets = targets == null ? null : List.copyOf(targets);
    }

    /**
     * A resource id pattern as kustomize's {@code ResId} selects: empty parts match anything, the
     * others must be equal; namespaces compare as kustomize does ({@code ""} is {@code default},
     * cluster-scoped kinds have none).
     */
    record IdSelector(String group, String version, String kind, String name, String namespace) {

        static final IdSelector ANY = new IdSelector("", "", "", "", "");

        IdSelector {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(namespace, "namespace");
        }

        boolean isEmpty() {
            return equals(ANY);
        }

        /** Whether any id the resource has had (its current name or an earlier one) is selected. */
        boolean selectsAnyId(Resource r) {
            for (String n : ids(r)) {
                if (selects(r.object().gvk(), n, namespaceOf(r))) {
                    return true;
                }
            }
            return false;
        }

        boolean selects(GroupVersionKind gvk, String resourceName, String resourceNamespace) {
            return (name.isEmpty() || name.equals(resourceName))
                    && (namespace.isEmpty() || effectiveNamespace(new GroupVersionKind(group, version, kind), namespace)
                            .equals(effectiveNamespace(gvk, resourceNamespace)))
                    && (group.isEmpty() || group.equals(gvk.group()))
                    && (version.isEmpty() || version.equals(gvk.version()))
                    && (kind.isEmpty() || kind.equals(gvk.kind()));
        }

        /** kustomize's spelling of a resource id: {@code Kind.version.group/name.namespace}. */
        String describe() {
            return or(kind, "[noKind]") + "." + or(version, "[noVer]") + "." + or(group, "[noGrp]") + "/"
                    + or(name, "[noName]") + "." + or(namespace, "[noNs]");
        }

        private static String or(String value, String missing) {
            return value.isEmpty() ? missing : value;
        }
    }

    /** Where the value comes from: one resource and a field in it, optionally one part of a delimited value. */
    record Source(IdSelector id, String fieldPath, Options options) {
        Source {
            Objects.requireNonNull(id, "id");
            fieldPath = fieldPath == null || fieldPath.isEmpty() ? DEFAULT_FIELD_PATH : fieldPath;
            Objects.requireNonNull(options, "options");
        }

        String describe() {
            String out = id.describe() + ":" + fieldPath;
            return options.describe().isEmpty() ? out : out + ":" + options.describe();
        }
    }

    /** A selection of resources: an id pattern and Kubernetes label and annotation selectors. */
    record Selector(IdSelector id, String labelSelector, String annotationSelector) {
        Selector {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(labelSelector, "labelSelector");
            Objects.requireNonNull(annotationSelector, "annotationSelector");
        }

        boolean matchesLabelsAndAnnotations(Resource r) {
            return PatchSelector.selector(annotationSelector, r.object().annotations())
                    && PatchSelector.selector(labelSelector, r.object().labels());
        }
    }

    /**
     * Where the value goes: the selected resources (minus rejected ones) and the field paths in each.
     *
     * @param select {@code null} when the target names no {@code select} (kustomize refuses that)
     */
    record Target(Selector select, List<Selector> reject, List<String> fieldPaths, Options options) {
        Target {
            reject = List.copyOf(reject);
            fieldPaths = fieldPaths.isEmpty() ? List.of(DEFAULT_FIELD_PATH) : List.copyOf(fieldPaths);
            Objects.requireNonNull(options, "options");
        }

        /** kustomize's rule: select and labels match, no reject's labels match, no reject's id pattern matches any id. */
        boolean selects(Resource r) {
            if (!select.matchesLabelsAndAnnotations(r)) {
                return false;
            }
            for (Selector rejected : reject) {
                boolean bySelectors = !rejected.labelSelector().isEmpty() || !rejected.annotationSelector().isEmpty();
                if (bySelectors && rejected.matchesLabelsAndAnnotations(r)
                        || !rejected.id().isEmpty() && rejected.id().selectsAnyId(r)) {
                    return false;
                }
            }
            return select.id().selectsAnyId(r);
        }
    }

    /** {@code options}: split and join on {@code delimiter} at {@code index}; {@code create} missing fields. */
    record Options(String delimiter, int index, boolean create) {
        static final Options NONE = new Options("", 0, false);

        Options {
            Objects.requireNonNull(delimiter, "delimiter");
        }

        String describe() {
            return delimiter.isEmpty() && !create ? "" : delimiter + "(" + index + "), create=" + create;
        }
    }

    static List<String> ids(Resource r) {
        List<String> names = new ArrayList<>();
        names.add(r.object().name());
        for (String n : r.names()) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return names;
    }

    static String namespaceOf(Resource r) {
        return r.object().namespace() == null ? "" : r.object().namespace();
    }

    static String effectiveNamespace(GroupVersionKind gvk, String namespace) {
        if (ClusterScopedKinds.isClusterScoped(gvk)) {
            return "\u0000cluster";
        }
        return namespace.isEmpty() || namespace.equals("default") ? "default" : namespace;
    }
}
