package dev.windlass.render;

import dev.windlass.model.tree.Node;
import java.util.Locale;
import java.util.Optional;

/**
 * The messages of {@link ManifestValidator}, in one place: each says what is wrong and what to do.
 * Constants and {@code tooLong} describe a syntax problem; they are completed by the methods below.
 */
final class ValidationMessages {

    static final String DNS1123_LABEL_SYNTAX =
            "it must consist of lower-case letters, digits and '-', and start and end with a letter or digit";
    static final String DNS1035_LABEL_SYNTAX =
            "it must consist of lower-case letters, digits and '-', start with a letter and end with a letter or digit";
    static final String SUBDOMAIN_SYNTAX =
            "it must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit";
    static final String PATH_SEGMENT_SYNTAX = "it may not contain '/' or '%'";
    static final String DOT_NAME = "it may not be \".\" or \"..\"";
    static final String EMPTY_KEY_PREFIX = "the prefix before '/' is empty";
    static final String EMPTY_KEY_NAME = "the name part is empty";
    static final String KEY_NAME_SYNTAX =
            "its name part must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit";
    static final String LABEL_VALUE_SYNTAX =
            "it must be empty or consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit";

    private ValidationMessages() {
    }

    static String tooLong(int length, int max) {
        return "it is " + length + " characters long, over the limit of " + max;
    }

    static String keyPrefix(String problem) {
        return "its prefix (before '/') is not a DNS subdomain: " + problem;
    }

    static String keyNameTooLong(int length) {
        return "its name part (after '/') is " + length + " characters long, over the limit of " + NameRules.LABEL_MAX;
    }

    static String missingField(String field, String example) {
        return field + " is missing; every manifest needs apiVersion, kind and metadata.name (e.g. " + example + ")";
    }

    static String missingName(String kind) {
        return "metadata.name is missing; give the " + describeKind(kind)
                + " a name (or a metadata.generateName prefix, which only 'kubectl create' accepts)";
    }

    /** {@code subject} (a field, or "the value of label \"x\"") holds a non-string; {@code key} is its YAML key. */
    static String notAString(String subject, String key, Node value) {
        String problem = subject + " is " + describe(value) + ", but must be a string";
        boolean scalar = value.type() != Node.Type.MAP && value.type() != Node.Type.LIST;
        return scalar ? problem + "; quote it, as in " + key + ": \"" + value + "\"" : problem;
    }

    static String notAMap(String field, Node value) {
        return field + " is " + describe(value) + ", but must be a map of keys to values";
    }

    static String invalidApiVersion(String apiVersion) {
        return "apiVersion \"" + apiVersion + "\" is not of the form \"version\" or \"group/version\" (e.g. \"v1\", \"apps/v1\")";
    }

    static String invalidName(String field, String kind, String name, String problem, Optional<String> suggestion) {
        String fix = suggestion.map(s -> "; rename it, e.g. to \"" + s + "\"").orElse("; rename it");
        return field + " \"" + name + "\" is not a valid " + describeKind(kind) + " name: " + problem + fix;
    }

    static String invalidNamespace(String namespace, String problem) {
        return "metadata.namespace \"" + namespace + "\" is not a valid namespace name: " + problem
                + "; use a DNS label such as \"" + namespace.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-") + "\"";
    }

    static String invalidKey(String what, String key, String problem) {
        return what + " key \"" + key + "\" is not valid: " + problem
                + "; keys are [prefix/]name, the prefix a DNS subdomain (e.g. \"app.kubernetes.io/name\")";
    }

    static String invalidLabelValue(String key, String value, String problem) {
        return "label \"" + key + "\" has the value \"" + value + "\", which is not a valid label value: " + problem
                + "; put free text in an annotation instead";
    }

    static String nullValue(String what, String key) {
        return what + " \"" + key + "\" has no value (null); write \"\" for an empty value or remove the " + what;
    }

    static String annotationsTooLarge(long bytes, long max) {
        return "metadata.annotations are " + bytes + " bytes in total, over the API server's limit of " + max
                + "; move large data into a ConfigMap";
    }

    static String removedApi(String apiVersion, String kind, String release, String replacement) {
        String remedy = replacement == null
                ? "nothing replaces it: remove the object or move to its successor (for PodSecurityPolicy, Pod Security Admission)"
                : "use apiVersion: " + replacement + " (check the fields that changed between the versions)";
        return String.format("%s %s was removed in Kubernetes %s; clusters from that release on refuse it; %s",
                apiVersion, kind, release, remedy);
    }

    static String duplicate(String object, String first, String second) {
        return object + " is defined twice, at " + first + " and at " + second
                + "; remove one of them, or give them different names or namespaces";
    }

    private static String describeKind(String kind) {
        return kind.isEmpty() ? "object" : kind;
    }

    private static String describe(Node value) {
        return switch (value.type()) {
            case MAP -> "a map";
            case LIST -> "a list";
            case STRING -> "a string";
            case INT, FLOAT -> "the number " + value;
            case BOOL -> "the boolean " + value;
            case NULL -> "null";
        };
    }
}
