package dev.windlass.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
  * Reads a {@code templates.gatekeeper.sh} ConstraintTemplate (v1, v1beta1, v1alpha1) with
  * Gatekeeper's checks: the kind is set, the name is the lower-case kind, exactly one target
  * {@code admission.k8s.gatekeeper.sh}, and Rego ({@code rego} or {@code code[engine=Rego]}) or CEL
  * ({@code code[engine=K8sNativeValidation]}) code.
  */
final class TemplateReader {
    static final String GROUP = "templates.gatekeeper.sh";
    static final String TARGET = "admission.k8s.gatekeeper.sh";
    static final Set<String> VERSIONS = Set.of("v1", "v1beta1", "v1alpha1");

    private TemplateReader() {
    }

    static boolean isTemplate(KubeObject object) {
        return object.kind().equals("ConstraintTemplate") && object.gvk().group().equals(GROUP);
    }

    static TemplateSource read(KubeObject object) throws PolicyException {
        Fields f = new Fields("ConstraintTemplate " + object.name());
        if (!VERSIONS.contains(object.gvk().version())) {
            throw f.error("apiVersion", object.apiVersion() + " is not supported; use " + GROUP + "/v1");
        }
        MapNode spec = f.map(object.content(), "spec", "spec").orElse(MapNode.empty());
        MapNode crdSpec = f.map(f.map(spec, "crd", "spec.crd").orElse(MapNode.empty()), "spec", "spec.crd.spec")
                .orElse(MapNode.empty());
        MapNode names = f.map(crdSpec, "names", "spec.crd.spec.names").orElse(MapNode.empty());
        String kind = f.text(names, "kind", "spec.crd.spec.names.kind").orElse("");
        if (kind.isEmpty()) {
            throw f.error("spec.crd.spec.names.kind", "is required: name the constraint kind the template defines");
        }
        if (!object.name().equals(kind.toLowerCase(Locale.ROOT))) {
            throw f.error("metadata.name", "the ConstraintTemplate's name \"" + object.name()
                    + "\" is not equal to the lowercase of CRD's Kind: \"" + kind.toLowerCase(Locale.ROOT) + "\"");
        }
        MapNode validation = f.map(crdSpec, "validation", "spec.crd.spec.validation").orElse(MapNode.empty());
        MapNode schema = f.map(validation, "openAPIV3Schema", "spec.crd.spec.validation.openAPIV3Schema").orElse(null);
        boolean legacyDefault = !object.gvk().version().equals("v1");
        boolean legacy = validation.get("legacySchema").flatMap(TemplateReader::bool).orElse(legacyDefault);
        return target(object.name(), kind, schema, legacy, spec, f);
    }

    private static Optional<Boolean> bool(Node node) {
        return node instanceof dev.windlass.model.tree.BoolNode b ? Optional.of(b.value()) : Optional.empty();
    }

    private static TemplateSource target(String name, String kind, MapNode schema, boolean legacy, MapNode spec,
                                         Fields f) throws PolicyException {
        ListNode targets = f.list(spec, "targets", "spec.targets").orElse(ListNode.empty());
        if (targets.size() != 1) {
            throw f.error("spec.targets", "expected exactly 1 item in targets, got " + targets.size());
        }
        if (!(targets.items().get(0) instanceof MapNode target)) {
            throw f.error("spec.targets[0]", "must be an object");
        }
        String targetName = f.text(target, "target", "spec.targets[0].target").orElse("");
        if (!targetName.equals(TARGET)) {
            throw f.error("spec.targets[0].target", "target \"" + targetName + "\" is not recognized; use " + TARGET);
        }
        String rego = f.text(target, "rego", "spec.targets[0].rego").filter(s -> !s.isBlank()).orElse(null);
        List<String> libs = new ArrayList<>(f.strings(target, "libs", "spec.targets[0].libs"));
        boolean regoV1 = false;
        MapNode cel = null;
        ListNode code = f.list(target, "code", "spec.targets[0].code").orElse(ListNode.empty());
        for (int i = 0; i < code.size(); i++) {
            String at = "spec.targets[0].code[" + i + "]";
            MapNode entry = code.items().get(i).asMap().orElseThrow(() -> f.error(at, "must be an object"));
            String engine = f.text(entry, "engine", at + ".engine").orElse("");
            MapNode source = f.map(entry, "source", at + ".source").orElse(MapNode.empty());
            if (engine.equals("Rego") && rego == null) {
                rego = f.text(source, "rego", at + ".source.rego").orElse(null);
                libs.addAll(f.strings(source, "libs", at + ".source.libs"));
                regoV1 = f.text(source, "version", at + ".source.version").orElse("v0").equals("v1");
            } else if (engine.equals("K8sNativeValidation")) {
                cel = source;
            }
        }
        if (rego == null && cel == null) {
            throw f.error("spec.targets[0]", "has no code: set rego, or a code[] entry with engine Rego or "
                    + "K8sNativeValidation");
        }
        return new TemplateSource(name, kind, schema, legacy, rego, regoV1, libs, cel);
    }
}
