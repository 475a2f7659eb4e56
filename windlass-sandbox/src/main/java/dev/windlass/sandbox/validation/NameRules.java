package dev.windlass.sandbox.validation;

import dev.windlass.model.GroupKind;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Which format each kind's {@code metadata.name} must have, and how {@code generateName} turns a
 * prefix into a name, as kube-apiserver does.
 *
 * <ul>
 *   <li>{@link Rule#DNS_SUBDOMAIN}: most kinds (pods, config maps, deployments, custom resources …)</li>
 *   <li>{@link Rule#DNS_LABEL}: namespaces, stateful sets</li>
 *   <li>{@link Rule#DNS1035_LABEL}: services (must also start with a letter)</li>
 *   <li>{@link Rule#PATH_SEGMENT}: RBAC roles and bindings, certificate signing requests: anything
 *       but {@code .}, {@code ..} and names with {@code /} or {@code %}</li>
 * </ul>
 */
public final class NameRules {

    /** The characters generated name suffixes are drawn from (no vowels, no look-alikes). */
    public static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    /** Length of the random suffix {@code generateName} appends. */
    public static final int RANDOM_LENGTH = 5;
    /** Longest prefix kept before the suffix: 63 − 5. */
    public static final int MAX_PREFIX_LENGTH = 58;

    private static final Map<GroupKind, Rule> RULES = Map.ofEntries(
            Map.entry(new GroupKind("", "Namespace"), Rule.DNS_LABEL),
            Map.entry(new GroupKind("apps", "StatefulSet"), Rule.DNS_LABEL),
            Map.entry(new GroupKind("", "Service"), Rule.DNS1035_LABEL),
            Map.entry(new GroupKind("rbac.authorization.k8s.io", "Role"), Rule.PATH_SEGMENT),
            Map.entry(new GroupKind("rbac.authorization.k8s.io", "ClusterRole"), Rule.PATH_SEGMENT),
            Map.entry(new GroupKind("rbac.authorization.k8s.io", "RoleBinding"), Rule.PATH_SEGMENT),
            Map.entry(new GroupKind("rbac.authorization.k8s.io", "ClusterRoleBinding"), Rule.PATH_SEGMENT),
            Map.entry(new GroupKind("certificates.k8s.io", "CertificateSigningRequest"), Rule.PATH_SEGMENT));

    private NameRules() {
    }

    /** A name format. */
    public enum Rule {
        DNS_SUBDOMAIN, DNS_LABEL, DNS1035_LABEL, PATH_SEGMENT;

        /**
         * The server's messages for {@code name}, empty when valid. With {@code prefix} the value is
         * a {@code generateName} prefix, which may end in '-' (the server checks it with its last two
         * characters replaced by {@code a}; path-segment kinds check the prefix like a name).
         */
        public List<String> check(String name, boolean prefix) {
            String checked = prefix && this != PATH_SEGMENT ? maskTrailingDash(name) : name;
            return switch (this) {
                case DNS_SUBDOMAIN -> Syntax.dnsSubdomain(checked);
                case DNS_LABEL -> Syntax.dnsLabel(checked);
                case DNS1035_LABEL -> Syntax.dns1035Label(checked);
                case PATH_SEGMENT -> Syntax.pathSegment(name);
            };
        }
    }

    /** The name format of {@code kind}; kinds not listed use {@link Rule#DNS_SUBDOMAIN}. */
    public static Rule ruleFor(GroupKind kind) {
        return RULES.getOrDefault(kind, Rule.DNS_SUBDOMAIN);
    }

    /** The server's messages for {@code name} as a name of {@code kind}; empty when valid. */
    public static List<String> check(GroupKind kind, String name) {
        return ruleFor(kind).check(name, false);
    }

    /**
     * A name made from a {@code generateName} prefix: the prefix, cut to 58 characters, followed by
     * five random characters of {@link #ALPHABET} ({@code web-} → {@code web-x7k2q}).
     */
    public static String generateName(String prefix, RandomGenerator random) {
        String base = prefix.length() > MAX_PREFIX_LENGTH ? prefix.substring(0, MAX_PREFIX_LENGTH) : prefix;
        StringBuilder name = new StringBuilder(base);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }

    private static String maskTrailingDash(String name) {
        if (name.length() > 1 && name.endsWith("-")) {
            return name.substring(0, name.length() - 2) + "a";
        }
        return name;
    }
}
