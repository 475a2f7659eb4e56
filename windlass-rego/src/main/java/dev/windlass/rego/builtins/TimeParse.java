package dev.windlass.rego.builtins;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
  * Parses text with a Go layout, as Go's {@code time.Parse} does (UTC unless the text has a zone;
  * a zone abbreviation other than UTC and GMT±h counts as offset zero, as on a UTC host), with
  * Go's error texts: {@code parsing time "x" as "2006": cannot parse "x" as "2006"}.
  */
final class TimeParse {
    private final String layout;
    private final String value;
    private int year;
    private int month = -1;
    private int day = -1;
    private int yday = -1;
    private int hour;
    private int minute;
    private int second;
    private int nanos;
    private boolean pm;
    private boolean am;
    private Integer zoneOffset;

    /** A parse failure with Go's message. */
    static final class ParseException extends Exception {
        private static final long serialVersionUID = 1L;

        ParseException(String message) {
            super(message);
        }
    }

    private TimeParse(String layout, String value) {
        this.layout = layout;
        this.value = value;
    }

    /** Nanoseconds since the epoch, as a {@code long} may not hold every Go time. */
    static java.time.Instant parse(String layout, String value) throws ParseException {
        return new TimeParse(layout, value).run();
    }

    private ParseException error(String layoutElem, String valueElem, String message) {
        if (!message.isEmpty()) {
            return new ParseException("parsing time " + ExtCalls.goQuote(value) + message);
        }
        return new ParseException("parsing time " + ExtCalls.goQuote(value) + " as " + ExtCalls.goQuote(layout)
                + ": cannot parse " + ExtCalls.goQuote(valueElem) + " as " + ExtCalls.goQuote(layoutElem));
    }

    private java.time.Instant run() throws ParseException {
        String rest = layout;
        String v = value;
        while (true) {
            TimeLayoutChunks.Chunk c = TimeLayoutChunks.next(rest);
            String afterPrefix = skip(v, c.prefix());
            if (afterPrefix == null) {
                throw error(c.prefix(), v, "");
            }
            v = afterPrefix;
            if (c.std() == TimeLayoutChunks.Std.NONE) {
                if (!v.isEmpty()) {
                    throw error("", v, ": extra text: " + ExtCalls.goQuote(v));
                }
                break;
            }
            rest = c.suffix();
            TimeElements.Result r = TimeElements.parse(this, c, v, rest);
            if (r.rangeError() != null) {
                throw error(c.stdText(), r.rest(), ": " + r.rangeError() + " out of range");
            }
            if (r.rest() == null) {
                throw error(c.stdText(), v, "");
            }
            v = r.rest();
        }
        return build(v);
    }

    /** Go's {@code skip}: spaces in the layout match runs of spaces; other text must match. */
    private static String skip(String value, String prefix) {
        int p = 0;
        while (p < prefix.length()) {
            if (prefix.charAt(p) == ' ') {
                if (!value.isEmpty() && value.charAt(0) != ' ') {
                    return null;
                }
                while (p < prefix.length() && prefix.charAt(p) == ' ') {
                    p++;
                }
                value = value.replaceFirst("^ +", "");
                continue;
            }
            if (value.isEmpty() || value.charAt(0) != prefix.charAt(p)) {
                return null;
            }
            p++;
            value = value.substring(1);
        }
        return value;
    }

    private java.time.Instant build(String v) throws ParseException {
        if (pm && hour < 12) {
            hour += 12;
        } else if (am && hour == 12) {
            hour = 0;
        }
        if (yday >= 0) {
            resolveYearDay(v);
        } else {
            month = month < 0 ? 1 : month;
            day = day < 0 ? 1 : day;
        }
        if (day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            throw error("", v, ": day out of range");
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, 0, 0).plusHours(hour).plusMinutes(minute)
                .plusSeconds(second).plusNanos(nanos);
        int offset = zoneOffset == null ? 0 : zoneOffset;
        return local.toInstant(ZoneOffset.UTC).minusSeconds(offset);
    }

    private void resolveYearDay(String v) throws ParseException {
        boolean leap = LocalDate.of(year, 1, 1).isLeapYear();
        int d = yday;
        if (d < 1 || d > (leap ? 366 : 365)) {
            throw error("", v, ": day-of-year out of range");
        }
        LocalDate date = LocalDate.ofYearDay(year, d);
        if (month >= 0 && month != date.getMonthValue()) {
            throw error("", v, ": day-of-year does not match month");
        }
        if (day >= 0 && day != date.getDayOfMonth()) {
            throw error("", v, ": day-of-year does not match day");
        }
        month = date.getMonthValue();
        day = date.getDayOfMonth();
    }

    void year(int y) {
        year = y;
    }

    void month(int m) {
        month = m;
    }

    void day(int d) {
        day = d;
    }

    void yearDay(int d) {
        yday = d;
    }

    void hour(int h) {
        hour = h;
    }

    void minute(int m) {
        minute = m;
    }

    void second(int s) {
        second = s;
    }

    void nanos(int n) {
        nanos = n;
    }

    void pm(boolean isPm) {
        if (isPm) {
            pm = true;
        } else {
            am = true;
        }
    }

    void zoneOffset(int seconds) {
        zoneOffset = seconds;
    }
}
