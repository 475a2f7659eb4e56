package dev.windlass.rego.builtins;

import java.util.List;

/**
  * Go's {@code fmt.Sprintf} over {@link GoArg}s: flags {@code # 0 + - space}, width and precision
  * (digits or {@code *}), the verbs Go accepts for ints, big ints, float64s and strings, {@code %T},
  * {@code %%}, and Go's in-band errors ({@code %!d(string=x)}, {@code %!s(MISSING)},
  * {@code %!(EXTRA int=1)}, {@code %!(NOVERB)}). Explicit argument indexes ({@code %[1]d}) and the
  * hexadecimal float verbs are not supported.
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
        StringBuilder out = new StringBuilder();
        int argIndex = 0;
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            Spec spec = new Spec();
            i = flags(format, i, spec);
            if (i < n && format.charAt(i) == '*') {
                i++;
                GoArg w = argIndex < args.size() ? args.get(argIndex++) : null;
                if (w == null || w.kind() != GoArg.Kind.INT) {
                    out.append("%!(BADWIDTH)");
                } else {
                    spec.width = (int) Math.abs(w.intValue());
                    if (w.intValue() < 0) {
                        spec.minus = true;
                        spec.zero = false;
                    }
                }
            } else {
                int start = i;
                while (i < n && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                spec.width = i > start ? Integer.parseInt(format.substring(start, i)) : -1;
            }
            if (i < n && format.charAt(i) == '.') {
                i++;
                if (i < n && format.charAt(i) == '*') {
                    i++;
                    GoArg p = argIndex < args.size() ? args.get(argIndex++) : null;
                    if (p == null || p.kind() != GoArg.Kind.INT) {
                        out.append("%!(BADPREC)");
                    } else {
                        spec.precision = p.intValue() < 0 ? -1 : (int) p.intValue();
                    }
                } else {
                    int start = i;
                    while (i < n && Character.isDigit(format.charAt(i))) {
                        i++;
                    }
                    spec.precision = i > start ? Integer.parseInt(format.substring(start, i)) : 0;
                }
            }
            if (i >= n) {
                out.append("%!(NOVERB)");
                break;
            }
            int verb = format.codePointAt(i);
            i += Character.charCount(verb);
            if (verb == '%') {
                out.append('%');
            } else if (argIndex >= args.size()) {
                out.append("%!").appendCodePoint(verb).append("(MISSING)");
            } else {
                GoArg arg = args.get(argIndex++);
                out.append(verb == 'T' ? pad(arg.kind().goType(), spec, false) : GoFormatVerbs.format(arg, verb, spec));
            }
        }
        if (argIndex < args.size()) {
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
        return out.toString();
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
