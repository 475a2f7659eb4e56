package dev.windlass.gotemplate;

/** Scans the literals inside actions for {@link Lexer}: numbers and quoted strings or characters. */
final class LexLiterals {

    private LexLiterals() {
    }

    /**
     * The index after the closing {@code quote} of a literal whose opening quote ends before {@code pos};
     * {@code -1} when the input or the line ends first.
     */
    static int quoted(String in, int pos, char quote) {
        int i = pos;
        while (i < in.length()) {
            char c = in.charAt(i++);
            if (c == '\\') {
                if (i >= in.length() || in.charAt(i) == '\n') {
                    return -1;
                }
                i++;
            } else if (c == '\n') {
                return -1;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Go's {@code scanNumber} from {@code start}: the end of the number, or {@code -(end + 1)} when an
     * alphanumeric follows it (bad syntax, {@code end} then includes that character).
     */
    static int number(String in, int start) {
        Cursor c = new Cursor(in, start);
        c.accept("+-");
        String digits = "0123456789_";
        if (c.accept("0")) {
            if (c.accept("xX")) {
                digits = "0123456789abcdefABCDEF_";
            } else if (c.accept("oO")) {
                digits = "01234567_";
            } else if (c.accept("bB")) {
                digits = "01_";
            }
        }
        c.acceptRun(digits);
        if (c.accept(".")) {
            c.acceptRun(digits);
        }
        if (digits.length() == 11 && c.accept("eE")) {
            c.accept("+-");
            c.acceptRun("0123456789_");
        }
        if (digits.length() == 23 && c.accept("pP")) {
            c.accept("+-");
            c.acceptRun("0123456789_");
        }
        c.accept("i");
        if (c.pos < in.length() && Lexer.isAlphaNumeric(in.codePointAt(c.pos))) {
            return -(c.pos + Character.charCount(in.codePointAt(c.pos)) + 1);
        }
        return c.pos;
    }

    /** A read position over the input. */
    private static final class Cursor {
        private final String in;
        private int pos;

        Cursor(String in, int pos) {
            this.in = in;
            this.pos = pos;
        }

        boolean accept(String valid) {
            if (pos < in.length() && valid.indexOf(in.charAt(pos)) >= 0) {
                pos++;
                return true;
            }
            return false;
        }

        void acceptRun(String valid) {
            while (accept(valid)) {
                // absorb
            }
        }
    }
}
