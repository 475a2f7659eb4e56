package dev.windlass.kustomize;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * kustomize's namespace transformer: sets {@code metadata.namespace} on namespaced objects, renames
 * {@code v1} Namespace objects to the namespace, moves the {@code default} subjects of role
 * bindings, and follows the service references of APIServices and CRD conversion webhooks.
 */
final class NamespaceTransform {

    /** kustomize's built-in namespace field specs (besides metadata/namespace, which it handles itself). */
    static final List<FieldSpec> DEFAULT_SPECS = List.of(
            FieldSpec.of("", "", "Namespace", "metadata/name", true),
            FieldSpec.of("apiregistration.k8s.io", "", "APIService", "spec/service/namespace", true),
            FieldSpec.of("apiextensions.k8s.io", "", "CustomResourceDefinition",
                    "spec/conversion/webhook/clientConfig/service/namespace", false));

    private NamespaceTransform() {
    }

    static MapNode apply(MapNode object, String namespace) {
        return apply(object, namespace, DEFAULT_SPECS);
    }

    /**
     * Sets the namespace on a namespaced object and in the fields {@code specs} list; like kustomize,
     * a {@code metadata/name} spec only applies to {@code apiVersion: v1} objects.
     */
    static MapNode apply(MapNode object, String namespace, List<FieldSpec> specs) {
        GroupVersionKind gvk = Transformers.gvk(object);
        Node value = Node.of(namespace);
        MapNode out = object;
        if (!ClusterScopedKinds.isClusterScoped(gvk)) {
            out = FieldEditor.edit(out, FieldSpec.any("metadata/namespace", true), current -> value);
        }
        boolean binding = gvk.kind().equals("RoleBinding") || gvk.kind().equals("ClusterRoleBinding");
        if (binding) {
            out = defaultSubjects(out, namespace);
        }
        String apiVersion = object.getText("apiVersion").orElse("");
        for (FieldSpec spec : specs) {
            String path = String.join("/", spec.path());
            boolean skipped = path.equals("metadata/namespace") || path.equals("metadata/name") && !apiVersion.equals("v1")
                    || binding && path.equals("subjects/namespace")
                            && (spec.kind().equals("RoleBinding") || spec.kind().equals("ClusterRoleBinding"));
            if (!skipped && spec.selects(gvk)) {
                out = FieldEditor.edit(out, spec, current -> value);
            }
        }
        return out;
    }

    /** Subjects named {@code default} move to the namespace (kustomize's default subject mode). */
    private static MapNode defaultSubjects(MapNode binding, String namespace) {
        ListNode subjects = binding.getList("subjects").orElse(null);
        if (subjects == null) {
            return binding;
        }
        List<Node> items = new ArrayList<>();
        for (Node subject : subjects.items()) {
            boolean isDefault = subject.asMap().flatMap(m -> m.getText("name")).map("default"::equals).orElse(false);
            items.add(isDefault ? subject.asMap().orElseThrow().with("namespace", Node.of(namespace)) : subject);
        }
        return binding.with("subjects", new ListNode(items));
    }
}
