package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.GoType.ANY;
import static dev.windlass.gotemplate.GoType.STRING;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoFunctionException;
import dev.windlass.gotemplate.GoValues;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Sprig's date functions (date.go). Times are {@link GoTime}s; integers given as dates are Unix
 * seconds; "Local" is the JVM's default zone; unknown zone names fall back to UTC, as Sprig does.
 */
final class SprigDates {

    private SprigDates() {
    }

    static List<GoFunc> functions() {
        List<GoFunc> f = new ArrayList<>();
        f.add(GoFunc.of("now", a -> GoTime.now(ZoneId.systemDefault())));
        f.add(GoFunc.of("date", a -> dateInZone((String) a[0], a[1], "Local"), STRING, ANY));
        f.add(GoFunc.of("dateInZone", a -> dateInZone((String) a[0], a[1], (String) a[2]), STRING, ANY, STRING));
        f.add(GoFunc.of("date_in_zone", a -> dateInZone((String) a[0], a[1], (String) a[2]), STRING, ANY, STRING));
        f.add(GoFunc.of("htmlDate", a -> dateInZone("2006-01-02", a[0], "Local"), ANY));
        f.add(GoFunc.of("htmlDateInZone", a -> dateInZone("2006-01-02", a[0], (String) a[1]), ANY, STRING));
        f.add(GoFunc.of("dateModify", a -> modify((String) a[0], a[1], false), STRING, ANY));
        f.add(GoFunc.of("date_modify", a -> modify((String) a[0], a[1], false), STRING, ANY));
        f.add(GoFunc.of("mustDateModify", a -> modify((String) a[0], a[1], true), STRING, ANY));
        f.add(GoFunc.of("must_date_modify", a -> modify((String) a[0], a[1], true), STRING, ANY));
        f.add(GoFunc.of("ago", a -> SprigDuration.roundToSeconds(since(time(a[0], true))), ANY));
        f.add(GoFunc.of("duration", a -> duration(a[0]), ANY));
        f.add(GoFunc.of("durationRound", a -> durationRound(a[0]), ANY));
        f.add(GoFunc.of("toDate", a -> {
            try {
                return parse((String) a[0], (String) a[1]);
            } catch (GoFunctionException e) {
                return GoTime.ZERO;
            }
        }, STRING, STRING));
        f.add(GoFunc.of("mustToDate", a -> parse((String) a[0], (String) a[1]), STRING, STRING));
        f.add(GoFunc.of("unixEpoch", a -> Long.toString(timeArg(a[0]).unix()), ANY));
        return f;
    }

    /** time.LoadLocation with Sprig's fallback to UTC. */
    static ZoneId zone(String name) {
        if (name.equals("Local")) {
            return ZoneId.systemDefault();
        }
        if (name.isEmpty() || name.equals("UTC") || !ZoneId.getAvailableZoneIds().contains(name)) {
            return ZoneOffset.UTC;
        }
        return ZoneId.of(name);
    }

    private static GoTime time(Object date, boolean intOnlyAsLong) {
        if (date instanceof GoTime t) {
            return t;
        }
        if (date instanceof Long || date instanceof Integer) {
            return GoTime.ofEpochSecond(((Number) date).longValue(), ZoneId.systemDefault());
        }
        return GoTime.now(ZoneId.systemDefault());
    }

    private static String dateInZone(String layout, Object date, String zone) {
        return time(date, false).in(zone(zone)).format(layout);
    }

    private static GoTime timeArg(Object v) throws GoFunctionException {
        if (v instanceof GoTime t) {
            return t;
        }
        throw new GoFunctionException("wrong type for value; expected time.Time; got " + GoValues.typeName(v));
    }

    private static Object modify(String fmt, Object date, boolean must) throws GoFunctionException {
        GoTime t = timeArg(date);
        long d;
        try {
            d = SprigDuration.parse(fmt);
        } catch (GoFunctionException e) {
            if (must) {
                throw e;
            }
            return t;
        }
        return GoTime.of(t.time().plus(Duration.ofNanos(d)), t.zoneName());
    }

    private static long since(GoTime t) {
        return Duration.between(t.time().toInstant(), ZonedDateTime.now().toInstant()).toNanos();
    }

    private static String duration(Object sec) {
        long n = 0;
        if (sec instanceof String s) {
            try {
                n = Long.parseLong(s);
            } catch (NumberFormatException e) {
                n = 0;
            }
        } else if (sec instanceof Long l) {
            n = l;
        }
        return SprigDuration.format(n * 1_000_000_000L);
    }

    private static String durationRound(Object v) {
        long d = 0;
        if (v instanceof String s) {
            try {
                d = SprigDuration.parse(s);
            } catch (GoFunctionException e) {
                d = 0;
            }
        } else if (v instanceof Long l) {
            d = l;
        } else if (v instanceof GoTime t) {
            d = since(t);
        }
        long u = Math.abs(d);
        long second = 1_000_000_000L;
        long[] sizes = {second * 3600 * 24 * 365, second * 3600 * 24 * 30, second * 3600 * 24, second * 3600,
            second * 60, second};
        String[] units = {"y", "mo", "d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (Long.compareUnsigned(u, sizes[i]) > 0) {
                return Long.divideUnsigned(u, sizes[i]) + units[i];
            }
        }
        return "0s";
    }

    private static GoTime parse(String layout, String value) throws GoFunctionException {
        return SprigTimeParser.parse(layout, value, ZoneId.systemDefault(), "");
    }
}
