package dev.windlass.gotemplate;

import java.nio.charset.StandardCharsets;

/**
 * The flags, width and precision of one fmt verb and the primitive formatters that honour them
 * (Go's internal {@code fmt} struct): padding, integers, floats, strings, quoting, hex dumps.
 */
final class FmtState {

    final StringBuilder buf;
    int wid;
    int prec;
    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    boolean plusV;
    boolean sharpV;

    FmtState(StringBuilder buf) {
        this.buf = buf;
    }

    void clearFlags() {
        wid = 0;
        prec = 0;
        widPresent = false;
        precPresent = false;
        minus = false;
        plus = false;
        sharp = false;
        space = false;
        zero = false;
        plusV = false;
        sharpV = false;
    }

    void writePadding(int n) {
        char padChar = zero && !minus ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(padChar);
        }
    }

    void pad(String s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - s.codePointCount(0, s.length());
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }

    /** Pads without zero padding (Go turns {@code zero} off around such writes). */
    void padSpaces(String s) {
        boolean oldZero = zero;
        zero = false;
        pad(s);
        zero = oldZero;
    }

    void fmtBoolean(boolean v) {
        pad(v ? "true" : "false");
    }

    void fmtUnicode(long u) {
        int p = 4;
        if (precPresent && prec > 4) {
            p = prec;
        }
        StringBuilder out = new StringBuilder("U+");
        String hex = Long.toHexString(u).toUpperCase();
        for (int i = hex.length(); i < p; i++) {
            out.append('0');
        }
        out.append(hex);
        if (sharp && u >= 0 && u <= Character.MAX_CODE_POINT && FmtQuote.isPrint((int) u)) {
            out.append(" '").appendCodePoint((int) u).append('\'');
        }
        padSpaces(out.toString());
    }

    void fmtInteger(long u, int base, boolean signed, int verb, boolean upper) {
        boolean negative = signed && u < 0;
        if (negative) {
            u = -u;
        }
        int digitsWanted = 0;
        if (precPresent) {
            digitsWanted = prec;
            if (prec == 0 && u == 0) {
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && !minus && widPresent) {
            digitsWanted = wid;
            if (negative || plus || space) {
                digitsWanted--;
            }
        }
        String digits = Long.toUnsignedString(u, base);
        if (upper) {
            digits = digits.toUpperCase();
        }
        StringBuilder out = new StringBuilder();
        for (int i = digits.length(); i < digitsWanted; i++) {
            out.append('0');
        }
        out.append(digits);
        if (sharp) {
            if (base == 2) {
                out.insert(0, "0b");
            } else if (base == 8 && out.charAt(0) != '0') {
                out.insert(0, '0');
            } else if (base == 16) {
                out.insert(0, upper ? "0X" : "0x");
            }
        }
        if (verb == 'O') {
            out.insert(0, "0o");
        }
        if (negative) {
            out.insert(0, '-');
        } else if (plus) {
            out.insert(0, '+');
        } else if (space) {
            out.insert(0, ' ');
        }
        padSpaces(out.toString());
    }

    String truncate(String s) {
        if (precPresent) {
            int n = s.codePointCount(0, s.length());
            if (prec < n) {
                return s.substring(0, s.offsetByCodePoints(0, prec));
            }
        }
        return s;
    }

    void fmtS(String s) {
        pad(truncate(s));
    }

    void fmtBs(byte[] b) {
        fmtS(new String(b, StandardCharsets.UTF_8));
    }

    void fmtSbx(byte[] b, boolean upper) {
        String digits = upper ? "0123456789ABCDEFX" : "0123456789abcdefx";
        int length = b.length;
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) {
                writePadding(wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(wid - width);
        }
        if (sharp) {
            buf.append('0').append(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) {
                    buf.append('0').append(digits.charAt(16));
                }
            }
            int c = b[i] & 0xFF;
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 15));
        }
        if (widPresent && wid > width && minus) {
            writePadding(wid - width);
        }
    }

    void fmtQ(String s) {
        s = truncate(s);
        if (sharp && FmtQuote.canBackquote(s)) {
            pad("`" + s + "`");
            return;
        }
        pad(FmtQuote.quote(s, plus));
    }

    void fmtC(long c) {
        int r = c < 0 || c > Character.MAX_CODE_POINT || (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : (int) c;
        pad(new String(Character.toChars(r)));
    }

    void fmtQc(long c) {
        int r = c < 0 || c > Character.MAX_CODE_POINT ? 0xFFFD : (int) c;
        pad(FmtQuote.quoteRune(r, plus));
    }

    void fmtFloat(double v, int size, int verb, int defaultPrec) {
        int p = precPresent ? prec : defaultPrec;
        String num = FmtFloat.format(v, (char) verb, p, size);
        if (num.charAt(0) != '-' && num.charAt(0) != '+') {
            num = "+" + num;
        }
        if (space && num.charAt(0) == '+' && !plus) {
            num = " " + num.substring(1);
        }
        char c1 = num.charAt(1);
        if (c1 == 'I' || c1 == 'N') {
            if (c1 == 'N' && !space && !plus) {
                num = num.substring(1);
            }
            padSpaces(num);
            return;
        }
        if (sharp && verb != 'b') {
            num = sharpDigits(num, verb, p);
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && !minus && widPresent && wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            pad(num);
            return;
        }
        pad(num.substring(1));
    }

    /** The {@code #} flag: always a decimal point, and {@code %#g} keeps its trailing zeros. */
    private static String sharpDigits(String num, int verb, int p) {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = p == -1 ? 6 : p;
        }
        String tail = "";
        StringBuilder body = new StringBuilder();
        boolean hasDecimalPoint = false;
        boolean sawNonZeroDigit = false;
        body.append(num.charAt(0));
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == '.') {
                hasDecimalPoint = true;
            } else if (c == 'p' || c == 'P') {
                tail = num.substring(i);
                break;
            } else if ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
                tail = num.substring(i);
                break;
            } else if (c != '0') {
                sawNonZeroDigit = true;
            }
            if (sawNonZeroDigit && c != '.') {
                digits--;
            }
            body.append(c);
        }
        if (!hasDecimalPoint) {
            if (body.length() == 2 && body.charAt(1) == '0') {
                digits--;
            }
            body.append('.');
        }
        while (digits > 0) {
            body.append('0');
            digits--;
        }
        return body.append(tail).toString();
    }
}
