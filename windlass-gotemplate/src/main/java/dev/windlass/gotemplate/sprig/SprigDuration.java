package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoFmt;
import dev.windlass.gotemplate.GoFunctionException;
import java.math.BigDecimal;

/** Go's time.Duration: {@code ParseDuration} and {@code String} over nanoseconds. */
final class SprigDuration {

    private SprigDuration() {
    }

    /** time.ParseDuration, with Go's error texts. */
    static long parse(String orig) throws GoFunctionException {
        String s = orig;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw invalid(orig);
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            String number = s.substring(start, i);
            if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
                throw invalid(orig);
            }
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !Character.isDigit(s.charAt(i))) {
                i++;
            }
            String unit = s.substring(unitStart, i);
            if (unit.isEmpty()) {
                throw new GoFunctionException("time: missing unit in duration " + GoFmt.quote(orig));
            }
            long scale = switch (unit) {
                case "ns" -> 1L;
                case "us", "µs", "μs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                case "h" -> 3_600_000_000_000L;
                default -> throw new GoFunctionException("time: unknown unit " + GoFmt.quote(unit) + " in duration "
                        + GoFmt.quote(orig));
            };
            String n = number.startsWith(".") ? "0" + number : number.endsWith(".") ? number + "0" : number;
            total = total.add(new BigDecimal(n).multiply(BigDecimal.valueOf(scale)));
        }
        if (total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw invalid(orig);
        }
        long nanos = total.longValue();
        return neg ? -nanos : nanos;
    }

    private static GoFunctionException invalid(String orig) {
        return new GoFunctionException("time: invalid duration " + GoFmt.quote(orig));
    }

    /** Duration.String: {@code 72h3m0.5s}, {@code 1.5ms}, {@code 0s}. */
    static String format(long d) {
        if (d == 0) {
            return "0s";
        }
        boolean neg = d < 0;
        BigDecimal u = new BigDecimal(d).abs();
        StringBuilder out = new StringBuilder(neg ? "-" : "");
        if (u.compareTo(BigDecimal.valueOf(1_000_000_000L)) < 0) {
            long n = u.longValue();
            if (n < 1_000) {
                return out.append(n).append("ns").toString();
            }
            if (n < 1_000_000) {
                return out.append(fraction(n, 3)).append("µs").toString();
            }
            return out.append(fraction(n, 6)).append("ms").toString();
        }
        java.math.BigInteger[] hm = u.toBigInteger().divideAndRemainder(java.math.BigInteger.valueOf(3_600_000_000_000L));
        long hours = hm[0].longValue();
        long rest = hm[1].longValue();
        long minutes = rest / 60_000_000_000L;
        long secNanos = rest % 60_000_000_000L;
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            out.append(minutes).append('m');
        }
        return out.append(fraction(secNanos, 9)).append('s').toString();
    }

    private static String fraction(long n, int digits) {
        long pow = (long) Math.pow(10, digits);
        String frac = String.format("%0" + digits + "d", n % pow).replaceAll("0+$", "");
        return (n / pow) + (frac.isEmpty() ? "" : "." + frac);
    }

    /** Duration.Round(time.Second) then String. */
    static String roundToSeconds(long d) {
        long s = 1_000_000_000L;
        long r = d % s;
        long q = d - r;
        if (d >= 0 ? r + r >= s : -(r + r) >= s) {
            q += d >= 0 ? s : -s;
        }
        return format(q);
    }
}
