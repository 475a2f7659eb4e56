package dev.windlass.gotemplate.semver;

/**
 * A version constraint with Masterminds/semver v3 semantics: comparisons ({@code = != > < >= <=}),
 * {@code ~} and {@code ^} ranges, wildcards ({@code 1.2.x}, {@code *}), hyphen ranges
 * ({@code 1.2 - 1.4.5}), AND by comma or space, OR by {@code ||}, and pre-releases matching only
 * when the constraint names a pre-release.
 */
public final class SemConstraint {

    private SemConstraint() {
    }

    /** Parses {@code text}; fails with Masterminds' message ({@code improper constraint: …}). */
    public static SemConstraint parse(String text) throws IllegalArgumentException {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Whether {@code version} satisfies this constraint. */
    public boolean check(SemVersion version) {
        throw new UnsupportedOperationException("not written yet");
    }
}
