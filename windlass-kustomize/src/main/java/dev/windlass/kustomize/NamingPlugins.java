package dev.windlass.kustomize;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The built-in plugin configurations that rename or move objects: PrefixTransformer,
 * SuffixTransformer and PrefixSuffixTransformer ({@code prefix}, {@code suffix}, {@code fieldSpecs})
 * and NamespaceTransformer ({@code metadata.namespace}, {@code fieldSpecs}, {@code unsetOnly},
 * {@code setRoleBindingSubjects}), with kustomize's semantics for each.
 */
final class NamingPlugins {

    private static final List<String> SUBJECT_MODES = List.of("defaultOnly", "allServiceAccounts", "none");

    private NamingPlugins() {
    }

    static List<Resource> prefixSuffix(BuiltinPlugins.Context ctx, PluginConfigs.Config config,
            List<Resource> resources, boolean prefix, boolean suffix) throws KustomizeFailure {
        if (config.content().get("fieldSpecs").filter(v -> !v.isNull()).isEmpty()) {
            throw BuiltinPlugins.invalid(ctx, config, "fieldSpecs is not expected to be nil; give the fields to"
                    + " change, such as '- path: metadata/name'");
        }
        List<FieldSpec> specs = BuiltinPlugins.fieldSpecs(ctx, config);
        List<Resource> out = resources;
        if (prefix) {
            out = affix(out, specs, BuiltinPlugins.text(config.content(), "prefix"), true);
        }
        if (suffix) {
            out = affix(out, specs, BuiltinPlugins.text(config.content(), "suffix"), false);
        }
        return out;
    }

    private static List<Resource> affix(List<Resource> resources, List<FieldSpec> specs, String affix, boolean front) {
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            GroupVersionKind gvk = r.object().gvk();
            if (keepsName(gvk)) {
                out.add(r);
                continue;
            }
            for (FieldSpec spec : specs) {
                if (!spec.selects(gvk)) {
                    continue;
                }
                if (spec.path().equals(List.of("metadata", "name"))) {
                    if (!affix.isEmpty()) {
                        String name = r.object().name();
                        r = r.renamed(front ? affix + name : name + affix);
                    }
                    continue;
                }
                UnaryOperator<Node> edit = current -> {
                    String value = current instanceof StringNode s ? s.value() : current == null ? "" : null;
                    return value == null ? current : Node.of(front ? affix + value : value + affix);
                };
                r = r.withContent(FieldEditor.edit(r.object().content(), spec, edit));
            }
            out.add(r);
        }
        return out;
    }

    /** kustomize never prefixes or suffixes these kinds. */
    private static boolean keepsName(GroupVersionKind gvk) {
        return gvk.kind().equals("CustomResourceDefinition") || gvk.kind().equals("Namespace")
                || (gvk.kind().equals("APIService") && gvk.group().equals("apiregistration.k8s.io"));
    }

    static List<Resource> namespace(BuiltinPlugins.Context ctx, PluginConfigs.Config config, List<Resource> resources)
            throws KustomizeFailure {
        MapNode content = config.content();
        String namespace = content.getMap("metadata").map(m -> BuiltinPlugins.text(m, "namespace")).orElse("");
        String mode = BuiltinPlugins.text(content, "setRoleBindingSubjects");
        mode = mode.isEmpty() ? "defaultOnly" : mode;
        if (!SUBJECT_MODES.contains(mode)) {
            throw BuiltinPlugins.invalid(ctx, config, "invalid value \"" + mode + "\" for setRoleBindingSubjects: must"
                    + " be one of " + SUBJECT_MODES);
        }
        if (namespace.isEmpty()) {
            return resources;
        }
        boolean unsetOnly = content.get("unsetOnly").map(Node.of(true)::equals).orElse(false);
        UnaryOperator<Node> set = current -> unsetOnly && current != null && !Scalars.text(current).isEmpty()
                ? current : Node.of(namespace);
        List<FieldSpec> specs = BuiltinPlugins.fieldSpecs(ctx, config);
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            out.add(r.object().content().isEmpty() ? r : r.withContent(moveOne(r.object().content(), specs, set, mode)));
        }
        return out;
    }

    private static MapNode moveOne(MapNode object, List<FieldSpec> specs, UnaryOperator<Node> set, String mode) {
        GroupVersionKind gvk = Transformers.gvk(object);
        MapNode out = object;
        if (!ClusterScopedKinds.isClusterScoped(gvk)) {
            out = FieldEditor.edit(out, FieldSpec.any("metadata/namespace", true), set);
        }
        boolean binding = gvk.kind().equals("RoleBinding") || gvk.kind().equals("ClusterRoleBinding");
        if (binding && !mode.equals("none")) {
            out = subjects(out, set, mode);
        }
        String apiVersion = object.getText("apiVersion").orElse("");
        for (FieldSpec spec : specs) {
            String path = String.join("/", spec.path());
            boolean skipped = path.equals("metadata/namespace") || (path.equals("metadata/name") && !apiVersion.equals("v1"))
                    || (binding && path.equals("subjects/namespace")
                            && (spec.kind().equals("RoleBinding") || spec.kind().equals("ClusterRoleBinding")));
            if (!skipped && spec.selects(gvk)) {
                out = FieldEditor.edit(out, spec, set);
            }
        }
        return out;
    }

    private static MapNode subjects(MapNode binding, UnaryOperator<Node> set, String mode) {
        ListNode subjects = binding.getList("subjects").orElse(null);
        if (subjects == null) {
            return binding;
        }
        List<Node> items = new ArrayList<>();
        for (Node item : subjects.items()) {
            MapNode subject = item.asMap().orElse(null);
            boolean chosen = subject != null && (mode.equals("defaultOnly")
                    ? subject.getText("name").map("default"::equals).orElse(false)
                    : subject.getText("kind").map("ServiceAccount"::equals).orElse(false));
            items.add(chosen ? subject.with("namespace", set.apply(subject.get("namespace").orElse(null))) : item);
        }
        return binding.with("subjects", new ListNode(items));
    }
}
