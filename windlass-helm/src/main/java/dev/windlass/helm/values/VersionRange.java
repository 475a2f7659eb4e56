package dev.windlass.helm.values;

import dev.windlass.gotemplate.semver.SemConstraint;
import dev.windlass.gotemplate.semver.SemVersion;

/**
 * Helm's {@code IsCompatibleRange}: whether a chart version satisfies a dependency's version
 * constraint (Masterminds/semver); an unparsable version or constraint is never compatible.
 */
final class VersionRange {

    private VersionRange() {
    }

    static boolean isCompatible(String constraint, String version) {
        try {
            return SemConstraint.parse(constraint).check(SemVersion.parse(version));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
