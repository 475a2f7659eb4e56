package dev.windlass.helm.values;

import java.util.regex.Pattern;

/** A few {@code format} checks (asserted only for drafts before 2019-09), with the library's reasons. */
final class SchemaFormats {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    private SchemaFormats() {
    }

    /** Why {@code value} is not of {@code format}, or {@code null} when it is (or the format is unknown). */
    static String check(String format, String value) {
        return switch (format) {
            case "ipv4" -> ipv4(value);
            case "email" -> value.contains("@") ? null : "missing @";
            case "uuid" -> uuid(value);
            case "hostname" -> value.length() > 253 ? "more than 253 characters long" : null;
            default -> null;
        };
    }

    private static String ipv4(String value) {
        String[] groups = value.split("\\.", -1);
        if (groups.length != 4) {
            return "expected four decimals";
        }
        for (String g : groups) {
            if (g.length() > 1 && g.startsWith("0")) {
                return "leading zeros";
            }
            if (!g.matches("[0-9]{1,3}") || Integer.parseInt(g) > 255) {
                return "decimal must be between 0 and 255";
            }
        }
        return null;
    }

    private static String uuid(String value) {
        String[] groups = value.split("-", -1);
        int[] lengths = {8, 4, 4, 4, 12};
        if (groups.length != 5) {
            return "must have 5 elements";
        }
        for (int i = 0; i < 5; i++) {
            if (groups[i].length() != lengths[i]) {
                return "element " + (i + 1) + " must be " + lengths[i] + " characters long";
            }
            if (!HEX.matcher(groups[i]).matches()) {
                return "non-hex character";
            }
        }
        return null;
    }
}
