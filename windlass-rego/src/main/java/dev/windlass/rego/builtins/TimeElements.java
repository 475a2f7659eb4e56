package dev.windlass.rego.builtins;

import java.util.Locale;

/** Reads one Go layout element from the text being parsed, as Go's {@code time.Parse} does. */
final class TimeElements {
    private static final String[] SHORT_DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

    /** The text after the element ({@code null} when it did not match), or a range error word. */
    record Result(String rest, String rangeError) {
        static Result ok(String rest) {
            return new Result(rest, null);
        }

        static Result bad() {
            return new Result(null, null);
        }
    }

    private TimeElements() {}

    static Result parse(TimeParse p, TimeLayoutChunks.Chunk c, String v, String layoutRest) {
        switch (c.std()) {
            case YEAR: return twoDigitYear(p, v);
            case LONG_YEAR: return longYear(p, v);
            case MONTH: return lookup(p, v, shortMonths(), true);
            case LONG_MONTH: return lookup(p, v, TimeFormat.LONG_MONTHS, true);
            case WEEKDAY: return lookup(p, v, SHORT_DAYS, false);
            case LONG_WEEKDAY: return lookup(p, v, TimeFormat.LONG_DAYS, false);
            case NUM_MONTH:
            case ZERO_MONTH: return number(v, c.std() == TimeLayoutChunks.Std.ZERO_MONTH, 2, n -> p.month(n), 1, 12, "month");
            case DAY:
            case UNDER_DAY:
            case ZERO_DAY: {
                String t = c.std() == TimeLayoutChunks.Std.UNDER_DAY && v.startsWith(" ") ? v.substring(1) : v;
                return number(t, c.std() == TimeLayoutChunks.Std.ZERO_DAY, 2, n -> p.day(n), 0, 99, null);
            }
            case UNDER_YEAR_DAY:
            case ZERO_YEAR_DAY: return yearDay(p, c, v);
            case HOUR: return number(v, false, 2, n -> p.hour(n), 0, 23, "hour");
            case HOUR12:
            case ZERO_HOUR12: return number(v, c.std() == TimeLayoutChunks.Std.ZERO_HOUR12, 2, n -> p.hour(n), 0, 12, "hour");
            case MINUTE:
            case ZERO_MINUTE: return number(v, c.std() == TimeLayoutChunks.Std.ZERO_MINUTE, 2, n -> p.minute(n), 0, 59, "minute");
            case SECOND:
            case ZERO_SECOND: return second(p, c, v, layoutRest);
            case PM:
            case LOWER_PM: return meridiem(p, v, c.std() == TimeLayoutChunks.Std.PM ? "PM" : "pm", c.std() == TimeLayoutChunks.Std.PM ? "AM" : "am");
            case TZ: return TimeZones.parseAbbreviation(p, v);
            case FRAC0: {
                int n = c.stdText().length();
                return v.length() < n ? Result.bad() : nanos(p, v, n);
            }
            case FRAC9: return fraction9(p, v);
            default: return TimeZones.parseOffset(p, c.std(), v);
        }
    }

    private static Result yearDay(TimeParse p, TimeLayoutChunks.Chunk c, String v) {
        String t = v;
        for (int i = 0; i < 2 && c.std() == TimeLayoutChunks.Std.UNDER_YEAR_DAY && t.startsWith(" "); i++) {
            t = t.substring(1);
        }
        return number(t, c.std() == TimeLayoutChunks.Std.ZERO_YEAR_DAY, 3, n -> p.yearDay(n), 0, 999, null);
    }

    private static String[] shortMonths() {
        String[] out = new String[12];
        for (int i = 0; i < 12; i++) {
            out[i] = TimeFormat.LONG_MONTHS[i].substring(0, 3);
        }
        return out;
    }

    private static Result twoDigitYear(TimeParse p, String v) {
        if (v.length() < 2 || !digits(v, 2)) {
            return Result.bad();
        }
        int y = Integer.parseInt(v.substring(0, 2));
        p.year(y >= 69 ? y + 1900 : y + 2000);
        return Result.ok(v.substring(2));
    }

    private static Result longYear(TimeParse p, String v) {
        if (v.length() < 4 || !digits(v, 4)) {
            return Result.bad();
        }
        p.year(Integer.parseInt(v.substring(0, 4)));
        return Result.ok(v.substring(4));
    }

    private static boolean digits(String v, int n) {
        for (int i = 0; i < n; i++) {
            if (!isDigit(v, i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(String v, int i) {
        return i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9';
    }

    private static Result lookup(TimeParse p, String v, String[] names, boolean isMonth) {
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            if (v.length() >= n.length() && v.substring(0, n.length()).toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))) {
                if (isMonth) {
                    p.month(i + 1);
                }
                return Result.ok(v.substring(n.length()));
            }
        }
        return Result.bad();
    }

    @FunctionalInterface
    private interface Setter {
        void set(int n);
    }

    /** Go's getnum/getnum3: up to {@code max} digits, exactly {@code max} when fixed. */
    private static Result number(String v, boolean fixed, int max, Setter setter, int low, int high, String range) {
        int n = 0;
        while (n < max && isDigit(v, n)) {
            n++;
        }
        if (n == 0 || (fixed && n < max)) {
            return Result.bad();
        }
        int value = Integer.parseInt(v.substring(0, n));
        setter.set(value);
        String rest = v.substring(n);
        if (range != null && (value < low || value > high)) {
            return new Result(rest, range);
        }
        return Result.ok(rest);
    }

    private static Result second(TimeParse p, TimeLayoutChunks.Chunk c, String v, String layoutRest) {
        Result r = number(v, c.std() == TimeLayoutChunks.Std.ZERO_SECOND, 2, n -> p.second(n), 0, 59, "second");
        if (r.rest() == null || r.rangeError() != null) {
            return r;
        }
        String rest = r.rest();
        if (rest.length() >= 2 && (rest.charAt(0) == '.' || rest.charAt(0) == ',') && isDigit(rest, 1)) {
            TimeLayoutChunks.Std next = TimeLayoutChunks.next(layoutRest).std();
            if (next == TimeLayoutChunks.Std.FRAC0 || next == TimeLayoutChunks.Std.FRAC9) {
                return r;
            }
            int n = 2;
            while (isDigit(rest, n)) {
                n++;
            }
            return nanos(p, rest, n);
        }
        return r;
    }

    private static Result fraction9(TimeParse p, String v) {
        if (v.length() < 2 || (v.charAt(0) != '.' && v.charAt(0) != ',') || !isDigit(v, 1)) {
            return Result.ok(v);
        }
        int i = 0;
        while (isDigit(v, i + 1)) {
            i++;
        }
        return nanos(p, v, i + 1);
    }

    /** Go's parseNanoseconds over {@code v[0:n]}, the separator included. */
    private static Result nanos(TimeParse p, String v, int n) {
        if (v.charAt(0) != '.' && v.charAt(0) != ',') {
            return Result.bad();
        }
        String digitsText = v.substring(1, Math.min(n, 10));
        if (!digits(digitsText, digitsText.length())) {
            return Result.bad();
        }
        int ns = digitsText.isEmpty() ? 0 : Integer.parseInt(digitsText);
        for (int i = digitsText.length(); i < 9; i++) {
            ns *= 10;
        }
        p.nanos(ns);
        return Result.ok(v.substring(n));
    }

    private static Result meridiem(TimeParse p, String v, String pmText, String amText) {
        if (v.length() < 2) {
            return Result.bad();
        }
        String t = v.substring(0, 2);
        if (t.equals(pmText) || t.equals(amText)) {
            p.pm(t.equals(pmText));
            return Result.ok(v.substring(2));
        }
        return Result.bad();
    }
}
