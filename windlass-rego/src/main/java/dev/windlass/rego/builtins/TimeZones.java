package dev.windlass.rego.builtins;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Zone names and numeric offsets while parsing Go layouts, and IANA zone loading. */
final class TimeZones {
    private TimeZones() {}

    /** {@code time.LoadLocation}: "" and "UTC" are UTC, "Local" the host's zone, others IANA names. */
    static ZoneId load(String name) throws TimeParse.ParseException {
        if (name.isEmpty() || name.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (name.equals("Local")) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name, ZoneId.SHORT_IDS);
        } catch (DateTimeException e) {
            throw new TimeParse.ParseException("unknown time zone " + name);
        }
    }

    /** The {@code MST} element: UTC, GMT±h, ±hh, or three to five capitals (offset zero). */
    static TimeElements.Result parseAbbreviation(TimeParse p, String v) {
        if (v.startsWith("UTC")) {
            p.zoneOffset(0);
            return TimeElements.Result.ok(v.substring(3));
        }
        int n = zoneLength(v);
        if (n <= 0) {
            return TimeElements.Result.bad();
        }
        String name = v.substring(0, n);
        int offset = 0;
        if (name.length() > 3 && name.startsWith("GMT")) {
            offset = Integer.parseInt(name.substring(name.charAt(3) == '+' ? 4 : 3)) * 3600;
        }
        p.zoneOffset(offset);
        return TimeElements.Result.ok(v.substring(n));
    }

    private static int zoneLength(String v) {
        if (v.length() < 3) {
            return 0;
        }
        if (v.startsWith("ChST") || v.startsWith("MeST")) {
            return 4;
        }
        if (v.startsWith("GMT")) {
            return 3 + signedOffsetLength(v.substring(3));
        }
        if (v.charAt(0) == '+' || v.charAt(0) == '-') {
            return signedOffsetLength(v);
        }
        int upper = 0;
        while (upper < 6 && upper < v.length() && v.charAt(upper) >= 'A' && v.charAt(upper) <= 'Z') {
            upper++;
        }
        switch (upper) {
            case 3: return 3;
            case 4: return v.charAt(3) == 'T' || v.startsWith("WITA") ? 4 : 0;
            case 5: return v.charAt(4) == 'T' ? 5 : 0;
            default: return 0;
        }
    }

    private static int signedOffsetLength(String v) {
        if (v.isEmpty() || (v.charAt(0) != '+' && v.charAt(0) != '-')) {
            return 0;
        }
        int i = 1;
        while (TimeElements.isDigit(v, i)) {
            i++;
        }
        if (i == 1 || Long.parseLong(v.substring(1, Math.min(i, 12))) > 23) {
            return 0;
        }
        return i;
    }

    /** The numeric zone elements ({@code -0700}, {@code Z07:00} …). */
    static TimeElements.Result parseOffset(TimeParse p, TimeLayoutChunks.Std std, String v) {
        String name = std.name();
        if (name.startsWith("ISO") && v.startsWith("Z")) {
            p.zoneOffset(0);
            return TimeElements.Result.ok(v.substring(1));
        }
        boolean colon = name.contains("COLON");
        boolean seconds = name.contains("SECONDS");
        boolean shortForm = name.endsWith("SHORT_TZ");
        int length = shortForm ? 3 : 5 + (colon ? 1 : 0) + (seconds ? 2 + (colon ? 1 : 0) : 0);
        if (v.length() < length) {
            return TimeElements.Result.bad();
        }
        if (colon && (v.charAt(3) != ':' || (seconds && v.charAt(6) != ':'))) {
            return TimeElements.Result.bad();
        }
        String hh = v.substring(1, 3);
        String mm = shortForm ? "00" : v.substring(colon ? 4 : 3, colon ? 6 : 5);
        String ss = seconds ? v.substring(colon ? 7 : 5, colon ? 9 : 7) : "00";
        if (!twoDigits(hh) || !twoDigits(mm) || !twoDigits(ss)) {
            return TimeElements.Result.bad();
        }
        int h = Integer.parseInt(hh);
        int m = Integer.parseInt(mm);
        int s = Integer.parseInt(ss);
        String rest = v.substring(length);
        String range = h > 24 ? "time zone offset hour" : m > 60 ? "time zone offset minute"
                : s > 60 ? "time zone offset second" : null;
        int offset = (h * 60 + m) * 60 + s;
        char sign = v.charAt(0);
        if (sign != '+' && sign != '-') {
            return range == null ? TimeElements.Result.bad() : new TimeElements.Result(rest, range);
        }
        p.zoneOffset(sign == '-' ? -offset : offset);
        return new TimeElements.Result(rest, range);
    }

    private static boolean twoDigits(String s) {
        return TimeElements.isDigit(s, 0) && TimeElements.isDigit(s, 1);
    }
}
