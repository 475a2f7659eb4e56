package dev.windlass.sandbox.query;

import dev.windlass.model.GroupKind;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import dev.windlass.sandbox.api.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields a resource can be selected by (kube-apiserver's field-label conversion functions and
 * selectable field sets), how each is read from an object, and the message for any other field.
 *
 * <p>Kinds without their own table accept only {@code metadata.name} and {@code metadata.namespace}
 * and reject the rest with {@code "spec.foo" is not a known field selector: only "metadata.name",
 * "metadata.namespace"}; kinds with a table (pods, events, secrets …) say
 * {@code field label not supported: spec.foo}; jobs say {@code field label "spec.foo" not supported for Job}.
 */
public final class SelectableFields {

    private static final String CORE = "";
    private static final Map<GroupKind, SelectableFields> BUILT_IN = builtIns();
    private static final SelectableFields METADATA_ONLY = new SelectableFields(
            Set.of("metadata.name", "metadata.namespace"), Map.of(),
            label -> "\"" + label + "\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"");

    private final Set<String> labels;
    private final Map<String, String> aliases;
    private final Function<String, String> rejection;

    private SelectableFields(Set<String> labels, Map<String, String> aliases, Function<String, String> rejection) {
        this.labels = Set.copyOf(labels);
        this.aliases = Map.copyOf(aliases);
        this.rejection = rejection;
    }

    /** The fields of a built-in kind; kinds without a table of their own get {@link #metadataOnly()}. */
    public static SelectableFields forKind(GroupKind kind) {
        return BUILT_IN.getOrDefault(kind, METADATA_ONLY);
    }

    /** {@code metadata.name} and {@code metadata.namespace} only, with the server's default message. */
    public static SelectableFields metadataOnly() {
        return METADATA_ONLY;
    }

    /**
     * The fields of a custom resource: {@code metadata.name}, {@code metadata.namespace} unless
     * cluster-scoped, and the CRD version's {@code selectableFields} (JSON paths such as {@code .spec.color}).
     */
    public static SelectableFields forCustomResource(boolean clusterScoped, List<String> selectableJsonPaths) {
        Set<String> labels = selectableJsonPaths.stream().map(p -> p.startsWith(".") ? p.substring(1) : p)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        labels.add("metadata.name");
        if (!clusterScoped) {
            labels.add("metadata.namespace");
        }
        return new SelectableFields(labels, Map.of(), SelectableFields::notSupported);
    }

    /** True when {@code label} may be selected on. */
    public boolean supports(String label) {
        return labels.contains(label) || aliases.containsKey(label);
    }

    /**
     * The label as stored ({@code spec.host} becomes {@code spec.nodeName} for pods).
     *
     * @throws ApiException 400 BadRequest with the server's message when the label is not selectable
     */
    public String convert(String label) {
        if (aliases.containsKey(label)) {
            return aliases.get(label);
        }
        if (!labels.contains(label)) {
            throw ApiException.badRequest(rejection.apply(label));
        }
        return label;
    }

    /**
     * The text {@code field} has in {@code object}: strings as they are, numbers in decimal,
     * booleans as {@code true}/{@code false}, a missing field as the Go zero value's text
     * ({@code ""}, or {@code false}/{@code 0} for the boolean and counter fields).
     */
    public String valueOf(MapNode object, String label) {
        return switch (label) {
            case "spec.hostNetwork", "spec.unschedulable" -> text(object, label, "false");
            case "status.replicas", "status.successful" -> text(object, label, "0");
            case "source" -> text(object, "source.component", "");
            case "status.podIPs" -> podIps(object);
            default -> text(object, label, "");
        };
    }

    private static String text(MapNode object, String dotted, String zero) {
        String path = dotted.equals("status.successful") ? "status.succeeded" : dotted;
        Node node = object.at(FieldPath.of(path.split("\\."))).orElse(null);
        if (node == null || node.isNull()) {
            return zero;
        }
        return node instanceof StringNode s ? s.value() : node.toString();
    }

    private static String podIps(MapNode object) {
        ListNode ips = object.at(FieldPath.of("status", "podIPs")).flatMap(Node::asList).orElse(ListNode.empty());
        return ips.items().stream().map(ip -> ip.asMap().flatMap(m -> m.getText("ip")).orElse(""))
                .collect(Collectors.joining(","));
    }

    private static String notSupported(String label) {
        return "field label not supported: " + label;
    }

    private static Map<GroupKind, SelectableFields> builtIns() {
        Map<GroupKind, SelectableFields> table = new LinkedHashMap<>();
        table.put(new GroupKind(CORE, "Pod"), new SelectableFields(Set.of("metadata.name", "metadata.namespace",
                "spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName",
                "spec.hostNetwork", "status.phase", "status.podIP", "status.podIPs", "status.nominatedNodeName"),
                Map.of("spec.host", "spec.nodeName"), SelectableFields::notSupported));
        table.put(new GroupKind(CORE, "Event"), new SelectableFields(Set.of("metadata.name", "metadata.namespace",
                "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
                "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
                "reportingComponent", "source", "type"), Map.of(), SelectableFields::notSupported));
        table.put(new GroupKind(CORE, "Secret"), withMetadata(Set.of("type")));
        table.put(new GroupKind(CORE, "Service"), withMetadata(Set.of("spec.clusterIP", "spec.type")));
        table.put(new GroupKind(CORE, "ReplicationController"), withMetadata(Set.of("status.replicas")));
        table.put(new GroupKind("apps", "ReplicaSet"), withMetadata(Set.of("status.replicas")));
        table.put(new GroupKind(CORE, "Namespace"), new SelectableFields(Set.of("metadata.name", "status.phase"),
                Map.of(), SelectableFields::notSupported));
        table.put(new GroupKind(CORE, "Node"), new SelectableFields(Set.of("metadata.name", "spec.unschedulable"),
                Map.of(), SelectableFields::notSupported));
        table.put(new GroupKind("batch", "Job"), new SelectableFields(Set.of("metadata.name", "metadata.namespace",
                "status.successful"), Map.of(), label -> "field label \"" + label + "\" not supported for Job"));
        return Map.copyOf(table);
    }

    private static SelectableFields withMetadata(Set<String> extra) {
        Set<String> labels = new java.util.HashSet<>(extra);
        labels.add("metadata.name");
        labels.add("metadata.namespace");
        return new SelectableFields(labels, Map.of(), SelectableFields::notSupported);
    }
}
