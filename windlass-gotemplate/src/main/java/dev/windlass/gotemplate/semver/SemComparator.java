package dev.windlass.gotemplate.semver;

/**
 * One comparison of a {@link SemConstraint} ({@code >=1.2}, {@code ~1.x}, {@code *}): the operator,
 * the version text as written, the version it stands for (wildcards as zeros) and which parts were
 * wildcards or missing ("dirty" in Masterminds' terms).
 */
record SemComparator(String op, String orig, SemVersion con, boolean dirty, boolean minorDirty,
        boolean patchDirty) {

    /** Whether {@code v} satisfies this comparison; {@code includePre} lets pre-releases take part. */
    boolean check(SemVersion v, boolean includePre) {
        if (v.isPrerelease() && !includePre) {
            return false;
        }
        return switch (op) {
            case "", "=" -> dirty ? tilde(v) : v.compareTo(con) == 0;
            case "!=" -> notEqual(v);
            case ">" -> greaterThan(v);
            case "<" -> v.compareTo(con) < 0;
            case ">=", "=>" -> v.compareTo(con) >= 0;
            case "<=", "=<" -> lessThanEqual(v);
            case "~", "~>" -> tilde(v);
            case "^" -> caret(v);
            default -> throw new IllegalStateException("unknown operator " + op);
        };
    }

    private boolean notEqual(SemVersion v) {
        if (dirty) {
            if (con.major() != v.major()) {
                return true;
            }
            if (con.minor() != v.minor() && !minorDirty) {
                return true;
            } else if (minorDirty) {
                return false;
            } else if (con.patch() != v.patch() && !patchDirty) {
                return true;
            } else if (patchDirty) {
                if (v.isPrerelease() || con.isPrerelease()) {
                    return SemVersion.comparePrerelease(v.prerelease(), con.prerelease()) != 0;
                }
                return false;
            }
        }
        return v.compareTo(con) != 0;
    }

    private boolean greaterThan(SemVersion v) {
        if (!dirty) {
            return v.compareTo(con) > 0;
        }
        int major = Long.compareUnsigned(v.major(), con.major());
        if (major != 0) {
            return major > 0;
        }
        if (minorDirty) {
            return false;
        }
        if (patchDirty) {
            return Long.compareUnsigned(v.minor(), con.minor()) > 0;
        }
        return v.compareTo(con) > 0;
    }

    private boolean lessThanEqual(SemVersion v) {
        if (!dirty) {
            return v.compareTo(con) <= 0;
        }
        int major = Long.compareUnsigned(v.major(), con.major());
        if (major > 0) {
            return false;
        }
        return !(major == 0 && Long.compareUnsigned(v.minor(), con.minor()) > 0 && !minorDirty);
    }

    private boolean tilde(SemVersion v) {
        if (v.compareTo(con) < 0) {
            return false;
        }
        if (con.major() == 0 && con.minor() == 0 && con.patch() == 0 && !minorDirty && !patchDirty) {
            return true;
        }
        if (v.major() != con.major()) {
            return false;
        }
        return v.minor() == con.minor() || minorDirty;
    }

    private boolean caret(SemVersion v) {
        if (v.compareTo(con) < 0) {
            return false;
        }
        if (con.major() != 0 || minorDirty) {
            return v.major() == con.major();
        }
        if (v.major() != 0) {
            return false;
        }
        if (con.minor() != 0 || patchDirty) {
            return v.minor() == con.minor();
        }
        if (v.minor() != 0) {
            return false;
        }
        return con.patch() == v.patch();
    }

    @Override
    public String toString() {
        return op + orig;
    }
}
