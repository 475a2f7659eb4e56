package dev.windlass.policy;

/**
  * Gatekeeper's name glob for {@code namespaces}, {@code excludedNamespaces}, {@code name} and
  * Config exclusions: {@code kube-*} is a prefix, {@code *-system} a suffix, {@code *mid*} a
  * substring, anything else an exact name.
  */
final class Wildcard {
    private Wildcard() {
    }

    static boolean matches(String pattern, String candidate) {
        boolean leading = pattern.startsWith("*");
        boolean trailing = pattern.endsWith("*") && pattern.length() > 1;
        if (leading && trailing) {
            return candidate.contains(pattern.substring(1, pattern.length() - 1));
        }
        if (leading) {
            return candidate.endsWith(pattern.substring(1));
        }
        if (trailing) {
            return candidate.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(candidate);
    }

    static boolean anyMatches(Iterable<String> patterns, String candidate) {
        for (String pattern : patterns) {
            if (matches(pattern, candidate)) {
                return true;
            }
        }
        return false;
    }
}
