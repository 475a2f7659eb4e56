package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;

/**
  * {@code time.*} built-ins with Go's layouts, durations and zone rules. Times are nanoseconds
  * since the epoch, or {@code [ns, "zone"]} / {@code [ns, "zone", "layout"]} arrays.
  */
final class TimeBuiltins {
    private static final BigInteger MIN_NS = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_NS = BigInteger.valueOf(Long.MAX_VALUE);
    private static final String RFC3339 = "2006-01-02T15:04:05Z07:00";
    private static final String RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00";
    private static final Map<String, String> NAMED_LAYOUTS = Map.of("ANSIC", "Mon Jan _2 15:04:05 2006",
            "UnixDate", "Mon Jan _2 15:04:05 MST 2006", "RubyDate", "Mon Jan 02 15:04:05 -0700 2006",
            "RFC822", "02 Jan 06 15:04 MST", "RFC822Z", "02 Jan 06 15:04 -0700",
            "RFC850", "Monday, 02-Jan-06 15:04:05 MST", "RFC1123", "Mon, 02 Jan 2006 15:04:05 MST",
            "RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700", "RFC3339", RFC3339, "RFC3339Nano", RFC3339_NANO);
    private static final String TZ_EXPECTED = "either number (ns) or [number (ns), string (tz)]";

    private TimeBuiltins() {}

    /** A time read from a built-in operand, with the layout its array form may carry. */
    record ZonedTime(ZonedDateTime time, String layout) {}

    static void register(BuiltinTable.Registrar registrar) {
        ExtCalls.addNondeterministic(registrar, "time.now_ns", 0, (context, a) -> nanos(a, context.now()));
        ExtCalls.add(registrar, "time.parse_ns", 2, a -> parsed(a, layout(a.string(0)), a.string(1)));
        ExtCalls.add(registrar, "time.parse_rfc3339_ns", 1, a -> parsed(a, RFC3339, a.string(0)));
        ExtCalls.add(registrar, "time.parse_duration_ns", 1, TimeBuiltins::parseDuration);
        ExtCalls.add(registrar, "time.format", 1, TimeBuiltins::format);
        ExtCalls.add(registrar, "time.date", 1, a -> {
            ZonedDateTime t = zoned(a, a.any(0)).time();
            return ints(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
        });
        ExtCalls.add(registrar, "time.clock", 1, a -> {
            ZonedDateTime t = zoned(a, a.any(0)).time();
            return ints(t.getHour(), t.getMinute(), t.getSecond());
        });
        ExtCalls.add(registrar, "time.weekday", 1,
                a -> StringValue.of(TimeFormat.LONG_DAYS[zoned(a, a.any(0)).time().getDayOfWeek().getValue() % 7]));
        ExtCalls.add(registrar, "time.add_date", 4, TimeBuiltins::addDate);
        ExtCalls.add(registrar, "time.diff", 2, TimeBuiltins::diff);
    }

    private static String layout(String name) {
        return NAMED_LAYOUTS.getOrDefault(name, name);
    }

    private static Value parsed(Args a, String layout, String text) throws BuiltinException {
        try {
            return nanos(a, TimeParse.parse(layout, text));
        } catch (TimeParse.ParseException e) {
            throw a.failed(e.getMessage());
        } catch (java.time.DateTimeException e) {
            throw a.failed("time outside of valid range");
        }
    }

    private static Value nanos(Args a, Instant instant) throws BuiltinException {
        BigInteger ns = BigInteger.valueOf(instant.getEpochSecond()).multiply(BigInteger.valueOf(1_000_000_000L))
                .add(BigInteger.valueOf(instant.getNano()));
        if (ns.compareTo(MIN_NS) < 0 || ns.compareTo(MAX_NS) > 0) {
            throw a.failed("time outside of valid range");
        }
        return NumberValue.of(ns);
    }

    private static Value parseDuration(Args a) throws BuiltinException {
        try {
            return NumberValue.of(TimeDurations.parse(a.string(0)));
        } catch (TimeParse.ParseException e) {
            throw a.failed(e.getMessage());
        }
    }

    private static Value format(Args a) throws BuiltinException {
        ZonedTime t = zoned(a, a.any(0));
        String layout = t.layout().isEmpty() ? RFC3339_NANO : layout(t.layout());
        return StringValue.of(TimeFormat.format(t.time(), layout));
    }

    private static ArrayValue ints(int... values) {
        Value[] out = new Value[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = NumberValue.of(values[i]);
        }
        return ArrayValue.of(out);
    }

    /** OPA's tzTime: a number of ns, or [ns, zone] or [ns, zone, layout]. */
    static ZonedTime zoned(Args a, Value operand) throws BuiltinException {
        Value ns;
        ZoneId zone = ZoneOffset.UTC;
        String layout = "";
        if (operand instanceof ArrayValue arr) {
            if (arr.size() == 0) {
                throw BuiltinException.operand(a.function(), 1, TZ_EXPECTED, operand);
            }
            ns = arr.get(0);
            if (!(ns instanceof NumberValue)) {
                throw BuiltinException.operand(a.function(), 1, "number", ns);
            }
            if (arr.size() > 1) {
                zone = zone(a, element(a, arr.get(1)));
            }
            if (arr.size() > 2) {
                layout = element(a, arr.get(2));
            }
        } else if (operand instanceof NumberValue) {
            ns = operand;
        } else {
            throw BuiltinException.operand(a.function(), 1, TZ_EXPECTED, operand);
        }
        BigDecimal value = ((NumberValue) ns).value();
        if (!((NumberValue) ns).fitsLong()) {
            throw a.failed("timestamp too big");
        }
        long n = value.longValueExact();
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
        return new ZonedTime(instant.atZone(zone), layout);
    }

    private static String element(Args a, Value v) throws BuiltinException {
        if (v instanceof StringValue s) {
            return s.value();
        }
        throw BuiltinException.operand(a.function(), 1, "string", v);
    }

    private static ZoneId zone(Args a, String name) throws BuiltinException {
        try {
            return TimeZones.load(name);
        } catch (TimeParse.ParseException e) {
            throw a.failed(e.getMessage());
        }
    }

    private static Value addDate(Args a) throws BuiltinException {
        ZonedDateTime t = zoned(a, a.any(0)).time();
        long years = a.integer(1);
        long months = a.integer(2);
        long days = a.integer(3);
        long totalMonths = (long) t.getMonthValue() - 1 + months;
        long year = t.getYear() + years + Math.floorDiv(totalMonths, 12);
        int month = (int) Math.floorMod(totalMonths, 12) + 1;
        if (Math.abs(year) > 300_000) {
            throw a.failed("time outside of valid range");
        }
        try {
            LocalDate date = LocalDate.of((int) year, month, 1).plusDays(t.getDayOfMonth() - 1L + days);
            ZonedDateTime result = ZonedDateTime.of(date, t.toLocalTime(), t.getZone());
            return nanos(a, result.toInstant());
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw a.failed("time outside of valid range");
        }
    }

    private static Value diff(Args a) throws BuiltinException {
        ZonedDateTime t1 = zoned(a, a.any(0)).time();
        ZonedDateTime t2 = zoned(a, a.any(1)).time().withZoneSameInstant(t1.getZone());
        if (t1.isAfter(t2)) {
            ZonedDateTime swap = t1;
            t1 = t2;
            t2 = swap;
        }
        int year = t2.getYear() - t1.getYear();
        int month = t2.getMonthValue() - t1.getMonthValue();
        int day = t2.getDayOfMonth() - t1.getDayOfMonth();
        int hour = t2.getHour() - t1.getHour();
        int min = t2.getMinute() - t1.getMinute();
        int sec = t2.getSecond() - t1.getSecond();
        if (sec < 0) {
            sec += 60;
            min--;
        }
        if (min < 0) {
            min += 60;
            hour--;
        }
        if (hour < 0) {
            hour += 24;
            day--;
        }
        if (day < 0) {
            day += t1.toLocalDate().lengthOfMonth();
            month--;
        }
        if (month < 0) {
            month += 12;
            year--;
        }
        return ints(year, month, day, hour, min, sec);
    }

}
