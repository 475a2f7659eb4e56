package dev.windlass.render;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks rendered manifests the way the API server would check their structure, before anything
 * is sent to it: {@code apiVersion}, {@code kind} and {@code metadata.name} are present and
 * well-formed, names suit their kind, namespace, labels and annotations are valid, and no resource
 * is defined twice. API versions that Kubernetes has removed are warned about. A pure function; every issue points at the offending field.
 */
public final class ManifestValidator {

    /** A required field is absent. */
    public static final String MISSING_FIELD = "MissingField";
    /** A field has the wrong type (a number where a string belongs, a list where a map belongs). */
    public static final String WRONG_TYPE = "WrongType";
    /** {@code apiVersion} is not {@code version} or {@code group/version}. */
    public static final String INVALID_API_VERSION = "InvalidApiVersion";
    /** {@code metadata.name} or {@code generateName} breaks its kind's naming rule. */
    public static final String INVALID_NAME = "InvalidName";
    /** {@code metadata.namespace} is not a DNS-1123 label. */
    public static final String INVALID_NAMESPACE = "InvalidNamespace";
    /** A label key or value, or an annotation key, breaks the syntax rules. */
    public static final String INVALID_LABEL = "InvalidLabel";
    /** Annotations exceed the API server's total size limit. */
    public static final String ANNOTATIONS_TOO_LARGE = "AnnotationsTooLarge";
    /** Two manifests define the same group, kind, namespace and name. */
    public static final String DUPLICATE_RESOURCE = "DuplicateResource";
    /** {@code apiVersion} names a version Kubernetes has removed (a warning: the target cluster's version is not known here). */
    public static final String REMOVED_API_VERSION = "RemovedApiVersion";

    static final FieldPath API_VERSION = FieldPath.of("apiVersion");
    static final FieldPath KIND = FieldPath.of("kind");
    static final FieldPath METADATA = FieldPath.of("metadata");
    static final FieldPath NAME = METADATA.key("name");

    private static final Pattern API_VERSION_FORM = Pattern.compile("([^/\\s]+/)?[^/\\s]+");

    private ManifestValidator() {
    }

    /** All issues of {@code objects}, in object order; an empty list when they are all valid. */
    public static List<Issue> validate(List<KubeObject> objects) {
        List<Issue> issues = new ArrayList<>();
        Map<ResourceKey, KubeObject> seen = new HashMap<>();
        for (KubeObject object : objects) {
            issues.addAll(checkIdentity(object));
            boolean metadataIsMap = object.field(METADATA).map(m -> m.asMap().isPresent()).orElse(true);
            if (metadataIsMap) {
                issues.addAll(MetadataChecks.check(object));
            }
            if (!object.name().isEmpty()) {
                KubeObject first = seen.putIfAbsent(object.key(), object);
                if (first != null) {
                    issues.add(duplicate(first, object));
                }
            }
        }
        return List.copyOf(issues);
    }

    /** The checks that must pass before the rest make sense: the object says what it is. */
    private static List<Issue> checkIdentity(KubeObject object) {
        List<Issue> issues = new ArrayList<>();
        requiredString(object, API_VERSION, "apiVersion: v1").ifPresent(issues::add);
        requiredString(object, KIND, "kind: ConfigMap").ifPresent(issues::add);
        String apiVersion = object.apiVersion();
        if (!apiVersion.isEmpty() && !API_VERSION_FORM.matcher(apiVersion).matches()) {
            issues.add(Issue.error(INVALID_API_VERSION, object.locate(API_VERSION),
                    ValidationMessages.invalidApiVersion(apiVersion)));
        }
        RemovedApis.of(object.gvk()).ifPresent(removal -> issues.add(Issue.warning(REMOVED_API_VERSION,
                object.locate(API_VERSION),
                ValidationMessages.removedApi(apiVersion, object.kind(), removal.removedIn(), removal.replacement()))));
        Optional<Node> metadata = object.field(METADATA);
        if (metadata.isPresent() && metadata.get().asMap().isEmpty()) {
            issues.add(Issue.error(WRONG_TYPE, object.locate(METADATA), ValidationMessages.notAMap("metadata", metadata.get())));
        }
        return issues;
    }

    /** An issue when the top-level string field {@code path} is absent, empty or not a string. */
    private static Optional<Issue> requiredString(KubeObject object, FieldPath path, String example) {
        String field = path.toString();
        Optional<Node> value = object.field(path);
        if (value.isEmpty() || value.get().isNull() || value.get().asText().map(String::isEmpty).orElse(false)) {
            return Optional.of(Issue.error(MISSING_FIELD, object.locate(path), ValidationMessages.missingField(field, example)));
        }
        if (value.get().asText().isEmpty()) {
            return Optional.of(Issue.error(WRONG_TYPE, object.locate(path),
                    ValidationMessages.notAString(field, field, value.get())));
        }
        return Optional.empty();
    }

    private static Issue duplicate(KubeObject first, KubeObject second) {
        Location here = second.locate(NAME);
        String message = ValidationMessages.duplicate(second.key().describe(), place(first), place(second));
        return Issue.error(DUPLICATE_RESOURCE, here, message);
    }

    /** Where an object is, as the user can find it: {@code file:line:col}, or its document when it has no file. */
    private static String place(KubeObject object) {
        Location location = object.locate(NAME);
        if (!location.fileText().isEmpty()) {
            return location.fileText();
        }
        return object.origin().map(o -> o.file() + " document " + (o.documentIndex() + 1)).orElse("an object without a file");
    }
}
