package dev.windlass.gotemplate.semver;

/**
 * A semantic version with the parsing and ordering of Masterminds/semver v3 (the library Helm and
 * Sprig use): a leading {@code v} and missing minor/patch are accepted ({@code v1.2} is 1.2.0),
 * pre-releases sort before their release, build metadata is ignored in comparisons.
 *
 * @param major      major version
 * @param minor      minor version
 * @param patch      patch version
 * @param prerelease the pre-release part without {@code -}, or empty
 * @param metadata   the build metadata without {@code +}, or empty
 * @param original   the text it was parsed from
 */
public record SemVersion(long major, long minor, long patch, String prerelease, String metadata, String original)
        implements Comparable<SemVersion> {

    /** Parses {@code text}; fails with Masterminds' message ({@code Invalid Semantic Version}). */
    public static SemVersion parse(String text) throws IllegalArgumentException {
        throw new UnsupportedOperationException("not written yet");
    }

    @Override
    public int compareTo(SemVersion other) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** {@code MAJOR.MINOR.PATCH[-PRERELEASE][+METADATA]}, without the original's {@code v}. */
    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (prerelease.isEmpty() ? "" : "-" + prerelease)
                + (metadata.isEmpty() ? "" : "+" + metadata);
    }
}
