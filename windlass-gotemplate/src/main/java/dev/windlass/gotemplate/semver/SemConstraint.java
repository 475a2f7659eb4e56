package dev.windlass.gotemplate.semver;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A version constraint with Masterminds/semver v3 semantics: comparisons ({@code = != > < >= <=}),
 * {@code ~} and {@code ^} ranges, wildcards ({@code 1.2.x}, {@code *}), hyphen ranges
 * ({@code 1.2 - 1.4.5}), AND by comma or space, OR by {@code ||}. A pre-release version satisfies an
 * AND group only when some comparison of that group names a pre-release (so {@code >=1.2.3-0}
 * admits pre-releases of every later version) or when pre-releases are included explicitly.
 */
public final class SemConstraint {

    private static final String WS = "[\\t\\n\\f\\r ]";
    private static final String CV = "v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?"
            + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
            + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?";
    private static final String OPS = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^";
    private static final Pattern ONE = Pattern.compile(WS + "*(" + OPS + ")" + WS + "*(" + CV + ")" + WS + "*");
    private static final Pattern RANGE = Pattern.compile(WS + "*(" + CV + ")" + WS + "+-" + WS + "+(" + CV + ")" + WS + "*");
    private static final Pattern FIND = Pattern.compile("(" + OPS + ")" + WS + "*(" + CV + ")");
    private static final Pattern VALID = Pattern.compile("(" + WS + "*(" + OPS + ")" + WS + "*(" + CV + ")" + WS + "*)"
            + "((?:" + WS + "+|," + WS + "*)(" + OPS + ")" + WS + "*(" + CV + ")" + WS + "*)*");

    private final List<List<SemComparator>> groups;
    private final List<Boolean> containsPre;
    private final boolean includePrerelease;
    private final String text;

    private SemConstraint(List<List<SemComparator>> groups, List<Boolean> containsPre, boolean includePrerelease,
            String text) {
        this.groups = groups;
        this.containsPre = containsPre;
        this.includePrerelease = includePrerelease;
        this.text = text;
    }

    /**
     * Parses {@code text} like Masterminds' {@code NewConstraint}; fails with its message
     * ({@code improper constraint: "…"} or {@code constraint parser error}).
     */
    public static SemConstraint parse(String text) throws IllegalArgumentException {
        String rewritten = rewriteRanges(text);
        List<List<SemComparator>> groups = new ArrayList<>();
        List<Boolean> containsPre = new ArrayList<>();
        for (String or : rewritten.split("\\|\\|", -1)) {
            if (!VALID.matcher(or).matches()) {
                throw new IllegalArgumentException("improper constraint: " + GoQuote.quote(or));
            }
            List<String> found = new ArrayList<>();
            Matcher m = FIND.matcher(or);
            while (m.find()) {
                found.add(m.group());
            }
            if (found.isEmpty()) {
                found.add(or);
            }
            List<SemComparator> group = new ArrayList<>();
            boolean pre = false;
            for (String one : found) {
                SemComparator c = parseOne(one);
                pre |= c.con().isPrerelease();
                group.add(c);
            }
            groups.add(List.copyOf(group));
            containsPre.add(pre);
        }
        return new SemConstraint(List.copyOf(groups), List.copyOf(containsPre), false, text);
    }

    /** A copy that lets pre-releases satisfy every group (Masterminds' {@code IncludePrerelease}). */
    public SemConstraint withIncludePrerelease(boolean include) {
        return new SemConstraint(groups, containsPre, include, text);
    }

    /** Whether {@code version} satisfies this constraint. */
    public boolean check(SemVersion version) {
        for (int i = 0; i < groups.size(); i++) {
            boolean pre = includePrerelease || containsPre.get(i);
            if (groups.get(i).stream().allMatch(c -> c.check(version, pre))) {
                return true;
            }
        }
        return false;
    }

    /** The text this constraint was parsed from. */
    public String text() {
        return text;
    }

    /** Masterminds' {@code String}: comparisons joined by a space, groups by {@code " || "}. */
    @Override
    public String toString() {
        return groups.stream()
                .map(g -> g.stream().map(SemComparator::toString).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" || "));
    }

    private static String rewriteRanges(String text) {
        Matcher m = RANGE.matcher(text);
        List<String[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new String[] {m.group(), m.group(1), m.group(11)});
        }
        String out = text;
        for (String[] f : found) {
            int at = out.indexOf(f[0]);
            if (at >= 0) {
                out = out.substring(0, at) + ">= " + f[1] + ", <= " + f[2] + " " + out.substring(at + f[0].length());
            }
        }
        return out;
    }

    private static SemComparator parseOne(String one) {
        if (one.isEmpty()) {
            return new SemComparator("", "", new SemVersion(0, 0, 0, "", "", "0.0.0"), true, false, false);
        }
        Matcher m = ONE.matcher(one);
        if (!m.matches()) {
            throw new IllegalArgumentException("improper constraint: " + GoQuote.quote(one));
        }
        String major = m.group(3);
        String minor = orEmpty(m.group(4));
        String patch = orEmpty(m.group(5));
        String pre = orEmpty(m.group(6));
        String ver = m.group(2);
        boolean dirty = true;
        boolean minorDirty = false;
        boolean patchDirty = false;
        if (isX(major)) {
            ver = "0.0.0" + pre;
        } else if (minor.isEmpty() || isX(minor.substring(1))) {
            minorDirty = true;
            ver = major + ".0.0" + pre;
        } else if (patch.isEmpty() || isX(patch.substring(1))) {
            patchDirty = true;
            ver = major + minor + ".0" + pre;
        } else {
            dirty = false;
        }
        SemVersion con = SemVersion.parseOrNull(ver);
        if (con == null) {
            throw new IllegalArgumentException("constraint parser error");
        }
        return new SemComparator(m.group(1), m.group(2), con, dirty, minorDirty, patchDirty);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static boolean isX(String s) {
        return s.equals("x") || s.equals("X") || s.equals("*");
    }
}
