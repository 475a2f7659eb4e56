package dev.windlass.helm.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether go-yaml v2 reads a plain scalar as a timestamp: Go's {@code time.Parse} with the layouts
 * {@code 2006-1-2T15:4:5.999999999Z07:00} (also lower-case {@code t}), {@code 2006-1-2 15:4:5.999999999}
 * and {@code 2006-1-2}, including Go's range checks.
 */
final class YamlTimestamp {

    private static final Pattern DATE = Pattern.compile("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(.*)$", Pattern.DOTALL);
    private static final Pattern TIME = Pattern.compile(
            "^([Tt ])([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})([.,][0-9]+)?(.*)$", Pattern.DOTALL);
    private static final Pattern ZONE = Pattern.compile("^(Z|[+-]([0-9]{2}):([0-9]{2}))$");

    private YamlTimestamp() {
    }

    static boolean matches(String s) {
        Matcher date = DATE.matcher(s);
        if (!date.matches()) {
            return false;
        }
        int year = Integer.parseInt(date.group(1));
        int month = Integer.parseInt(date.group(2));
        int day = Integer.parseInt(date.group(3));
        if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) {
            return false;
        }
        String rest = date.group(4);
        return rest.isEmpty() || timeMatches(rest);
    }

    private static boolean timeMatches(String rest) {
        Matcher time = TIME.matcher(rest);
        if (!time.matches()) {
            return false;
        }
        if (Integer.parseInt(time.group(2)) > 23 || Integer.parseInt(time.group(3)) > 59
                || Integer.parseInt(time.group(4)) > 59) {
            return false;
        }
        String zone = time.group(6);
        if (time.group(1).equals(" ")) {
            return zone.isEmpty();
        }
        Matcher z = ZONE.matcher(zone);
        if (!z.matches()) {
            return false;
        }
        return z.group(2) == null || (Integer.parseInt(z.group(2)) <= 24 && Integer.parseInt(z.group(3)) <= 60);
    }

    private static int daysIn(int month, int year) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
