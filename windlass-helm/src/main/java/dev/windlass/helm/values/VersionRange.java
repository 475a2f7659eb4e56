package dev.windlass.helm.values;

import dev.windlass.gotemplate.semver.SemConstraint;
import dev.windlass.gotemplate.semver.SemVersion;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helm's {@code IsCompatibleRange}: whether a chart version satisfies a dependency's version
 * constraint (Masterminds/semver); an unparsable version or constraint is never compatible.
 */
final class VersionRange {

    private static final Pattern SIMPLE = Pattern.compile("\\s*(=|>=|<=|>|<)?\\s*v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?\\s*");

    private VersionRange() {
    }

    static boolean isCompatible(String constraint, String version) {
        try {
            return SemConstraint.parse(constraint).check(SemVersion.parse(version));
        } catch (IllegalArgumentException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            return fallback(constraint, version);
        }
    }

    /**
     * Used only while the gotemplate semver classes are unwritten: one comparison against a
     * release version, or {@code *}.
     */
    static boolean fallback(String constraint, String version) {
        Matcher v = SIMPLE.matcher(version);
        if (!v.matches() || v.group(1) != null) {
            return false;
        }
        if (constraint.strip().equals("*")) {
            return true;
        }
        Matcher c = SIMPLE.matcher(constraint);
        if (!c.matches()) {
            return false;
        }
        int cmp = compare(v, c);
        String op = c.group(1) == null ? "=" : c.group(1);
        return switch (op) {
            case ">=" -> cmp >= 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case "<" -> cmp < 0;
            default -> cmp == 0;
        };
    }

    private static int compare(Matcher a, Matcher b) {
        for (int g = 2; g <= 4; g++) {
            long x = a.group(g) == null ? 0 : Long.parseLong(a.group(g));
            long y = b.group(g) == null ? 0 : Long.parseLong(b.group(g));
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }
}
