package dev.windlass.helm.engine;

import dev.windlass.gotemplate.GoFmt;
import dev.windlass.gotemplate.sprig.GoTime;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BurntSushi/toml's parser-side conversions of scalar tokens into Go values: strings with escapes
 * and line-ending backslashes, int64, float64 and {@code time.Time} (as {@link GoTime}: offset
 * date-times in the local zone when the offset matches it, else in a nameless fixed zone or UTC for
 * {@code Z}; local date-times, dates and times in fixed zones named {@code datetime-local},
 * {@code date-local} and {@code time-local} at the machine's current offset).
 */
final class TomlScalars {

    private static final Pattern DATETIME = Pattern.compile(
            "(?:(\\d{4})-(\\d{2})-(\\d{2}))?(?:T?(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?)?(Z|[+-]\\d{2}:\\d{2})?");

    private final Supplier<String> lastKey;

    TomlScalars(Supplier<String> lastKey) {
        this.lastKey = lastKey;
    }

    private TomlReader.TomlError error(TomlLexer.Token token, String message) {
        return new TomlReader.TomlError(token.line(), lastKey.get(), message);
    }

    Object value(TomlLexer.Token token) throws TomlReader.TomlError {
        String text = token.text();
        return switch (token.kind()) {
            case STRING, RAW -> text;
            case STRING_ESCAPED -> unescape(token, text);
            case MULTILINE -> unescape(token, stripEscapedNewlines(stripFirstNewline(text)));
            case RAW_MULTILINE -> stripFirstNewline(text);
            case BOOL -> Boolean.valueOf(text);
            case INTEGER -> integer(token);
            case FLOAT -> floating(token);
            case DATETIME -> datetime(token);
        };
    }

    private static String stripFirstNewline(String s) {
        if (s.startsWith("\n")) {
            return s.substring(1);
        }
        return s.startsWith("\r\n") ? s.substring(2) : s;
    }

    private static String stripEscapedNewlines(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int ix = s.indexOf('\\', i);
            if (ix < 0) {
                return out.append(s).toString();
            }
            i = ix;
            if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                i += 2;
                continue;
            }
            int j = i + 1;
            while (j < s.length() && " \t\r\n".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            if (j == i + 1 || s.substring(i, j).indexOf('\n') < 0) {
                i++;
                continue;
            }
            out.append(s, 0, i);
            s = s.substring(j);
            i = 0;
        }
    }

    private String unescape(TomlLexer.Token token, String s) throws TomlReader.TomlError {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case ' ', '\t' -> throw error(token, "invalid escape: '\\" + e + "'");
                case 'b' -> out.append('\b');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case 'e' -> out.append('\u001b');
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                default -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String hex = s.substring(i + 1, i + 1 + digits);
                    long code = Long.parseLong(hex, 16);
                    if (code > Character.MAX_CODE_POINT || (code >= 0xD800 && code <= 0xDFFF)) {
                        throw error(token, "Escaped character '\\u" + hex + "' is not valid UTF-8.");
                    }
                    out.appendCodePoint((int) code);
                    i += digits;
                }
            }
        }
        return out.toString();
    }

    private Long integer(TomlLexer.Token token) throws TomlReader.TomlError {
        String text = token.text();
        if (!underscoresOk(text)) {
            throw error(token, "Invalid integer " + GoFmt.quote(text) + ": underscores must be surrounded by digits");
        }
        if (leadingZero(text)) {
            throw error(token, "Invalid integer " + GoFmt.quote(text) + ": cannot have leading zeroes");
        }
        String digits = text.replace("_", "");
        int radix = 10;
        if (digits.length() > 2 && digits.charAt(0) == '0' && "xob".indexOf(digits.charAt(1)) >= 0) {
            radix = digits.charAt(1) == 'x' ? 16 : digits.charAt(1) == 'o' ? 8 : 2;
            digits = digits.substring(2);
        }
        BigInteger value = new BigInteger(digits, radix);
        if (value.bitLength() > 63) {
            throw error(token, text + " is out of range for int64");
        }
        return value.longValue();
    }

    private Double floating(TomlLexer.Token token) throws TomlReader.TomlError {
        String text = token.text();
        String quoted = GoFmt.quote(text);
        String[] parts = text.split("[.eE]");
        for (String part : parts) {
            if (!underscoresOk(part)) {
                throw error(token, "Invalid float " + quoted + ": underscores must be surrounded by digits");
            }
        }
        if (parts.length > 0 && leadingZero(parts[0])) {
            throw error(token, "Invalid float " + quoted + ": cannot have leading zeroes");
        }
        if (!periodsOk(text)) {
            throw error(token, "Invalid float " + quoted + ": '.' must be followed by one or more digits");
        }
        String value = text.replace("_", "");
        switch (value) {
            case "inf", "+inf" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case "nan", "+nan", "-nan" -> {
                return Double.NaN;
            }
            default -> {
            }
        }
        if (!value.matches("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            throw error(token, "Invalid float value: " + quoted);
        }
        double result = Double.parseDouble(value);
        if (Double.isInfinite(result)) {
            throw error(token, text + " is out of range for float64");
        }
        return result;
    }

    private static boolean underscoresOk(String s) {
        if (s.matches("[+-]?(nan|inf)")) {
            return true;
        }
        boolean accept = false;
        for (int i = 0; i < s.length(); i++) {
            char r = s.charAt(i);
            if (r == '_' && !accept) {
                return false;
            }
            accept = TomlScanner.isHex(r);
        }
        return accept;
    }

    private static boolean leadingZero(String s) {
        if (s.length() > 1 && s.charAt(0) == '0' && "box".indexOf(s.charAt(1)) < 0) {
            return true;
        }
        return s.length() > 2 && (s.charAt(0) == '-' || s.charAt(0) == '+') && s.charAt(1) == '0';
    }

    private static boolean periodsOk(String s) {
        boolean period = false;
        for (int i = 0; i < s.length(); i++) {
            char r = s.charAt(i);
            if (period && !TomlScanner.isDigit(r)) {
                return false;
            }
            period = r == '.';
        }
        return !period;
    }

    private GoTime datetime(TomlLexer.Token token) throws TomlReader.TomlError {
        String text = token.text().replace('z', 'Z').replace('t', 'T').replace(' ', 'T');
        Matcher m = DATETIME.matcher(text);
        boolean date = m.matches() && m.group(1) != null;
        boolean time = m.matches() && m.group(4) != null;
        boolean zoned = m.matches() && m.group(8) != null;
        boolean shapeOk = m.matches() && (date || time) && (!zoned || date && time)
                && (text.contains("T") == (date && time));
        if (!shapeOk) {
            throw error(token, "invalid datetime: " + GoFmt.quote(text));
        }
        try {
            LocalDate day = date ? LocalDate.of(num(m, 1), num(m, 2), num(m, 3)) : LocalDate.of(0, 1, 1);
            String fraction = m.group(7) == null ? "" : m.group(7);
            LocalTime clock = time ? LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6),
                    fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9))) : LocalTime.MIDNIGHT;
            LocalDateTime local = LocalDateTime.of(day, clock);
            if (zoned) {
                return zonedTime(local, m.group(8));
            }
            String zone = date && time ? "datetime-local" : date ? "date-local" : "time-local";
            ZoneOffset offset = ZoneId.systemDefault().getRules().getOffset(Instant.now());
            return new GoTime(local.atZone(offset), zone);
        } catch (java.time.DateTimeException e) {
            throw error(token, "invalid datetime: " + GoFmt.quote(text));
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static GoTime zonedTime(LocalDateTime local, String zone) {
        if (zone.equals("Z")) {
            return new GoTime(local.atZone(ZoneOffset.UTC), "UTC");
        }
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        int seconds = sign * (Integer.parseInt(zone.substring(1, 3)) * 3600 + Integer.parseInt(zone.substring(4, 6)) * 60);
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(seconds);
        ZonedDateTime fixed = local.atZone(offset);
        ZoneId system = ZoneId.systemDefault();
        if (system.getRules().getOffset(fixed.toInstant()).equals(offset)) {
            return GoTime.of(fixed.withZoneSameInstant(system), "");
        }
        return new GoTime(fixed, "");
    }
}
