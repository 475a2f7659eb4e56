package dev.windlass.sandbox.resource;

import static dev.windlass.sandbox.resource.FieldCauses.dns1035Label;
import static dev.windlass.sandbox.resource.FieldCauses.dns1123Subdomain;
import static dev.windlass.sandbox.resource.FieldCauses.invalid;
import static dev.windlass.sandbox.resource.FieldCauses.notSupported;
import static dev.windlass.sandbox.resource.FieldCauses.required;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Checks an {@code apiextensions.k8s.io/v1} CustomResourceDefinition as kube-apiserver does on
 * create, after v1 defaulting: metadata name, protected-group approval, group, scope, versions,
 * names, subresource paths and printer columns. Schemas are only required, not checked.
 */
final class CrdValidator {

    static final String APPROVAL_ANNOTATION = "api-approved.kubernetes.io";
    private static final List<String> SCOPES = List.of("Cluster", "Namespaced");
    private static final List<String> COLUMN_TYPES = List.of("boolean", "date", "integer", "number", "string");
    private static final List<String> COLUMN_FORMATS =
            List.of("byte", "date", "date-time", "double", "float", "int32", "int64", "password");

    private final BiFunction<String, String, Optional<ApiResource>> builtins;
    private final List<Cause> causes = new ArrayList<>();

    /** {@code builtins} finds a built-in resource by group and plural. */
    CrdValidator(BiFunction<String, String, Optional<ApiResource>> builtins) {
        this.builtins = builtins;
    }

    List<Cause> validate(MapNode crd) {
        MapNode metadata = crd.getMap("metadata").orElse(MapNode.empty());
        MapNode spec = crd.getMap("spec").orElse(MapNode.empty());
        CustomResource parsed = CustomResource.from(crd);
        metadata(metadata, parsed);
        group(parsed.group());
        scope(spec.getText("scope").orElse(""));
        versions(spec.getList("versions").orElse(ListNode.empty()));
        names(spec.getMap("names").orElse(MapNode.empty()), parsed);
        builtinConflict(parsed);
        return List.copyOf(causes);
    }

    private void metadata(MapNode metadata, CustomResource crd) {
        String name = metadata.getText("name").orElse("");
        if (name.isEmpty()) {
            causes.add(required("metadata.name", "name or generateName is required"));
        } else {
            dns1123Subdomain(name).forEach(p -> causes.add(invalid("metadata.name", name, p)));
            if (!name.equals(crd.plural() + "." + crd.group())) {
                causes.add(invalid("metadata.name", name, "must be spec.names.plural+\".\"+spec.group"));
            }
        }
        if (isProtectedGroup(crd.group())) {
            String field = "metadata.annotations[" + APPROVAL_ANNOTATION + "]";
            String approval = metadata.getMap("annotations").flatMap(a -> a.getText(APPROVAL_ANNOTATION)).orElse("");
            String see = ", see https://github.com/kubernetes/enhancements/pull/1111";
            if (approval.isEmpty()) {
                causes.add(required(field, "protected groups must have approval annotation \""
                        + APPROVAL_ANNOTATION + "\"" + see));
            } else if (!approval.startsWith("unapproved") && !isUrl(approval)) {
                causes.add(invalid(field, approval, "protected groups must have approval annotation \""
                        + APPROVAL_ANNOTATION + "\" with either a URL or a reason starting with \"unapproved\"" + see));
            }
        }
    }

    private void group(String group) {
        if (group.isEmpty()) {
            causes.add(required("spec.group", ""));
            return;
        }
        List<String> problems = dns1123Subdomain(group);
        if (!problems.isEmpty()) {
            causes.add(invalid("spec.group", group, String.join(",", problems)));
        } else if (!group.contains(".")) {
            causes.add(invalid("spec.group", group, "should be a domain with at least one dot"));
        }
    }

    private void scope(String scope) {
        if (scope.isEmpty()) {
            causes.add(required("spec.scope", ""));
        } else if (!SCOPES.contains(scope)) {
            causes.add(notSupported("spec.scope", scope, SCOPES));
        }
    }

    private void versions(ListNode versions) {
        int storage = 0;
        Set<String> seen = new HashSet<>();
        boolean unique = true;
        for (int i = 0; i < versions.size(); i++) {
            String path = "spec.versions[" + i + "]";
            MapNode v = versions.items().get(i).asMap().orElse(MapNode.empty());
            String name = v.getText("name").orElse("");
            unique &= seen.add(name);
            List<String> problems = dns1035Label(name);
            if (!problems.isEmpty()) {
                causes.add(invalid(path + ".name", name, String.join(",", problems)));
            }
            flag(v, "served", path);
            storage += flag(v, "storage", path) ? 1 : 0;
            if (v.getMap("schema").flatMap(s -> s.getMap("openAPIV3Schema")).isEmpty()) {
                causes.add(required(path + ".schema.openAPIV3Schema", "schemas are required"));
            }
            scale(v.getMap("subresources").flatMap(s -> s.getMap("scale")), path + ".subresources.scale");
            columns(v.getList("additionalPrinterColumns").orElse(ListNode.empty()), path);
        }
        if (!unique) {
            causes.add(invalid("spec.versions", versions, "must contain unique version names"));
        }
        if (storage != 1) {
            causes.add(invalid("spec.versions", versions, "must have exactly one version marked as storage version"));
        }
    }

    private boolean flag(MapNode version, String key, String path) {
        Optional<Node> value = version.get(key);
        if (value.isPresent() && !(value.get() instanceof BoolNode)) {
            causes.add(invalid(path + "." + key, value.get(), "must be a boolean"));
        }
        return value.filter(n -> n instanceof BoolNode b && b.value()).isPresent();
    }

    private void scale(Optional<MapNode> scale, String path) {
        if (scale.isEmpty()) {
            return;
        }
        jsonPath(scale.get(), "specReplicasPath", path, ".spec.", true);
        jsonPath(scale.get(), "statusReplicasPath", path, ".status.", true);
        jsonPath(scale.get(), "labelSelectorPath", path, ".status.", false);
    }

    private void jsonPath(MapNode scale, String key, String path, String prefix, boolean mandatory) {
        String value = scale.getText(key).orElse("");
        String field = path + "." + key;
        if (value.isEmpty()) {
            if (mandatory) {
                causes.add(required(field, ""));
            }
        } else if (!value.startsWith(".")) {
            causes.add(invalid(field, value, "must be a simple json path starting with ."));
        } else if (!value.startsWith(prefix)) {
            causes.add(invalid(field, value, "should be a json path under " + prefix.substring(0, prefix.length() - 1)));
        }
    }

    private void columns(ListNode columns, String versionPath) {
        for (int i = 0; i < columns.size(); i++) {
            String path = versionPath + ".additionalPrinterColumns[" + i + "]";
            MapNode c = columns.items().get(i).asMap().orElse(MapNode.empty());
            if (c.getText("name").orElse("").isEmpty()) {
                causes.add(required(path + ".name", ""));
            }
            String type = c.getText("type").orElse("");
            String types = "must be one of " + String.join(",", COLUMN_TYPES);
            if (type.isEmpty()) {
                causes.add(required(path + ".type", types));
            } else if (!COLUMN_TYPES.contains(type)) {
                causes.add(invalid(path + ".type", type, types));
            }
            String format = c.getText("format").orElse("");
            if (!format.isEmpty() && !COLUMN_FORMATS.contains(format)) {
                causes.add(invalid(path + ".format", format, "must be one of " + String.join(",", COLUMN_FORMATS)));
            }
            String jsonPath = c.getText("jsonPath").orElse("");
            if (jsonPath.isEmpty()) {
                causes.add(required(path + ".JSONPath", ""));
            } else if (!jsonPath.startsWith(".")) {
                causes.add(invalid(path + ".JSONPath", jsonPath, "must be a simple json path starting with ."));
            }
        }
    }

    private void names(MapNode names, CustomResource crd) {
        requiredName(crd.plural(), "plural");
        requiredName(crd.singular(), "singular");
        requiredName(crd.kind(), "kind");
        requiredName(crd.kind().isEmpty() ? names.getText("listKind").orElse("") : crd.listKind(), "listKind");
        label("spec.names.plural", crd.plural(), crd.plural(), "");
        label("spec.names.singular", crd.singular(), crd.singular(), "");
        String mixedCase = "may have mixed case, but should otherwise match: ";
        label("spec.names.kind", crd.kind(), crd.kind().toLowerCase(Locale.ROOT), mixedCase);
        label("spec.names.listKind", crd.listKind(), crd.listKind().toLowerCase(Locale.ROOT), mixedCase);
        for (int i = 0; i < crd.shortNames().size(); i++) {
            String shortName = crd.shortNames().get(i);
            int index = i;
            problems(dns1035Label(shortName)).ifPresent(p ->
                    causes.add(invalid("spec.names.shortNames[" + index + "]", shortName, p)));
        }
        if (!crd.kind().isEmpty() && crd.kind().equals(crd.listKind())) {
            causes.add(invalid("spec.names.listKind", crd.listKind(), "kind and listKind may not be the same"));
        }
        for (int i = 0; i < crd.categories().size(); i++) {
            String category = crd.categories().get(i);
            int index = i;
            problems(dns1035Label(category)).ifPresent(p ->
                    causes.add(invalid("spec.names.categories[" + index + "]", category, p)));
        }
    }

    private void requiredName(String value, String key) {
        if (value.isEmpty()) {
            causes.add(required("spec.names." + key, ""));
        }
    }

    private void label(String field, String value, String checked, String prefix) {
        if (!value.isEmpty()) {
            problems(dns1035Label(checked)).ifPresent(p -> causes.add(invalid(field, value, prefix + p)));
        }
    }

    private static Optional<String> problems(List<String> problems) {
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(",", problems));
    }

    private void builtinConflict(CustomResource crd) {
        builtins.apply(crd.group(), crd.plural()).ifPresent(builtin -> causes.add(invalid("spec.names.plural",
                crd.plural(), "is served by the built-in API " + builtin.groupVersion() + " " + builtin.plural()
                        + "; choose another plural or group")));
    }

    /** {@code k8s.io} and {@code kubernetes.io} groups and their subdomains need an approval annotation. */
    static boolean isProtectedGroup(String group) {
        return group.equals("k8s.io") || group.endsWith(".k8s.io")
                || group.equals("kubernetes.io") || group.endsWith(".kubernetes.io");
    }

    private static boolean isUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && uri.getHost() != null;
        } catch (java.net.URISyntaxException notUrl) {
            return false;
        }
    }
}
