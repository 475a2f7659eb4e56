package dev.windlass.controller.policy;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import java.util.Locale;
import java.util.Optional;

/** Gatekeeper's API groups and kinds, and how a template names its constraint kind. */
final class GatekeeperKinds {

    static final String TEMPLATES_GROUP = "templates.gatekeeper.sh";
    static final String CONSTRAINTS_GROUP = "constraints.gatekeeper.sh";
    static final String CONFIG_GROUP = "config.gatekeeper.sh";

    /** Templates are read at their storage version. */
    static final GroupVersionKind TEMPLATE = new GroupVersionKind(TEMPLATES_GROUP, "v1", "ConstraintTemplate");
    static final GroupVersionKind CONFIG = new GroupVersionKind(CONFIG_GROUP, "v1alpha1", "Config");
    static final GroupVersionKind CRD = new GroupVersionKind("apiextensions.k8s.io", "v1", "CustomResourceDefinition");
    static final GroupVersionKind NAMESPACE = new GroupVersionKind("", "v1", "Namespace");

    /** The only Config Gatekeeper reads: {@code config} in its own namespace. */
    static final String CONFIG_NAME = "config";

    private GatekeeperKinds() {
    }

    /** The constraint kind a template defines ({@code spec.crd.spec.names.kind}), if it names one. */
    static Optional<String> constraintKind(KubeObject template) {
        return template.field(FieldPath.of("spec", "crd", "spec", "names", "kind")).flatMap(Node::asText)
                .filter(kind -> !kind.isBlank());
    }

    /** The version constraints are read and written at. */
    static GroupVersionKind constraint(String kind) {
        return new GroupVersionKind(CONSTRAINTS_GROUP, "v1beta1", kind);
    }

    /** Gatekeeper's plural (and resource name) of a constraint kind: the kind in lower case. */
    static String plural(String kind) {
        return kind.toLowerCase(Locale.ROOT);
    }

    static boolean isTemplate(KubeObject object) {
        return object.gvk().group().equals(TEMPLATES_GROUP) && object.kind().equals("ConstraintTemplate");
    }

    static boolean isConstraint(KubeObject object) {
        return object.gvk().group().equals(CONSTRAINTS_GROUP);
    }

    static boolean isConfig(KubeObject object) {
        return object.gvk().group().equals(CONFIG_GROUP) && object.kind().equals("Config");
    }
}
