package dev.windlass.gotemplate;

/**
 * Prints values for {@code {{x}}} and the text-producing built-ins.
 *
 * <p>TEMPORARY (until GoFmt lands): strings, ints, int64s, bools, nil and no-value are printed here
 * with Go's {@code %v}/{@code Sprint} rules; every other value, and {@code printf}, go to
 * {@link GoFmt}. At merge, {@link #sprint} should delegate wholly to {@code GoFmt.sprint}.
 */
final class ValuePrinter {

    private ValuePrinter() {
    }

    /** The text {@code {{value}}} writes: {@code <no value>} for no value, else {@code fmt.Sprint(value)}. */
    static String print(Object value) {
        if (value == Sentinel.NO_VALUE) {
            return "<no value>";
        }
        return sprint(value);
    }

    /** {@code fmt.Sprint}: operands' {@code %v}, a space between two operands when neither is a string. */
    static String sprint(Object... args) {
        for (Object arg : args) {
            if (!isSimple(arg)) {
                return GoFmt.sprint(args);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0 && !(args[i] instanceof String) && !(args[i - 1] instanceof String)) {
                out.append(' ');
            }
            out.append(simple(args[i]));
        }
        return out.toString();
    }

    /** {@code fmt.Sprintln}: operands' {@code %v} separated by spaces, then a newline. */
    static String sprintln(Object... args) {
        for (Object arg : args) {
            if (!isSimple(arg)) {
                return GoFmt.sprintln(args);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            out.append(i > 0 ? " " : "").append(simple(args[i]));
        }
        return out.append('\n').toString();
    }

    static String sprintf(String format, Object... args) {
        return GoFmt.sprintf(format, args);
    }

    private static boolean isSimple(Object arg) {
        return arg == null || arg instanceof String || arg instanceof Integer || arg instanceof Long
                || arg instanceof Boolean;
    }

    private static String simple(Object arg) {
        return arg == null ? "<nil>" : arg.toString();
    }
}
