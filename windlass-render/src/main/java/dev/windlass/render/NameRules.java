package dev.windlass.render;

import dev.windlass.model.GroupKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Kubernetes API server's syntax rules for names, namespaces, label keys and label values,
 * and which rule applies to the name of which kind. Each check returns what is wrong, or empty.
 */
final class NameRules {

    static final int LABEL_MAX = 63;
    static final int SUBDOMAIN_MAX = 253;
    /** A CronJob's Jobs get an 11-character suffix, so the CronJob name is kept at 52. */
    static final int CRONJOB_NAME_MAX = 52;

    private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS1123_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

    /** How the name of one kind is checked. */
    enum NameRule {
        /** Lower-case alphanumerics, '-' and '.', at most 253: most kinds, custom resources included. */
        DNS1123_SUBDOMAIN,
        /** Lower-case alphanumerics and '-', at most 63: Namespace, StatefulSet (its Pods' host names). */
        DNS1123_LABEL,
        /** A DNS-1123 label that starts with a letter: Service. */
        DNS1035_LABEL,
        /** Anything but "." and ".." without '/' or '%': RBAC kinds ("system:controller:x") and PersistentVolume. */
        PATH_SEGMENT
    }

    private static final String RBAC = "rbac.authorization.k8s.io";

    private static final Map<GroupKind, NameRule> BY_KIND = Map.of(
            new GroupKind("", "Namespace"), NameRule.DNS1123_LABEL,
            new GroupKind("", "Service"), NameRule.DNS1035_LABEL,
            new GroupKind("apps", "StatefulSet"), NameRule.DNS1123_LABEL,
            new GroupKind("", "PersistentVolume"), NameRule.PATH_SEGMENT,
            new GroupKind(RBAC, "Role"), NameRule.PATH_SEGMENT,
            new GroupKind(RBAC, "ClusterRole"), NameRule.PATH_SEGMENT,
            new GroupKind(RBAC, "RoleBinding"), NameRule.PATH_SEGMENT,
            new GroupKind(RBAC, "ClusterRoleBinding"), NameRule.PATH_SEGMENT);

    private NameRules() {
    }

    static NameRule ruleFor(GroupKind kind) {
        return BY_KIND.getOrDefault(kind, NameRule.DNS1123_SUBDOMAIN);
    }

    /** The longest name {@code kind} accepts beyond its rule's own limit, e.g. 52 for CronJob. */
    static int maxLengthFor(GroupKind kind) {
        if (kind.equals(new GroupKind("batch", "CronJob"))) {
            return CRONJOB_NAME_MAX;
        }
        return switch (ruleFor(kind)) {
            case DNS1123_LABEL, DNS1035_LABEL -> LABEL_MAX;
            case DNS1123_SUBDOMAIN -> SUBDOMAIN_MAX;
            case PATH_SEGMENT -> Integer.MAX_VALUE;
        };
    }

    /**
     * What is wrong with {@code name} as the name of {@code kind}, or empty. With {@code prefix} the
     * value is a {@code generateName} prefix: a trailing '-' is allowed, as the API server does.
     */
    static Optional<String> checkName(GroupKind kind, String name, boolean prefix) {
        String value = prefix && name.endsWith("-") ? name.substring(0, name.length() - 1) + "a" : name;
        int max = maxLengthFor(kind);
        if (value.length() > max) {
            return Optional.of(ValidationMessages.tooLong(value.length(), max));
        }
        return switch (ruleFor(kind)) {
            case DNS1123_SUBDOMAIN -> subdomain(value);
            case DNS1123_LABEL -> dns1123Label(value);
            case DNS1035_LABEL -> dns1035Label(value);
            case PATH_SEGMENT -> pathSegment(value);
        };
    }

    static Optional<String> dns1123Label(String value) {
        if (value.length() > LABEL_MAX) {
            return Optional.of(ValidationMessages.tooLong(value.length(), LABEL_MAX));
        }
        return DNS1123_LABEL.matcher(value).matches() ? Optional.empty() : Optional.of(ValidationMessages.DNS1123_LABEL_SYNTAX);
    }

    static Optional<String> dns1035Label(String value) {
        if (value.length() > LABEL_MAX) {
            return Optional.of(ValidationMessages.tooLong(value.length(), LABEL_MAX));
        }
        return DNS1035_LABEL.matcher(value).matches() ? Optional.empty() : Optional.of(ValidationMessages.DNS1035_LABEL_SYNTAX);
    }

    static Optional<String> subdomain(String value) {
        if (value.length() > SUBDOMAIN_MAX) {
            return Optional.of(ValidationMessages.tooLong(value.length(), SUBDOMAIN_MAX));
        }
        return DNS1123_SUBDOMAIN.matcher(value).matches() ? Optional.empty() : Optional.of(ValidationMessages.SUBDOMAIN_SYNTAX);
    }

    static Optional<String> pathSegment(String value) {
        if (value.equals(".") || value.equals("..")) {
            return Optional.of(ValidationMessages.DOT_NAME);
        }
        if (value.contains("/") || value.contains("%")) {
            return Optional.of(ValidationMessages.PATH_SEGMENT_SYNTAX);
        }
        return Optional.empty();
    }

    /** A label or annotation key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
    static Optional<String> qualifiedKey(String key) {
        int slash = key.indexOf('/');
        String name = slash < 0 ? key : key.substring(slash + 1);
        if (slash >= 0) {
            String prefix = key.substring(0, slash);
            if (prefix.isEmpty()) {
                return Optional.of(ValidationMessages.EMPTY_KEY_PREFIX);
            }
            Optional<String> prefixProblem = subdomain(prefix);
            if (prefixProblem.isPresent()) {
                return Optional.of(ValidationMessages.keyPrefix(prefixProblem.get()));
            }
        }
        if (name.isEmpty()) {
            return Optional.of(ValidationMessages.EMPTY_KEY_NAME);
        }
        if (name.length() > LABEL_MAX) {
            return Optional.of(ValidationMessages.keyNameTooLong(name.length()));
        }
        return QUALIFIED_NAME.matcher(name).matches() ? Optional.empty() : Optional.of(ValidationMessages.KEY_NAME_SYNTAX);
    }

    /** A label value: empty, or at most 63 characters of alphanumerics, '-', '_' and '.', alphanumeric at both ends. */
    static Optional<String> labelValue(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() > LABEL_MAX) {
            return Optional.of(ValidationMessages.tooLong(value.length(), LABEL_MAX));
        }
        return QUALIFIED_NAME.matcher(value).matches() ? Optional.empty() : Optional.of(ValidationMessages.LABEL_VALUE_SYNTAX);
    }

    /**
     * A name close to {@code name} that {@code kind}'s rule accepts: lower case, other characters
     * turned into '-', trimmed to alphanumerics at both ends. Empty when no such name is found.
     */
    static Optional<String> suggest(GroupKind kind, String name) {
        NameRule rule = ruleFor(kind);
        if (rule == NameRule.PATH_SEGMENT) {
            return Optional.empty();
        }
        String allowed = rule == NameRule.DNS1123_SUBDOMAIN ? "[^a-z0-9.-]+" : "[^a-z0-9-]+";
        String candidate = name.toLowerCase(Locale.ROOT).replaceAll(allowed, "-");
        String leading = rule == NameRule.DNS1035_LABEL ? "^[^a-z]+" : "^[^a-z0-9]+";
        candidate = candidate.replaceAll(leading, "").replaceAll("[^a-z0-9]+$", "");
        int max = maxLengthFor(kind);
        if (candidate.length() > max) {
            candidate = candidate.substring(0, max).replaceAll("[^a-z0-9]+$", "");
        }
        candidate = candidate.replaceAll("\\.[^a-z0-9]+", ".").replaceAll("[^a-z0-9]+\\.", ".");
        boolean usable = !candidate.isEmpty() && !candidate.equals(name) && checkName(kind, candidate, false).isEmpty();
        return usable ? Optional.of(candidate) : Optional.empty();
    }
}
