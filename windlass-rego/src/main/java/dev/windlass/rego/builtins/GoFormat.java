package dev.windlass.rego.builtins;

import java.util.List;

/**
  * Go's {@code fmt.Sprintf} over {@link GoArg}s: flags {@code # 0 + - space}, width and precision
  * (digits or {@code *}), the verbs Go accepts for ints, big ints, float64s and strings, {@code %T},
  * {@code %%}, and Go's in-band errors ({@code %!d(string=x)}, {@code %!s(MISSING)},
  * {@code %!(EXTRA int=1)}, {@code %!(NOVERB)}) and explicit argument indexes ({@code %[2]d}). The
  * hexadecimal and binary float verbs are not supported.
  */
final class GoFormat {
    private GoFormat() {}

    /** One directive's flags, width and precision ({@code -1} when absent). */
    static final class Spec {
        boolean minus;
        boolean plus;
        boolean sharp;
        boolean zero;
        boolean space;
        int width = -1;
        int precision = -1;
    }

    static String sprintf(String format, List<GoArg> args) {
        Printer p = new Printer(format, args);
        while (p.pos < format.length()) {
            char c = format.charAt(p.pos);
            if (c == '%') {
                p.pos++;
                p.directive();
            } else {
                p.out.append(c);
                p.pos++;
            }
        }
        p.extra();
        return p.out.toString();
    }

    /** The state of one {@code sprintf} call: where it is in the format and in the arguments. */
    private static final class Printer {
        private final String format;
        private final List<GoArg> args;
        private final StringBuilder out = new StringBuilder();
        private int pos;
        private int argIndex;
        private boolean reordered;
        private boolean goodArgNum;

        Printer(String format, List<GoArg> args) {
            this.format = format;
            this.args = args;
        }

        void directive() {
            Spec spec = new Spec();
            goodArgNum = true;
            pos = flags(format, pos, spec);
            boolean afterIndex = argNumber();
            boolean star = pos < format.length() && format.charAt(pos) == '*';
            int width = number(true);
            if (width != Integer.MIN_VALUE) {
                spec.width = Math.abs(width);
                if (width < 0) {
                    spec.minus = true;
                    spec.zero = false;
                }
                goodArgNum &= star || !afterIndex;
            }
            afterIndex &= !star;
            if (pos + 1 < format.length() && format.charAt(pos) == '.') {
                pos++;
                goodArgNum &= !afterIndex;
                afterIndex = argNumber();
                star = pos < format.length() && format.charAt(pos) == '*';
                int precision = number(false);
                spec.precision = precision == Integer.MIN_VALUE ? 0 : Math.max(precision, -1);
                afterIndex &= !star;
            }
            if (!afterIndex) {
                argNumber();
            }
            if (pos >= format.length()) {
                out.append("%!(NOVERB)");
                return;
            }
            int verb = format.codePointAt(pos);
            pos += Character.charCount(verb);
            verb(verb, spec);
        }

        /** An explicit argument index {@code [n]}; Go's {@code argNumber}. */
        private boolean argNumber() {
            if (pos >= format.length() || format.charAt(pos) != '[') {
                return false;
            }
            reordered = true;
            int close = format.indexOf(']', pos + 1);
            if (close < 0 || close - pos < 2) {
                pos += close < 0 ? 1 : close - pos + 1;
                goodArgNum = false;
                return false;
            }
            String digits = format.substring(pos + 1, close);
            pos = close + 1;
            boolean ok = digits.matches("\\d{1,6}");
            int index = ok ? Integer.parseInt(digits) - 1 : -1;
            if (ok && index >= 0 && index < args.size()) {
                argIndex = index;
                return true;
            }
            goodArgNum = false;
            return ok;
        }

        private void verb(int verb, Spec spec) {
            if (verb == '%') {
                out.append('%');
            } else if (!goodArgNum) {
                out.append("%!").appendCodePoint(verb).append("(BADINDEX)");
            } else if (argIndex >= args.size()) {
                out.append("%!").appendCodePoint(verb).append("(MISSING)");
            } else {
                GoArg arg = args.get(argIndex++);
                out.append(verb == 'T' ? pad(arg.kind().goType(), spec, false) : GoFormatVerbs.format(arg, verb, spec));
            }
        }

        /** Digits, or {@code *} taking an int argument; {@code Integer.MIN_VALUE} when absent or bad. */
        private int number(boolean width) {
            if (pos < format.length() && format.charAt(pos) == '*') {
                pos++;
                GoArg arg = argIndex < args.size() ? args.get(argIndex++) : null;
                if (arg == null || arg.kind() != GoArg.Kind.INT) {
                    out.append(width ? "%!(BADWIDTH)" : "%!(BADPREC)");
                    return Integer.MIN_VALUE;
                }
                return width || arg.intValue() >= 0 ? (int) arg.intValue() : -1;
            }
            int start = pos;
            while (pos < format.length() && Character.isDigit(format.charAt(pos))) {
                pos++;
            }
            return pos > start ? Integer.parseInt(format.substring(start, pos)) : Integer.MIN_VALUE;
        }

        void extra() {
            if (reordered || argIndex >= args.size()) {
                return;
            }
            out.append("%!(EXTRA ");
            for (int k = argIndex; k < args.size(); k++) {
                GoArg arg = args.get(k);
                out.append(arg.kind().goType()).append('=').append(GoFormatVerbs.format(arg, 'v', new Spec()));
                if (k < args.size() - 1) {
                    out.append(", ");
                }
            }
            out.append(')');
        }
    }

    private static int flags(String format, int i, Spec spec) {
        while (i < format.length()) {
            switch (format.charAt(i)) {
                case '#':
                    spec.sharp = true;
                    break;
                case '0':
                    spec.zero = !spec.minus;
                    break;
                case '+':
                    spec.plus = true;
                    break;
                case '-':
                    spec.minus = true;
                    spec.zero = false;
                    break;
                case ' ':
                    spec.space = true;
                    break;
                default:
                    return i;
            }
            i++;
        }
        return i;
    }

    /** Pads to the width by code points: spaces on the left, on the right with {@code -}, zeros with {@code 0}. */
    static String pad(String s, Spec spec, boolean zeroAllowed) {
        int length = s.codePointCount(0, s.length());
        if (spec.width <= length) {
            return s;
        }
        String padding = (spec.zero && zeroAllowed ? "0" : " ").repeat(spec.width - length);
        return spec.minus ? s + padding : padding + s;
    }
}
