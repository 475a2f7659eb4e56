package dev.windlass.rego.builtins;

/**
  * Splits a Go time layout ({@code 2006-01-02T15:04:05Z07:00}) into literal text and the standard
  * elements Go recognises, with Go's rules ({@code Jan} but not {@code Janet}, {@code .000} only
  * before a non-digit, {@code _2006} as a literal underscore and a year).
  */
final class TimeLayoutChunks {
    /** Go's standard layout elements. */
    enum Std {
        NONE, LONG_MONTH, MONTH, NUM_MONTH, ZERO_MONTH, LONG_WEEKDAY, WEEKDAY, DAY, UNDER_DAY, ZERO_DAY,
        UNDER_YEAR_DAY, ZERO_YEAR_DAY, HOUR, HOUR12, ZERO_HOUR12, MINUTE, ZERO_MINUTE, SECOND, ZERO_SECOND,
        LONG_YEAR, YEAR, PM, LOWER_PM, TZ, ISO_TZ, ISO_SECONDS_TZ, ISO_SHORT_TZ, ISO_COLON_TZ,
        ISO_COLON_SECONDS_TZ, NUM_TZ, NUM_SECONDS_TZ, NUM_SHORT_TZ, NUM_COLON_TZ, NUM_COLON_SECONDS_TZ,
        FRAC0, FRAC9
    }

    /**
      * One step: literal {@code prefix}, the element {@code std} ({@link Std#NONE} at the end) with
      * its layout text, and the rest of the layout.
      */
    record Chunk(String prefix, Std std, String stdText, String suffix) {}

    private TimeLayoutChunks() {}

    static Chunk next(String layout) {
        for (int i = 0; i < layout.length(); i++) {
            Chunk c = at(layout, i);
            if (c != null) {
                return c;
            }
        }
        return new Chunk(layout, Std.NONE, "", "");
    }

    private static Chunk chunk(String layout, int i, int length, Std std) {
        return new Chunk(layout.substring(0, i), std, layout.substring(i, i + length), layout.substring(i + length));
    }

    private static Chunk at(String l, int i) {
        char c = l.charAt(i);
        switch (c) {
            case 'J':
                return named(l, i, "Jan", "January", Std.MONTH, Std.LONG_MONTH);
            case 'M': {
                Chunk day = named(l, i, "Mon", "Monday", Std.WEEKDAY, Std.LONG_WEEKDAY);
                return day != null ? day : l.startsWith("MST", i) ? chunk(l, i, 3, Std.TZ) : null;
            }
            case 'P':
                return l.startsWith("PM", i) ? chunk(l, i, 2, Std.PM) : null;
            case 'p':
                return l.startsWith("pm", i) ? chunk(l, i, 2, Std.LOWER_PM) : null;
            case '-':
                return zone(l, i, "-", Std.NUM_SECONDS_TZ, Std.NUM_COLON_SECONDS_TZ, Std.NUM_TZ, Std.NUM_COLON_TZ,
                        Std.NUM_SHORT_TZ);
            case 'Z':
                return zone(l, i, "Z", Std.ISO_SECONDS_TZ, Std.ISO_COLON_SECONDS_TZ, Std.ISO_TZ, Std.ISO_COLON_TZ,
                        Std.ISO_SHORT_TZ);
            case '.':
            case ',':
                return fraction(l, i);
            default:
                return numeric(l, i, c);
        }
    }

    /** {@code Jan}/{@code January} or {@code Mon}/{@code Monday}; the short form not before a lower-case letter. */
    private static Chunk named(String l, int i, String shortName, String longName, Std shortStd, Std longStd) {
        if (!l.startsWith(shortName, i)) {
            return null;
        }
        if (l.startsWith(longName, i)) {
            return chunk(l, i, longName.length(), longStd);
        }
        return startsWithLower(l, i + 3) ? null : chunk(l, i, 3, shortStd);
    }

    private static Chunk numeric(String l, int i, char c) {
        switch (c) {
            case '0':
                if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
                    Std[] zeros = {Std.ZERO_MONTH, Std.ZERO_DAY, Std.ZERO_HOUR12, Std.ZERO_MINUTE, Std.ZERO_SECOND, Std.YEAR};
                    return chunk(l, i, 2, zeros[l.charAt(i + 1) - '1']);
                }
                return l.startsWith("002", i) ? chunk(l, i, 3, Std.ZERO_YEAR_DAY) : null;
            case '1':
                return l.startsWith("15", i) ? chunk(l, i, 2, Std.HOUR) : chunk(l, i, 1, Std.NUM_MONTH);
            case '2':
                return l.startsWith("2006", i) ? chunk(l, i, 4, Std.LONG_YEAR) : chunk(l, i, 1, Std.DAY);
            case '_':
                if (l.startsWith("_2006", i)) {
                    return new Chunk(l.substring(0, i + 1), Std.LONG_YEAR, "2006", l.substring(i + 5));
                }
                if (l.startsWith("_2", i)) {
                    return chunk(l, i, 2, Std.UNDER_DAY);
                }
                return l.startsWith("__2", i) ? chunk(l, i, 3, Std.UNDER_YEAR_DAY) : null;
            case '3':
                return chunk(l, i, 1, Std.HOUR12);
            case '4':
                return chunk(l, i, 1, Std.MINUTE);
            case '5':
                return chunk(l, i, 1, Std.SECOND);
            default:
                return null;
        }
    }

    private static Chunk zone(String l, int i, String lead, Std... stds) {
        String[] forms = {"070000", "07:00:00", "0700", "07:00", "07"};
        for (int k = 0; k < forms.length; k++) {
            if (l.startsWith(lead + forms[k], i)) {
                return chunk(l, i, 1 + forms[k].length(), stds[k]);
            }
        }
        return null;
    }

    private static Chunk fraction(String l, int i) {
        if (i + 1 >= l.length() || (l.charAt(i + 1) != '0' && l.charAt(i + 1) != '9')) {
            return null;
        }
        char digit = l.charAt(i + 1);
        int j = i + 1;
        while (j < l.length() && l.charAt(j) == digit) {
            j++;
        }
        if (j < l.length() && Character.isDigit(l.charAt(j))) {
            return null;
        }
        return chunk(l, i, j - i, digit == '0' ? Std.FRAC0 : Std.FRAC9);
    }

    private static boolean startsWithLower(String s, int i) {
        return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
    }
}
