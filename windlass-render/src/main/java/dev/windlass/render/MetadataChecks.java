package dev.windlass.render;

import dev.windlass.model.GroupKind;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ManifestValidator} checks of one object's {@code metadata}: name (or generateName),
 * namespace, labels and annotations.
 */
final class MetadataChecks {

    /** The API server's limit on the total size of an object's annotation keys and values. */
    static final long ANNOTATIONS_MAX_BYTES = 256L * 1024;

    private static final FieldPath METADATA = ManifestValidator.METADATA;

    private MetadataChecks() {
    }

    static List<Issue> check(KubeObject object) {
        List<Issue> issues = new ArrayList<>();
        checkName(object, issues);
        checkNamespace(object, issues);
        checkLabels(object, issues);
        checkAnnotations(object, issues);
        return issues;
    }

    private static void checkName(KubeObject object, List<Issue> issues) {
        Optional<Node> name = object.field(ManifestValidator.NAME);
        Optional<Node> generateName = object.field(METADATA.key("generateName"));
        boolean hasName = name.isPresent() && !name.get().isNull() && !name.get().equals(Node.of(""));
        if (hasName) {
            checkNameValue(object, "name", name.get(), false, issues);
        } else if (generateName.isPresent() && !generateName.get().isNull()) {
            checkNameValue(object, "generateName", generateName.get(), true, issues);
        } else {
            issues.add(Issue.error(ManifestValidator.MISSING_FIELD, object.locate(ManifestValidator.NAME),
                    ValidationMessages.missingName(object.kind())));
        }
    }

    private static void checkNameValue(KubeObject object, String key, Node value, boolean prefix, List<Issue> issues) {
        FieldPath path = METADATA.key(key);
        Optional<String> text = stringValue(object, path, key, "metadata." + key, value, issues);
        if (text.isEmpty()) {
            return;
        }
        GroupKind kind = object.groupKind();
        NameRules.checkName(kind, text.get(), prefix).ifPresent(problem -> issues.add(Issue.error(
                ManifestValidator.INVALID_NAME, object.locate(path), ValidationMessages.invalidName(
                        "metadata." + key, object.kind(), text.get(), problem, NameRules.suggest(kind, text.get())))));
    }

    private static void checkNamespace(KubeObject object, List<Issue> issues) {
        FieldPath path = METADATA.key("namespace");
        Optional<Node> value = object.field(path);
        if (value.isEmpty() || value.get().isNull()) {
            return;
        }
        stringValue(object, path, "namespace", "metadata.namespace", value.get(), issues)
                .filter(namespace -> !namespace.isEmpty())
                .ifPresent(namespace -> NameRules.dns1123Label(namespace).ifPresent(problem -> issues.add(Issue.error(
                        ManifestValidator.INVALID_NAMESPACE, object.locate(path),
                        ValidationMessages.invalidNamespace(namespace, problem)))));
    }

    private static void checkLabels(KubeObject object, List<Issue> issues) {
        FieldPath labels = METADATA.key("labels");
        for (Map.Entry<String, Node> entry : entries(object, labels, issues).entrySet()) {
            String key = entry.getKey();
            FieldPath path = labels.key(key);
            NameRules.qualifiedKey(key).ifPresent(problem -> issues.add(Issue.error(
                    ManifestValidator.INVALID_LABEL, object.locate(path), ValidationMessages.invalidKey("label", key, problem))));
            mapValue(object, path, "label", key, entry.getValue(), issues)
                    .ifPresent(value -> NameRules.labelValue(value).ifPresent(problem -> issues.add(Issue.error(
                            ManifestValidator.INVALID_LABEL, object.locate(path),
                            ValidationMessages.invalidLabelValue(key, value, problem)))));
        }
    }

    private static void checkAnnotations(KubeObject object, List<Issue> issues) {
        FieldPath annotations = METADATA.key("annotations");
        long totalBytes = 0;
        for (Map.Entry<String, Node> entry : entries(object, annotations, issues).entrySet()) {
            String key = entry.getKey();
            FieldPath path = annotations.key(key);
            NameRules.qualifiedKey(key).ifPresent(problem -> issues.add(Issue.error(
                    ManifestValidator.INVALID_LABEL, object.locate(path), ValidationMessages.invalidKey("annotation", key, problem))));
            String value = mapValue(object, path, "annotation", key, entry.getValue(), issues).orElse("");
            totalBytes += key.getBytes(StandardCharsets.UTF_8).length + value.getBytes(StandardCharsets.UTF_8).length;
        }
        if (totalBytes > ANNOTATIONS_MAX_BYTES) {
            issues.add(Issue.error(ManifestValidator.ANNOTATIONS_TOO_LARGE, object.locate(annotations),
                    ValidationMessages.annotationsTooLarge(totalBytes, ANNOTATIONS_MAX_BYTES)));
        }
    }

    /** The entries of the map at {@code path}; an issue and no entries when it is something else. */
    private static Map<String, Node> entries(KubeObject object, FieldPath path, List<Issue> issues) {
        Optional<Node> value = object.field(path);
        if (value.isEmpty() || value.get().isNull()) {
            return Map.of();
        }
        Optional<MapNode> map = value.get().asMap();
        if (map.isEmpty()) {
            issues.add(Issue.error(ManifestValidator.WRONG_TYPE, object.locate(path),
                    ValidationMessages.notAMap(path.toString(), value.get())));
            return Map.of();
        }
        return map.get().asJavaMap();
    }

    /** A label or annotation value as text; a warning for null, an error for any other non-string. */
    private static Optional<String> mapValue(KubeObject object, FieldPath path, String what, String key, Node value,
                                             List<Issue> issues) {
        if (value.isNull()) {
            issues.add(Issue.warning(ManifestValidator.WRONG_TYPE, object.locate(path), ValidationMessages.nullValue(what, key)));
            return Optional.empty();
        }
        return stringValue(object, path, key, "the value of " + what + " \"" + key + "\"", value, issues);
    }

    /** {@code value} as text, or an error saying to quote it. */
    private static Optional<String> stringValue(KubeObject object, FieldPath path, String key, String subject, Node value,
                                                List<Issue> issues) {
        Optional<String> text = value.asText();
        if (text.isEmpty()) {
            issues.add(Issue.error(ManifestValidator.WRONG_TYPE, object.locate(path),
                    ValidationMessages.notAString(subject, key, value)));
        }
        return text;
    }
}
