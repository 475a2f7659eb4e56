package dev.windlass.gotemplate.semver;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version with the parsing and ordering of Masterminds/semver v3 (the library Helm and
 * Sprig use): a leading {@code v}, leading zeros and missing minor/patch are accepted ({@code v1.2}
 * is 1.2.0), pre-releases sort before their release, build metadata is ignored in comparisons.
 * The numeric parts are Go {@code uint64}s held in {@code long}s and compared unsigned.
 *
 * @param major      major version (unsigned)
 * @param minor      minor version (unsigned)
 * @param patch      patch version (unsigned)
 * @param prerelease the pre-release part without {@code -}, or empty
 * @param metadata   the build metadata without {@code +}, or empty
 * @param original   the text it was parsed from
 */
public record SemVersion(long major, long minor, long patch, String prerelease, String metadata, String original)
        implements Comparable<SemVersion> {

    /** Masterminds' {@code ErrInvalidSemVer} text. */
    public static final String INVALID = "invalid semantic version";
    /** Masterminds' {@code ErrSegmentStartsZero} text. */
    public static final String STARTS_ZERO = "version segment starts with 0";

    private static final Pattern LOOSE = Pattern.compile("v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?"
            + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
            + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?");

    public SemVersion {
        prerelease = prerelease == null ? "" : prerelease;
        metadata = metadata == null ? "" : metadata;
        original = original == null ? "" : original;
    }

    /**
     * Parses {@code text} like Masterminds' {@code NewVersion} (coercing); fails with its message
     * ({@code invalid semantic version}, {@code version segment starts with 0},
     * {@code error parsing version segment: …}).
     */
    public static SemVersion parse(String text) throws IllegalArgumentException {
        Matcher m = LOOSE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(INVALID);
        }
        long major = segment(m.group(1));
        long minor = m.group(2) == null ? 0 : segment(m.group(2).substring(1));
        long patch = m.group(3) == null ? 0 : segment(m.group(3).substring(1));
        String pre = m.group(5) == null ? "" : m.group(5);
        String meta = m.group(8) == null ? "" : m.group(8);
        validatePrerelease(pre);
        return new SemVersion(major, minor, patch, pre, meta, text);
    }

    private static final Pattern STRICT = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
            + "(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");

    /**
     * Parses {@code text} like Masterminds' {@code StrictNewVersion}: exactly
     * {@code MAJOR.MINOR.PATCH}, no {@code v}, no leading zeros; returns null when it is not one.
     */
    public static SemVersion parseStrictOrNull(String text) {
        Matcher m = STRICT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return parseOrNull(text);
    }

    /** Parses {@code text}, or returns null when it is not a version. */
    public static SemVersion parseOrNull(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long segment(String digits) {
        try {
            return Long.parseUnsignedLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("error parsing version segment: strconv.ParseUint: parsing \""
                    + digits + "\": value out of range");
        }
    }

    private static void validatePrerelease(String pre) {
        if (pre.isEmpty()) {
            return;
        }
        for (String part : pre.split("\\.", -1)) {
            if (part.chars().allMatch(c -> c >= '0' && c <= '9') && part.length() > 1 && part.charAt(0) == '0') {
                throw new IllegalArgumentException(STARTS_ZERO);
            }
        }
    }

    /** Whether this version has a pre-release part. */
    public boolean isPrerelease() {
        return !prerelease.isEmpty();
    }

    /**
     * Masterminds' {@code Compare}: major, minor, patch, then a version without pre-release above
     * one with, then the pre-release identifiers; metadata is ignored.
     */
    @Override
    public int compareTo(SemVersion other) {
        int d = Long.compareUnsigned(major, other.major);
        if (d == 0) {
            d = Long.compareUnsigned(minor, other.minor);
        }
        if (d == 0) {
            d = Long.compareUnsigned(patch, other.patch);
        }
        if (d != 0) {
            return Integer.signum(d);
        }
        if (prerelease.isEmpty() || other.prerelease.isEmpty()) {
            return prerelease.isEmpty() == other.prerelease.isEmpty() ? 0 : prerelease.isEmpty() ? 1 : -1;
        }
        return comparePrerelease(prerelease, other.prerelease);
    }

    /** Whether both versions compare equal (metadata ignored). */
    public boolean sameVersionAs(SemVersion other) {
        return compareTo(other) == 0;
    }

    static int comparePrerelease(String a, String b) {
        String[] as = a.split("\\.", -1);
        String[] bs = b.split("\\.", -1);
        for (int i = 0; i < Math.max(as.length, bs.length); i++) {
            int d = comparePart(i < as.length ? as[i] : "", i < bs.length ? bs[i] : "");
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    private static int comparePart(String s, String o) {
        if (s.equals(o)) {
            return 0;
        }
        if (s.isEmpty()) {
            return -1;
        }
        if (o.isEmpty()) {
            return 1;
        }
        Long si = unsigned(s);
        Long oi = unsigned(o);
        if (si == null && oi == null) {
            return s.compareTo(o) > 0 ? 1 : -1;
        }
        if (oi == null) {
            return -1;
        }
        if (si == null) {
            return 1;
        }
        return Long.compareUnsigned(si, oi) > 0 ? 1 : -1;
    }

    /** Go's {@code strconv.ParseUint(s, 10, 64)}: digits only, in range, else null. */
    private static Long unsigned(String s) {
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        try {
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code MAJOR.MINOR.PATCH[-PRERELEASE][+METADATA]}, without the original's {@code v}. */
    @Override
    public String toString() {
        return Long.toUnsignedString(major) + "." + Long.toUnsignedString(minor) + "." + Long.toUnsignedString(patch)
                + (prerelease.isEmpty() ? "" : "-" + prerelease) + (metadata.isEmpty() ? "" : "+" + metadata);
    }
}
