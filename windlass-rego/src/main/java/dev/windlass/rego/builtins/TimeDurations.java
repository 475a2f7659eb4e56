package dev.windlass.rego.builtins;

import java.math.BigInteger;
import java.util.Map;

/** Go's {@code time.ParseDuration}: {@code 1h30m}, {@code -1.5s}, {@code 300ms}, with Go's errors. */
final class TimeDurations {
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(63);
    private static final Map<String, Long> UNITS = Map.of("ns", 1L, "us", 1_000L, "\u00b5s", 1_000L,
            "\u03bcs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private TimeDurations() {}

    static long parse(String orig) throws TimeParse.ParseException {
        String s = orig;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw invalid(orig);
        }
        BigInteger total = BigInteger.ZERO;
        int[] position = {0};
        while (position[0] < s.length()) {
            total = total.add(component(orig, s, position));
            if (total.compareTo(LIMIT) > 0) {
                throw invalid(orig);
            }
        }
        if (!negative && total.compareTo(LIMIT) >= 0) {
            throw invalid(orig);
        }
        return negative ? total.negate().longValue() : total.longValue();
    }

    /** One {@code 1.5h} component at {@code position[0]}, in nanoseconds. */
    private static BigInteger component(String orig, String s, int[] position) throws TimeParse.ParseException {
        int i = position[0];
        if (!(s.charAt(i) == '.' || Character.isDigit(s.charAt(i)))) {
            throw invalid(orig);
        }
        int wholeEnd = i;
        while (TimeElements.isDigit(s, wholeEnd)) {
            wholeEnd++;
        }
        int fractionEnd = wholeEnd;
        if (fractionEnd < s.length() && s.charAt(fractionEnd) == '.') {
            fractionEnd++;
            while (TimeElements.isDigit(s, fractionEnd)) {
                fractionEnd++;
            }
        }
        String whole = s.substring(i, wholeEnd);
        String fraction = fractionEnd > wholeEnd ? s.substring(wholeEnd + 1, fractionEnd) : "";
        if (whole.isEmpty() && fraction.isEmpty()) {
            throw invalid(orig);
        }
        int u = fractionEnd;
        while (u < s.length() && s.charAt(u) != '.' && !Character.isDigit(s.charAt(u))) {
            u++;
        }
        if (u == fractionEnd) {
            throw new TimeParse.ParseException("time: missing unit in duration " + ExtCalls.goQuote(orig));
        }
        String unitName = s.substring(fractionEnd, u);
        Long unit = UNITS.get(unitName);
        if (unit == null) {
            throw new TimeParse.ParseException("time: unknown unit " + ExtCalls.goQuote(unitName)
                    + " in duration " + ExtCalls.goQuote(orig));
        }
        position[0] = u;
        return amount(orig, whole, fraction, unit);
    }

    private static BigInteger amount(String orig, String whole, String fraction, long unit)
            throws TimeParse.ParseException {
        BigInteger v = whole.isEmpty() ? BigInteger.ZERO : new BigInteger(whole);
        if (v.compareTo(LIMIT.divide(BigInteger.valueOf(unit))) > 0) {
            throw invalid(orig);
        }
        v = v.multiply(BigInteger.valueOf(unit));
        if (!fraction.isEmpty()) {
            String kept = fraction.length() > 18 ? fraction.substring(0, 18) : fraction;
            double f = Long.parseLong(kept.isEmpty() ? "0" : kept);
            double scale = Math.pow(10, kept.length());
            v = v.add(BigInteger.valueOf((long) (f * (unit / scale))));
        }
        return v;
    }

    private static TimeParse.ParseException invalid(String orig) {
        return new TimeParse.ParseException("time: invalid duration " + ExtCalls.goQuote(orig));
    }
}
