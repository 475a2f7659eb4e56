package dev.windlass.gotemplate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's {@code strconv.FormatFloat}: the formats {@code e E f g G b x X}, a fixed precision or the
 * shortest decimal that reads back as the same double ({@code -1}). Fixed precisions round the
 * exact binary value half to even, as Go does.
 */
final class FmtFloat {

    private FmtFloat() {
    }

    /** Decimal digits without trailing zeros; the value is {@code 0.digits × 10^dp}. */
    private record Digits(String digits, int dp) {

        int nd() {
            return digits.length();
        }

        char at(int i) {
            return i >= 0 && i < digits.length() ? digits.charAt(i) : '0';
        }
    }

    static String format(double v, char fmt, int prec, int bitSize) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = (Double.doubleToRawLongBits(v) & Long.MIN_VALUE) != 0;
        switch (fmt) {
            case 'b':
                return formatBinary(v, neg, bitSize);
            case 'x':
            case 'X':
                return formatHex(v, neg, fmt, prec, bitSize);
            default:
                break;
        }
        double abs = Math.abs(v);
        boolean shortest = prec < 0;
        Digits digs;
        if (shortest) {
            digs = shortest(abs, bitSize);
            prec = switch (fmt) {
                case 'e', 'E' -> Math.max(digs.nd() - 1, 0);
                case 'f' -> Math.max(digs.nd() - digs.dp(), 0);
                default -> digs.nd();
            };
        } else {
            digs = fixed(abs, fmt, prec);
            if ((fmt == 'g' || fmt == 'G') && prec == 0) {
                prec = 1;
            }
        }
        return formatDigits(neg, digs, fmt, prec, shortest);
    }

    private static String formatDigits(boolean neg, Digits digs, char fmt, int prec, boolean shortest) {
        switch (fmt) {
            case 'e':
            case 'E':
                return fmtE(neg, digs, prec, fmt);
            case 'f':
                return fmtF(neg, digs, prec);
            case 'g':
            case 'G': {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
                    eprec = digs.nd();
                }
                if (shortest) {
                    eprec = 6;
                }
                int exp = digs.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    int p = Math.min(prec, digs.nd());
                    return fmtE(neg, digs, p - 1, fmt == 'g' ? 'e' : 'E');
                }
                int p = prec > digs.dp() ? digs.nd() : prec;
                return fmtF(neg, digs, Math.max(p - digs.dp(), 0));
            }
            default:
                return "%" + fmt;
        }
    }

    private static Digits fromBigDecimal(BigDecimal value) {
        if (value.signum() == 0) {
            return new Digits("", 0);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        return new Digits(digits, digits.length() - stripped.scale());
    }

    private static Digits fixed(double abs, char fmt, int prec) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        BigDecimal exact = new BigDecimal(abs);
        return switch (fmt) {
            case 'f' -> fromBigDecimal(exact.setScale(prec, RoundingMode.HALF_EVEN));
            case 'e', 'E' -> fromBigDecimal(exact.round(new MathContext(prec + 1, RoundingMode.HALF_EVEN)));
            default -> fromBigDecimal(exact.round(new MathContext(Math.max(prec, 1), RoundingMode.HALF_EVEN)));
        };
    }

    /** The shortest decimal that reads back as {@code abs}; the closest one when several qualify. */
    private static Digits shortest(double abs, int bitSize) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        BigDecimal exact = new BigDecimal(abs);
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (readsBack(r, abs, bitSize)) {
                return fromBigDecimal(r);
            }
            BigDecimal ulp = r.ulp();
            BigDecimal up = r.add(ulp);
            BigDecimal down = r.subtract(ulp);
            boolean upOk = up.precision() <= p && readsBack(up, abs, bitSize);
            boolean downOk = down.signum() > 0 && down.precision() <= p && readsBack(down, abs, bitSize);
            if (upOk && downOk) {
                return fromBigDecimal(
                        up.subtract(exact).abs().compareTo(exact.subtract(down).abs()) <= 0 ? up : down);
            }
            if (upOk) {
                return fromBigDecimal(up);
            }
            if (downOk) {
                return fromBigDecimal(down);
            }
        }
        return fromBigDecimal(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static boolean readsBack(BigDecimal candidate, double abs, int bitSize) {
        if (bitSize == 32) {
            return Float.parseFloat(candidate.toString()) == (float) abs;
        }
        return Double.parseDouble(candidate.toString()) == abs;
    }

    private static String fmtE(boolean neg, Digits d, int prec, char fmt) {
        StringBuilder out = new StringBuilder();
        if (neg) {
            out.append('-');
        }
        out.append(d.nd() == 0 ? '0' : d.at(0));
        if (prec > 0) {
            out.append('.');
            for (int i = 1; i <= prec; i++) {
                out.append(d.at(i));
            }
        }
        out.append(fmt);
        int exp = d.nd() == 0 ? 0 : d.dp() - 1;
        out.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            out.append('0');
        }
        return out.append(exp).toString();
    }

    private static String fmtF(boolean neg, Digits d, int prec) {
        StringBuilder out = new StringBuilder();
        if (neg) {
            out.append('-');
        }
        if (d.dp() > 0) {
            for (int i = 0; i < d.dp(); i++) {
                out.append(d.at(i));
            }
        } else {
            out.append('0');
        }
        if (prec > 0) {
            out.append('.');
            for (int i = 1; i <= prec; i++) {
                out.append(d.at(d.dp() + i - 1));
            }
        }
        return out.toString();
    }

    private static String formatBinary(double v, boolean neg, int bitSize) {
        long mant;
        int exp;
        if (bitSize == 32) {
            int bits = Float.floatToRawIntBits((float) v);
            exp = (bits >>> 23) & 0xFF;
            mant = bits & 0x7FFFFF;
            exp = exp == 0 ? 1 : exp;
            mant |= ((bits >>> 23) & 0xFF) == 0 ? 0 : 1L << 23;
            exp += -127 - 23;
        } else {
            long bits = Double.doubleToRawLongBits(v);
            int biased = (int) ((bits >>> 52) & 0x7FF);
            mant = bits & ((1L << 52) - 1);
            exp = biased == 0 ? 1 : biased;
            mant |= biased == 0 ? 0 : 1L << 52;
            exp += -1023 - 52;
        }
        return (neg ? "-" : "") + mant + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    private static String formatHex(double v, boolean neg, char fmt, int prec, int bitSize) {
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long mant = bits & ((1L << 52) - 1);
        int exp = biased == 0 ? 1 : biased;
        mant |= biased == 0 ? 0 : 1L << 52;
        exp -= 1023;
        if (mant == 0) {
            exp = 0;
        }
        mant <<= 60 - 52;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > (1L << 59)) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        String hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        StringBuilder out = new StringBuilder();
        if (neg) {
            out.append('-');
        }
        out.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            out.append('.');
            while (mant != 0) {
                out.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            out.append('.');
            for (int i = 0; i < prec; i++) {
                out.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        out.append(fmt == 'X' ? 'P' : 'p').append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            out.append('0');
        }
        return out.append(exp).toString();
    }
}
