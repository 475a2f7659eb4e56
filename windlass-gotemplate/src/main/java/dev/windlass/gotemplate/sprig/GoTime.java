package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.GoType.STRING;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoMember;
import dev.windlass.gotemplate.GoObject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A Go {@code time.Time} as Sprig's date functions return it: an instant in a zone, printed like
 * Go's {@code Time.String} ({@code 2006-01-02 15:04:05.999999999 -0700 MST}), with the methods
 * templates call ({@code .Format}, {@code .Unix}, {@code .UTC}, {@code .Year} ...).
 *
 * @param time     the instant and its zone
 * @param zoneName the zone abbreviation Go prints ({@code UTC}, {@code CET}), empty for a bare offset
 */
public record GoTime(ZonedDateTime time, String zoneName) implements GoObject {

    /** Go's zero time, {@code 0001-01-01 00:00:00 +0000 UTC}. */
    public static final GoTime ZERO = new GoTime(ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), "UTC");

    public GoTime {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zoneName, "zoneName");
    }

    /** The time in {@code zone}, named by the zone's abbreviation at that instant. */
    public static GoTime of(ZonedDateTime time, String fallbackName) {
        return new GoTime(time, abbreviation(time, fallbackName));
    }

    /** {@code time.Unix(sec, 0)} in {@code zone}. */
    public static GoTime ofEpochSecond(long seconds, ZoneId zone) {
        return of(Instant.ofEpochSecond(seconds).atZone(zone), "");
    }

    public static GoTime now(ZoneId zone) {
        return of(ZonedDateTime.now(zone), "");
    }

    private static String abbreviation(ZonedDateTime t, String fallback) {
        ZoneId zone = t.getZone();
        if (zone instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : fallback;
        }
        String id = zone.getId();
        if (id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Z") || id.equals("GMT")) {
            return id.equals("GMT") ? "GMT" : "UTC";
        }
        String name = zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
        String at = t.format(f);
        return at.isEmpty() ? name : at;
    }

    /** This time in another zone. */
    public GoTime in(ZoneId zone) {
        return of(time.withZoneSameInstant(zone), "");
    }

    public long unix() {
        return time.toEpochSecond();
    }

    public String format(String layout) {
        return SprigTimeLayout.format(time, zoneName, layout);
    }

    @Override
    public String goTypeName() {
        return "time.Time";
    }

    @Override
    public GoMember member(String name) {
        return switch (name) {
            case "Format" -> GoMember.method(GoFunc.of("Format", a -> format((String) a[0]), STRING));
            case "Unix" -> GoMember.method(GoFunc.of("Unix", a -> unix()));
            case "UnixNano" -> GoMember.method(GoFunc.of("UnixNano", a -> unix() * 1_000_000_000L + time.getNano()));
            case "UTC" -> GoMember.method(GoFunc.of("UTC", a -> in(ZoneOffset.UTC)));
            case "Year" -> GoMember.method(GoFunc.of("Year", a -> time.getYear()));
            case "YearDay" -> GoMember.method(GoFunc.of("YearDay", a -> time.getDayOfYear()));
            case "Day" -> GoMember.method(GoFunc.of("Day", a -> time.getDayOfMonth()));
            case "Hour" -> GoMember.method(GoFunc.of("Hour", a -> time.getHour()));
            case "Minute" -> GoMember.method(GoFunc.of("Minute", a -> time.getMinute()));
            case "Second" -> GoMember.method(GoFunc.of("Second", a -> time.getSecond()));
            case "Nanosecond" -> GoMember.method(GoFunc.of("Nanosecond", a -> time.getNano()));
            case "IsZero" -> GoMember.method(GoFunc.of("IsZero", a -> time.toInstant().equals(ZERO.time.toInstant())));
            case "String" -> GoMember.method(GoFunc.of("String", a -> toString()));
            default -> null;
        };
    }

    /** Go's Time.String. */
    @Override
    public String toString() {
        return format("2006-01-02 15:04:05.999999999 -0700 MST");
    }
}
