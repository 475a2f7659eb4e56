package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoFunctionException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** Go's time.ParseInLocation for the layout elements {@link SprigTimeLayout} knows. */
final class SprigTimeParser {

    private final String value;
    private final String layout;
    private String rest;
    private int year = 1;
    private int month = 1;
    private int day = 1;
    private int hour;
    private int minute;
    private int second;
    private int nanos;
    private boolean pm;
    private boolean amPmSet;
    private ZoneOffset offset;
    private String zoneAbbrev;

    private SprigTimeParser(String value, String layout) {
        this.value = value;
        this.layout = layout;
        this.rest = value;
    }

    static GoTime parse(String layout, String value, ZoneId local, String localName) throws GoFunctionException {
        return new SprigTimeParser(value, layout).run(local, localName);
    }

    private GoFunctionException cannot(String elem) {
        return new GoFunctionException("parsing time " + q(value) + " as " + q(layout) + ": cannot parse " + q(rest)
                + " as " + q(elem));
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private GoTime run(ZoneId local, String localName) throws GoFunctionException {
        for (SprigTimeLayout.Chunk c : SprigTimeLayout.chunks(layout)) {
            if (c.std() == null) {
                if (!rest.startsWith(c.literal())) {
                    throw cannot(c.literal());
                }
                rest = rest.substring(c.literal().length());
            } else {
                element(c.std());
            }
        }
        if (!rest.isEmpty()) {
            throw new GoFunctionException("parsing time " + q(value) + ": extra text: " + q(rest));
        }
        if (amPmSet && pm && hour < 12) {
            hour += 12;
        } else if (amPmSet && !pm && hour == 12) {
            hour = 0;
        }
        LocalDateTime ldt;
        try {
            ldt = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        } catch (DateTimeException e) {
            String what = month < 1 || month > 12 ? "month" : "day";
            throw new GoFunctionException("parsing time " + q(value) + ": " + what + " out of range");
        }
        if (offset != null) {
            return new GoTime(ZonedDateTime.of(ldt, offset), "");
        }
        if (zoneAbbrev != null && !zoneAbbrev.equals("UTC")) {
            return new GoTime(ZonedDateTime.of(ldt, ZoneOffset.UTC), zoneAbbrev);
        }
        if (zoneAbbrev != null) {
            return new GoTime(ZonedDateTime.of(ldt, ZoneOffset.UTC), "UTC");
        }
        return GoTime.of(ZonedDateTime.of(ldt, local), localName);
    }

    private int number(String elem, int min, int max, boolean fixed) throws GoFunctionException {
        int n = 0;
        while (n < rest.length() && n < max && Character.isDigit(rest.charAt(n))) {
            n++;
        }
        if (n < min || (fixed && n != max)) {
            throw cannot(elem);
        }
        int v = Integer.parseInt(rest.substring(0, n));
        rest = rest.substring(n);
        return v;
    }

    private void element(String std) throws GoFunctionException {
        switch (std) {
            case "2006" -> year = number(std, 4, 4, true);
            case "06" -> {
                int y = number(std, 2, 2, true);
                year = y >= 69 ? 1900 + y : 2000 + y;
            }
            case "01" -> month = number(std, 2, 2, true);
            case "1" -> month = number(std, 1, 2, false);
            case "02" -> day = number(std, 2, 2, true);
            case "_2" -> {
                if (rest.startsWith(" ")) {
                    rest = rest.substring(1);
                }
                day = number(std, 1, 2, false);
            }
            case "2" -> day = number(std, 1, 2, false);
            case "15" -> hour = number(std, 1, 2, false);
            case "03" -> hour = number(std, 2, 2, true);
            case "3" -> hour = number(std, 1, 2, false);
            case "04" -> minute = number(std, 2, 2, true);
            case "4" -> minute = number(std, 1, 2, false);
            case "05", "5" -> {
                second = number(std, std.length(), 2, std.length() == 2);
                optionalFraction();
            }
            case "PM", "pm" -> ampm(std);
            case "Jan", "January", "Mon", "Monday" -> name(std);
            case "MST" -> zoneName();
            case "002" -> number(std, 3, 3, true);
            default -> zoneOrFraction(std);
        }
    }

    private void optionalFraction() {
        if (rest.length() >= 2 && (rest.charAt(0) == '.' || rest.charAt(0) == ',') && Character.isDigit(rest.charAt(1))
                && !layoutHasFraction()) {
            int n = 1;
            while (n < rest.length() && Character.isDigit(rest.charAt(n))) {
                n++;
            }
            nanos = fraction(rest.substring(1, n));
            rest = rest.substring(n);
        }
    }

    private boolean layoutHasFraction() {
        return layout.matches("(?s).*05[.,][09]+.*");
    }

    private static int fraction(String digits) {
        String d = (digits + "000000000").substring(0, 9);
        return Integer.parseInt(d);
    }

    private void ampm(String std) throws GoFunctionException {
        if (rest.length() < 2) {
            throw cannot(std);
        }
        String p = rest.substring(0, 2);
        if (p.equalsIgnoreCase("PM") && p.equals(std.equals("PM") ? "PM" : "pm")) {
            pm = true;
        } else if (p.equals(std.equals("PM") ? "AM" : "am")) {
            pm = false;
        } else {
            throw cannot(std);
        }
        amPmSet = true;
        rest = rest.substring(2);
    }

    private void name(String std) throws GoFunctionException {
        boolean isMonth = std.startsWith("J");
        TextStyle style = std.length() > 3 ? TextStyle.FULL : TextStyle.SHORT;
        for (int k = 1; k <= (isMonth ? 12 : 7); k++) {
            String candidate = isMonth ? java.time.Month.of(k).getDisplayName(style, Locale.ENGLISH)
                    : java.time.DayOfWeek.of(k).getDisplayName(style, Locale.ENGLISH);
            if (rest.regionMatches(true, 0, candidate, 0, candidate.length())) {
                if (isMonth) {
                    month = k;
                }
                rest = rest.substring(candidate.length());
                return;
            }
        }
        throw cannot(std);
    }

    private void zoneName() throws GoFunctionException {
        int n = 0;
        while (n < rest.length() && Character.isUpperCase(rest.charAt(n))) {
            n++;
        }
        if (n < 3) {
            throw cannot("MST");
        }
        zoneAbbrev = rest.substring(0, n);
        rest = rest.substring(n);
    }

    private void zoneOrFraction(String std) throws GoFunctionException {
        if (std.startsWith(".") || std.startsWith(",")) {
            if (rest.isEmpty() || rest.charAt(0) != std.charAt(0)) {
                if (std.charAt(1) == '9') {
                    return;
                }
                throw cannot(std);
            }
            int n = 1;
            while (n < rest.length() && Character.isDigit(rest.charAt(n))) {
                n++;
            }
            nanos = fraction(rest.substring(1, n));
            rest = rest.substring(n);
            return;
        }
        if (std.startsWith("Z") && rest.startsWith("Z")) {
            offset = ZoneOffset.UTC;
            rest = rest.substring(1);
            return;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^([+-])(\\d\\d)(?::?(\\d\\d))?(?::?(\\d\\d))?").matcher(rest);
        if (!m.find()) {
            throw cannot(std);
        }
        int secs = Integer.parseInt(m.group(2)) * 3600 + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)) * 60)
                + (m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
        offset = ZoneOffset.ofTotalSeconds(m.group(1).equals("-") ? -secs : secs);
        rest = rest.substring(m.end());
    }
}
