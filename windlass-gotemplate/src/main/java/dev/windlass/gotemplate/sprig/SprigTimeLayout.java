package dev.windlass.gotemplate.sprig;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Go's reference-time layouts ({@code Mon Jan 2 15:04:05 MST 2006}): splits a layout into
 * literal text and the elements {@code time.Format} and {@code time.Parse} know, and formats.
 */
final class SprigTimeLayout {

    /** One layout element: a literal ({@code std} null) or a standard chunk such as {@code 2006}. */
    record Chunk(String literal, String std) {
    }

    private static final String[] PREFIXES = {
        "January", "Jan", "Monday", "Mon", "MST", "002", "01", "02", "03", "04", "05", "06", "15", "2006", "1",
        "2", "_2006", "__2", "_2", "3", "4", "5", "PM", "pm", "-07:00:00", "-070000", "-07:00", "-0700", "-07",
        "Z07:00:00", "Z070000", "Z07:00", "Z0700", "Z07"};

    private SprigTimeLayout() {
    }

    static List<Chunk> chunks(String layout) {
        List<Chunk> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            String std = stdAt(layout, i);
            if (std == null) {
                literal.append(layout.charAt(i++));
                continue;
            }
            if (std.equals("_2006")) {
                literal.append('_');
                std = "2006";
                i++;
            }
            if (literal.length() > 0) {
                out.add(new Chunk(literal.toString(), null));
                literal.setLength(0);
            }
            out.add(new Chunk(null, std));
            i += std.length();
        }
        if (literal.length() > 0) {
            out.add(new Chunk(literal.toString(), null));
        }
        return out;
    }

    private static String stdAt(String layout, int i) {
        char c = layout.charAt(i);
        if ((c == '.' || c == ',') && i + 1 < layout.length()
                && (layout.charAt(i + 1) == '0' || layout.charAt(i + 1) == '9')) {
            char d = layout.charAt(i + 1);
            int j = i + 1;
            while (j < layout.length() && layout.charAt(j) == d) {
                j++;
            }
            if (j >= layout.length() || !Character.isDigit(layout.charAt(j))) {
                return layout.substring(i, j);
            }
        }
        for (String p : PREFIXES) {
            if (layout.startsWith(p, i)) {
                if ((p.equals("Jan") || p.equals("Mon")) && i + 3 < layout.length()
                        && Character.isLowerCase(layout.charAt(i + 3))) {
                    continue;
                }
                return p;
            }
        }
        return null;
    }

    static String format(ZonedDateTime t, String zoneName, String layout) {
        StringBuilder out = new StringBuilder();
        for (Chunk c : chunks(layout)) {
            if (c.std() == null) {
                out.append(c.literal());
            } else {
                formatStd(out, t, zoneName, c.std());
            }
        }
        return out.toString();
    }

    private static void formatStd(StringBuilder out, ZonedDateTime t, String zoneName, String std) {
        int hour = t.getHour();
        switch (std) {
            case "January" -> out.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            case "Jan" -> out.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            case "Monday" -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            case "Mon" -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            case "MST" -> out.append(zoneName.isEmpty() ? offset(t, false, false, true) : zoneName);
            case "002" -> pad(out, t.getDayOfYear(), 3, '0');
            case "__2" -> pad(out, t.getDayOfYear(), 3, ' ');
            case "01" -> pad(out, t.getMonthValue(), 2, '0');
            case "1" -> out.append(t.getMonthValue());
            case "02" -> pad(out, t.getDayOfMonth(), 2, '0');
            case "_2" -> pad(out, t.getDayOfMonth(), 2, ' ');
            case "2" -> out.append(t.getDayOfMonth());
            case "03" -> pad(out, hour % 12 == 0 ? 12 : hour % 12, 2, '0');
            case "3" -> out.append(hour % 12 == 0 ? 12 : hour % 12);
            case "04" -> pad(out, t.getMinute(), 2, '0');
            case "4" -> out.append(t.getMinute());
            case "05" -> pad(out, t.getSecond(), 2, '0');
            case "5" -> out.append(t.getSecond());
            case "06" -> pad(out, Math.floorMod(t.getYear(), 100), 2, '0');
            case "2006" -> pad(out, t.getYear(), 4, '0');
            case "15" -> pad(out, hour, 2, '0');
            case "PM" -> out.append(hour >= 12 ? "PM" : "AM");
            case "pm" -> out.append(hour >= 12 ? "pm" : "am");
            default -> formatZoneOrFraction(out, t, std);
        }
    }

    private static void formatZoneOrFraction(StringBuilder out, ZonedDateTime t, String std) {
        if (std.startsWith(".") || std.startsWith(",")) {
            String nanos = String.format("%09d", t.getNano());
            int n = std.length() - 1;
            if (std.charAt(1) == '0') {
                out.append(std.charAt(0)).append(nanos, 0, Math.min(n, 9));
            } else {
                String digits = nanos.substring(0, Math.min(n, 9)).replaceAll("0+$", "");
                if (!digits.isEmpty()) {
                    out.append(std.charAt(0)).append(digits);
                }
            }
            return;
        }
        if (std.startsWith("Z") && t.getOffset().getTotalSeconds() == 0) {
            out.append('Z');
            return;
        }
        boolean colon = std.contains(":");
        boolean seconds = std.endsWith("0000") || std.endsWith(":00:00");
        boolean minutes = !std.endsWith("07");
        out.append(offset(t, colon, seconds, minutes));
    }

    private static String offset(ZonedDateTime t, boolean colon, boolean seconds, boolean minutes) {
        int total = t.getOffset().getTotalSeconds();
        StringBuilder out = new StringBuilder(total < 0 ? "-" : "+");
        total = Math.abs(total);
        pad(out, total / 3600, 2, '0');
        if (minutes) {
            out.append(colon ? ":" : "");
            pad(out, total / 60 % 60, 2, '0');
        }
        if (seconds) {
            out.append(colon ? ":" : "");
            pad(out, total % 60, 2, '0');
        }
        return out.toString();
    }

    static void pad(StringBuilder out, int v, int width, char padChar) {
        String s = Integer.toString(Math.abs(v));
        if (v < 0) {
            out.append('-');
        }
        for (int k = s.length(); k < width; k++) {
            out.append(padChar);
        }
        out.append(s);
    }
}
