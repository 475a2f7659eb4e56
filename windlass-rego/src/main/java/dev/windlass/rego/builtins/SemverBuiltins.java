package dev.windlass.rego.builtins;

import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.regex.Pattern;

/**
  * {@code semver.is_valid} and {@code semver.compare} with OPA's parser (a leading {@code v} is
  * accepted, major/minor/patch are decimal int64, identifiers are {@code [0-9A-Za-z-]}) and
  * SemVer 2.0.0 precedence (build metadata ignored).
  */
final class SemverBuiltins {
    private static final Pattern IDENTIFIERS = Pattern.compile("[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*");

    private SemverBuiltins() {}

    /** A parsed version. */
    record Version(long major, long minor, long patch, String preRelease) {}

    static void register(BuiltinTable.Registrar registrar) {
        ExtCalls.add(registrar, "semver.is_valid", 1,
                a -> BoolValue.of(a.any(0) instanceof StringValue s && parse(s.value()) != null));
        ExtCalls.add(registrar, "semver.compare", 2, SemverBuiltins::compare);
    }

    private static Value compare(Args a) throws BuiltinException {
        String first = a.string(0);
        String second = a.string(1);
        Version x = parse(first);
        if (x == null) {
            throw a.failed("operand 1: string " + first + " is not a valid SemVer");
        }
        Version y = parse(second);
        if (y == null) {
            throw a.failed("operand 2: string " + second + " is not a valid SemVer");
        }
        return NumberValue.of(compare(x, y));
    }

    /** The version, or null when the text is not one. */
    static Version parse(String text) {
        String version = text.startsWith("v") ? text.substring(1) : text;
        int plus = version.indexOf('+');
        if (plus >= 0) {
            String metadata = version.substring(plus + 1);
            version = version.substring(0, plus);
            if (!metadata.isEmpty() && !IDENTIFIERS.matcher(metadata).matches()) {
                return null;
            }
        }
        String pre = "";
        int dash = version.indexOf('-');
        if (dash >= 0) {
            pre = version.substring(dash + 1);
            version = version.substring(0, dash);
            if (!pre.isEmpty() && !IDENTIFIERS.matcher(pre).matches()) {
                return null;
            }
        }
        String[] parts = version.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            return new Version(goInt(parts[0]), goInt(parts[1]), goInt(parts[2]), pre);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Go's {@code strconv.ParseInt(s, 10, 64)}: optional sign, decimal digits. */
    private static long goInt(String s) {
        if (!s.matches("[+-]?[0-9]+")) {
            throw new NumberFormatException(s);
        }
        return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    }

    static int compare(Version v, Version o) {
        int c = Long.compare(v.major(), o.major());
        c = c != 0 ? c : Long.compare(v.minor(), o.minor());
        c = c != 0 ? c : Long.compare(v.patch(), o.patch());
        if (c != 0) {
            return Integer.signum(c);
        }
        if (v.preRelease().equals(o.preRelease())) {
            return 0;
        }
        if (v.preRelease().isEmpty()) {
            return 1;
        }
        if (o.preRelease().isEmpty()) {
            return -1;
        }
        return comparePreRelease(v.preRelease().split("\\.", -1), o.preRelease().split("\\.", -1));
    }

    private static int comparePreRelease(String[] a, String[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            boolean an = a[i].matches("[0-9]+");
            boolean bn = b[i].matches("[0-9]+");
            int c;
            if (an && bn) {
                c = new java.math.BigInteger(a[i]).compareTo(new java.math.BigInteger(b[i]));
            } else if (an || bn) {
                c = an ? -1 : 1;
            } else {
                c = a[i].compareTo(b[i]);
            }
            if (c != 0) {
                return Integer.signum(c);
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
