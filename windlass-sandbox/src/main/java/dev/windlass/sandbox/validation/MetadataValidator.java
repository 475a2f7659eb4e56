package dev.windlass.sandbox.validation;

import dev.windlass.model.GroupKind;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks an object's {@code metadata} as kube-apiserver's {@code ValidateObjectMeta} does: name or
 * generateName in the kind's format, namespace present for namespaced kinds and absent otherwise,
 * label keys and values, annotation keys and their total size (256 KiB), owner references and
 * finalizer names. Causes name the field the way the server does ({@code metadata.labels},
 * {@code metadata.ownerReferences.uid}).
 *
 * <p>The real server clears {@code metadata.namespace} of cluster-scoped objects before it
 * validates them; callers that do the same never see the {@code not allowed on this type} cause.
 */
public final class MetadataValidator {

    /** Most bytes annotation keys and values may hold together. */
    public static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;

    private static final String OWNER_REFS = "metadata.ownerReferences";
    private static final String FINALIZERS = "metadata.finalizers";

    private MetadataValidator() {
    }

    /** The causes that make {@code object} invalid to create as a {@code kind}, in the server's order. */
    public static List<Cause> validateCreate(GroupKind kind, boolean namespaced, MapNode object) {
        MapNode metadata = object.getMap("metadata").orElse(MapNode.empty());
        List<Cause> causes = new ArrayList<>();
        NameRules.Rule rule = NameRules.ruleFor(kind);
        String generateName = metadata.getText("generateName").orElse("");
        if (!generateName.isEmpty()) {
            causes.addAll(FieldErrors.invalidEach("metadata.generateName", generateName,
                    rule.check(generateName, true)));
        }
        String name = metadata.getText("name").orElse("");
        if (name.isEmpty()) {
            causes.add(FieldErrors.required("metadata.name", "name or generateName is required"));
        } else {
            causes.addAll(FieldErrors.invalidEach("metadata.name", name, rule.check(name, false)));
        }
        causes.addAll(namespace(metadata.getText("namespace").orElse(""), namespaced));
        causes.addAll(common(metadata));
        causes.addAll(finalizers(metadata));
        return causes;
    }

    /**
     * The causes that make {@code newObject} invalid as an update of {@code oldObject}, apart from
     * immutable fields (see {@link ImmutableFields}): generation going down, finalizers added
     * while the object is being deleted, and the same label, annotation, owner and finalizer checks
     * as on create.
     */
    public static List<Cause> validateUpdate(MapNode newObject, MapNode oldObject) {
        MapNode metadata = newObject.getMap("metadata").orElse(MapNode.empty());
        MapNode oldMetadata = oldObject.getMap("metadata").orElse(MapNode.empty());
        List<Cause> causes = new ArrayList<>();
        if (oldMetadata.get("deletionTimestamp").filter(n -> !n.isNull()).isPresent()) {
            TreeSet<String> added = new TreeSet<>(strings(metadata.getList("finalizers")));
            added.removeAll(strings(oldMetadata.getList("finalizers")));
            if (!added.isEmpty()) {
                causes.add(FieldErrors.forbidden(FINALIZERS, "no new finalizers can be added if the object is being"
                        + " deleted, found new finalizers " + goStringSlice(List.copyOf(added))));
            }
        }
        long generation = integer(metadata, "generation");
        if (generation < integer(oldMetadata, "generation")) {
            causes.add(FieldErrors.invalid("metadata.generation", generation, "must not be decremented"));
        }
        causes.addAll(common(metadata));
        causes.addAll(finalizers(metadata));
        return causes;
    }

    /** Causes for a label map at {@code field} ({@code metadata.labels}, {@code spec.template.metadata.labels}). */
    public static List<Cause> labels(String field, MapNode labels) {
        List<Cause> causes = new ArrayList<>();
        labels.asJavaMap().forEach((key, value) -> {
            causes.addAll(FieldErrors.invalidEach(field, key, Syntax.qualifiedName(key)));
            String text = value.asText().orElse(value.toString());
            causes.addAll(FieldErrors.invalidEach(field, text, Syntax.labelValue(text)));
        });
        return causes;
    }

    /** Causes for an annotation map at {@code field}: key syntax (case-insensitive) and total size. */
    public static List<Cause> annotations(String field, MapNode annotations) {
        List<Cause> causes = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Node> entry : annotations.asJavaMap().entrySet()) {
            String key = entry.getKey();
            causes.addAll(FieldErrors.invalidEach(field, key, Syntax.qualifiedName(key.toLowerCase(Locale.ROOT))));
            total += utf8Length(key) + utf8Length(entry.getValue().asText().orElse(entry.getValue().toString()));
        }
        if (total > ANNOTATIONS_MAX_BYTES) {
            causes.add(FieldErrors.tooLong(field, ANNOTATIONS_MAX_BYTES));
        }
        return causes;
    }

    private static List<Cause> namespace(String namespace, boolean namespaced) {
        if (namespaced && namespace.isEmpty()) {
            return List.of(FieldErrors.required("metadata.namespace", ""));
        }
        if (namespaced) {
            return FieldErrors.invalidEach("metadata.namespace", namespace, Syntax.dnsLabel(namespace));
        }
        return namespace.isEmpty() ? List.of() : List.of(FieldErrors.forbidden("metadata.namespace",
                "not allowed on this type"));
    }

    private static List<Cause> common(MapNode metadata) {
        List<Cause> causes = new ArrayList<>();
        long generation = integer(metadata, "generation");
        if (generation < 0) {
            causes.add(FieldErrors.invalid("metadata.generation", generation, "must be greater than or equal to 0"));
        }
        causes.addAll(labels("metadata.labels", metadata.getMap("labels").orElse(MapNode.empty())));
        causes.addAll(annotations("metadata.annotations", metadata.getMap("annotations").orElse(MapNode.empty())));
        causes.addAll(ownerReferences(metadata.getList("ownerReferences").orElse(ListNode.empty())));
        return causes;
    }

    private static List<Cause> ownerReferences(ListNode references) {
        List<Cause> causes = new ArrayList<>();
        String firstController = null;
        for (Node item : references.items()) {
            MapNode ref = item.asMap().orElse(MapNode.empty());
            String apiVersion = ref.getText("apiVersion").orElse("");
            String kind = ref.getText("kind").orElse("");
            if (version(apiVersion).isEmpty()) {
                causes.add(FieldErrors.invalid(OWNER_REFS + ".apiVersion", apiVersion, "version must not be empty"));
            }
            if (kind.isEmpty()) {
                causes.add(FieldErrors.invalid(OWNER_REFS + ".kind", kind, "must not be empty"));
            }
            for (String required : List.of("name", "uid")) {
                String value = ref.getText(required).orElse("");
                if (value.isEmpty()) {
                    causes.add(FieldErrors.invalid(OWNER_REFS + "." + required, value, "must not be empty"));
                }
            }
            if (apiVersion.equals("v1") && kind.equals("Event")) {
                causes.add(FieldErrors.invalid(OWNER_REFS, structOrder(ref),
                        "/v1, Kind=Event is disallowed from being an owner"));
            }
            if (ref.get("controller").filter(n -> n.toString().equals("true")).isPresent()) {
                String current = kind + "/" + ref.getText("name").orElse("");
                if (firstController != null) {
                    causes.add(FieldErrors.invalid(OWNER_REFS, structOrder(references), "Only one reference can have Controller"
                            + " set to true. Found \"true\" in references for " + firstController + " and " + current));
                } else {
                    firstController = current;
                }
            }
        }
        return causes;
    }

    /** Owner references printed in the order of Go's struct fields, as the server prints them. */
    private static FieldErrors.Rendered structOrder(Node references) {
        Node ordered = references.asList().<Node>map(list -> {
            List<Node> items = new ArrayList<>();
            list.items().forEach(item -> items.add(orderedReference(item)));
            return new ListNode(items);
        }).orElseGet(() -> orderedReference(references));
        return new FieldErrors.Rendered(JsonWriter.write(ordered, 0));
    }

    private static Node orderedReference(Node reference) {
        MapNode ref = reference.asMap().orElse(MapNode.empty());
        MapNode.Builder ordered = MapNode.builder();
        for (String key : List.of("apiVersion", "kind", "name", "uid")) {
            ordered.put(key, ref.get(key).orElse(Node.of("")));
        }
        for (String key : List.of("controller", "blockOwnerDeletion")) {
            ref.get(key).ifPresent(value -> ordered.put(key, value));
        }
        return ordered.build();
    }

    private static List<Cause> finalizers(MapNode metadata) {
        List<String> finalizers = strings(metadata.getList("finalizers"));
        List<Cause> causes = new ArrayList<>();
        for (String finalizer : finalizers) {
            causes.addAll(FieldErrors.invalidEach(FINALIZERS, finalizer, Syntax.qualifiedName(finalizer)));
        }
        if (finalizers.contains("orphan") && finalizers.contains("foregroundDeletion")) {
            causes.add(FieldErrors.invalid(FINALIZERS, metadata.get("finalizers").orElseThrow(),
                    "finalizer orphan and foregroundDeletion cannot be both set"));
        }
        return causes;
    }

    /** The version part of an apiVersion as Go's {@code schema.ParseGroupVersion} reads it; empty when malformed. */
    private static String version(String apiVersion) {
        String[] parts = apiVersion.split("/", -1);
        if (parts.length == 1) {
            return parts[0];
        }
        return parts.length == 2 ? parts[1] : "";
    }

    static List<String> strings(java.util.Optional<ListNode> list) {
        List<String> values = new ArrayList<>();
        list.ifPresent(l -> l.items().forEach(n -> values.add(n.asText().orElse(n.toString()))));
        return values;
    }

    /** Go's {@code %#v} of a string slice: {@code []string{"a", "b"}}. */
    static String goStringSlice(List<String> values) {
        List<String> quoted = new ArrayList<>();
        values.forEach(v -> quoted.add(FieldErrors.quote(v)));
        return "[]string{" + String.join(", ", quoted) + "}";
    }

    private static long integer(MapNode map, String key) {
        return map.get(key).map(Node::toString).map(text -> {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return 0L;
            }
        }).orElse(0L);
    }

    private static long utf8Length(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
