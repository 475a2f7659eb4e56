package dev.windlass.gotemplate;

/** Walks a {@code Sprintf} format: flags, argument indexes, width, precision and verbs (Go's {@code doPrintf}). */
final class FmtScanner {

    private static final int TOO_LARGE = 1_000_000;

    private final FmtPrinter p;
    private final FmtState f;
    private final String format;
    private final Object[] args;
    private final int end;
    private int i;
    private int argNum;
    private boolean reordered;
    private boolean goodArgNum;
    private boolean afterIndex;

    FmtScanner(FmtPrinter p, String format, Object[] args) {
        this.p = p;
        this.f = p.f;
        this.format = format;
        this.args = args;
        this.end = format.length();
    }

    void run() {
        while (i < end) {
            goodArgNum = true;
            int last = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > last) {
                p.buf.append(format, last, i);
            }
            if (i >= end) {
                break;
            }
            i++;
            if (!directive()) {
                break;
            }
        }
        if (!reordered && argNum < args.length) {
            extra();
        }
    }

    /** One directive after its {@code %}; false when the format ended without a verb. */
    private boolean directive() {
        f.clearFlags();
        flags();
        argNumber();
        width();
        precision();
        if (!afterIndex) {
            argNumber();
        }
        if (i >= end) {
            p.buf.append("%!(NOVERB)");
            return false;
        }
        int verb = format.codePointAt(i);
        i += Character.charCount(verb);
        if (verb == '%') {
            p.buf.append('%');
        } else if (!goodArgNum) {
            p.buf.append("%!").appendCodePoint(verb).append("(BADINDEX)");
        } else if (argNum >= args.length) {
            p.buf.append("%!").appendCodePoint(verb).append("(MISSING)");
        } else {
            if (verb == 'v') {
                f.sharpV = f.sharp;
                f.sharp = false;
                f.plusV = f.plus;
                f.plus = false;
            }
            p.printArg(args[argNum], verb);
            argNum++;
        }
        return true;
    }

    private void flags() {
        for (; i < end; i++) {
            switch (format.charAt(i)) {
                case '#' -> f.sharp = true;
                case '0' -> f.zero = true;
                case '+' -> f.plus = true;
                case '-' -> f.minus = true;
                case ' ' -> f.space = true;
                default -> {
                    return;
                }
            }
        }
    }

    private void width() {
        if (i < end && format.charAt(i) == '*') {
            i++;
            Integer n = intFromArg();
            f.widPresent = n != null;
            f.wid = n == null ? 0 : n;
            if (n == null) {
                p.buf.append("%!(BADWIDTH)");
            }
            if (f.wid < 0) {
                f.wid = -f.wid;
                f.minus = true;
                f.zero = false;
            }
            afterIndex = false;
        } else {
            int start = i;
            int n = parseNum();
            f.widPresent = n >= 0 && i > start;
            f.wid = Math.max(n, 0);
            if (afterIndex && f.widPresent) {
                goodArgNum = false;
            }
        }
    }

    private void precision() {
        if (i + 1 < end && format.charAt(i) == '.') {
            i++;
            if (afterIndex) {
                goodArgNum = false;
            }
            argNumber();
            if (i < end && format.charAt(i) == '*') {
                i++;
                Integer n = intFromArg();
                f.precPresent = n != null;
                f.prec = n == null ? 0 : n;
                if (f.prec < 0) {
                    f.prec = 0;
                    f.precPresent = false;
                }
                if (!f.precPresent) {
                    p.buf.append("%!(BADPREC)");
                }
                afterIndex = false;
            } else {
                int n = parseNum();
                f.prec = Math.max(n, 0);
                f.precPresent = true;
            }
        }
    }

    /** Parses decimal digits at {@code i}; −1 (and the rest of the format consumed) on overflow. */
    private int parseNum() {
        int num = 0;
        while (i < end && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
            if (num > TOO_LARGE) {
                i = end;
                return -1;
            }
            num = num * 10 + (format.charAt(i) - '0');
            i++;
        }
        return num;
    }

    private Integer intFromArg() {
        if (argNum >= args.length) {
            return null;
        }
        Object a = args[argNum++];
        if (a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof Byte) {
            long n = ((Number) a).longValue();
            return n > TOO_LARGE || n < -TOO_LARGE ? null : (int) n;
        }
        return null;
    }

    private void argNumber() {
        afterIndex = false;
        if (i >= end || format.charAt(i) != '[') {
            return;
        }
        reordered = true;
        int close = format.indexOf(']', i + 1);
        if (end - i < 3 || close < 0) {
            i += 1;
            goodArgNum = false;
            return;
        }
        String digits = format.substring(i + 1, close);
        boolean ok = !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                && digits.length() < 8;
        i = close + 1;
        int index = ok ? Integer.parseInt(digits) - 1 : -1;
        if (ok && index >= 0 && index < args.length) {
            argNum = index;
            afterIndex = true;
            return;
        }
        goodArgNum = false;
        afterIndex = ok;
    }

    private void extra() {
        f.clearFlags();
        p.buf.append("%!(EXTRA ");
        for (int k = argNum; k < args.length; k++) {
            if (k > argNum) {
                p.buf.append(", ");
            }
            Object arg = args[k];
            if (arg == null) {
                p.buf.append("<nil>");
            } else {
                p.buf.append(GoValues.typeName(arg)).append('=');
                p.printArg(arg, 'v');
            }
        }
        p.buf.append(')');
    }
}
