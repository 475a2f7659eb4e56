package dev.windlass.rego.builtins;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Formats a time with a Go layout, as Go's {@code Time.Format} does. */
final class TimeFormat {
    static final String[] LONG_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    static final String[] LONG_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private TimeFormat() {}

    static String format(ZonedDateTime t, String layout) {
        StringBuilder out = new StringBuilder();
        String rest = layout;
        while (!rest.isEmpty()) {
            TimeLayoutChunks.Chunk c = TimeLayoutChunks.next(rest);
            out.append(c.prefix());
            if (c.std() == TimeLayoutChunks.Std.NONE) {
                break;
            }
            element(out, t, c);
            rest = c.suffix();
        }
        return out.toString();
    }

    private static void element(StringBuilder out, ZonedDateTime t, TimeLayoutChunks.Chunk c) {
        int hour = t.getHour();
        switch (c.std()) {
            case YEAR: pad(out, Math.floorMod(t.getYear(), 100), 2); break;
            case LONG_YEAR: pad(out, t.getYear(), 4); break;
            case MONTH: out.append(LONG_MONTHS[t.getMonthValue() - 1], 0, 3); break;
            case LONG_MONTH: out.append(LONG_MONTHS[t.getMonthValue() - 1]); break;
            case NUM_MONTH: out.append(t.getMonthValue()); break;
            case ZERO_MONTH: pad(out, t.getMonthValue(), 2); break;
            case WEEKDAY: out.append(weekday(t), 0, 3); break;
            case LONG_WEEKDAY: out.append(weekday(t)); break;
            case DAY: out.append(t.getDayOfMonth()); break;
            case UNDER_DAY: out.append(t.getDayOfMonth() < 10 ? " " : "").append(t.getDayOfMonth()); break;
            case ZERO_DAY: pad(out, t.getDayOfMonth(), 2); break;
            case UNDER_YEAR_DAY: out.append(String.format("%3d", t.getDayOfYear())); break;
            case ZERO_YEAR_DAY: pad(out, t.getDayOfYear(), 3); break;
            case HOUR: pad(out, hour, 2); break;
            case HOUR12: out.append(hour % 12 == 0 ? 12 : hour % 12); break;
            case ZERO_HOUR12: pad(out, hour % 12 == 0 ? 12 : hour % 12, 2); break;
            case MINUTE: out.append(t.getMinute()); break;
            case ZERO_MINUTE: pad(out, t.getMinute(), 2); break;
            case SECOND: out.append(t.getSecond()); break;
            case ZERO_SECOND: pad(out, t.getSecond(), 2); break;
            case PM: out.append(hour >= 12 ? "PM" : "AM"); break;
            case LOWER_PM: out.append(hour >= 12 ? "pm" : "am"); break;
            case TZ: out.append(zoneName(t)); break;
            case FRAC0:
            case FRAC9: fraction(out, t.getNano(), c); break;
            default: offset(out, t.getOffset().getTotalSeconds(), c.std()); break;
        }
    }

    private static String weekday(ZonedDateTime t) {
        return LONG_DAYS[t.getDayOfWeek().getValue() % 7];
    }

    private static void pad(StringBuilder out, int value, int width) {
        if (value < 0) {
            out.append('-');
            value = -value;
        }
        String digits = Integer.toString(value);
        out.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }

    /** The zone abbreviation, or Go's numeric form when the zone has none. */
    static String zoneName(ZonedDateTime t) {
        if (t.getZone().getId().equals("UTC") || t.getZone().getId().equals("Z")) {
            return "UTC";
        }
        String name = ZONE_NAME.format(t);
        if (!name.startsWith("GMT") || name.equals("GMT")) {
            return name;
        }
        int minutes = t.getOffset().getTotalSeconds() / 60;
        StringBuilder out = new StringBuilder(minutes < 0 ? "-" : "+");
        minutes = Math.abs(minutes);
        pad(out, minutes / 60, 2);
        if (minutes % 60 != 0) {
            pad(out, minutes % 60, 2);
        }
        return out.toString();
    }

    private static void fraction(StringBuilder out, int nanos, TimeLayoutChunks.Chunk c) {
        int digits = c.stdText().length() - 1;
        String nine = String.format("%09d", nanos).substring(0, Math.min(9, digits));
        if (c.std() == TimeLayoutChunks.Std.FRAC9) {
            nine = nine.replaceAll("0+$", "");
            if (nine.isEmpty()) {
                return;
            }
        }
        out.append(c.stdText().charAt(0)).append(nine);
    }

    private static void offset(StringBuilder out, int seconds, TimeLayoutChunks.Std std) {
        String name = std.name();
        if (name.startsWith("ISO") && seconds == 0) {
            out.append('Z');
            return;
        }
        int abs = Math.abs(seconds);
        out.append(seconds < 0 ? '-' : '+');
        pad(out, abs / 3600, 2);
        boolean colon = name.contains("COLON");
        if (!name.endsWith("SHORT_TZ")) {
            out.append(colon ? ":" : "");
            pad(out, abs / 60 % 60, 2);
        }
        if (name.contains("SECONDS")) {
            out.append(colon ? ":" : "");
            pad(out, abs % 60, 2);
        }
    }
}
