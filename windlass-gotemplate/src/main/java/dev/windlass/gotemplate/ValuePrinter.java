package dev.windlass.gotemplate;

/** Prints values for {@code {{x}}} and the text-producing built-ins, through Go's {@code fmt} ({@link GoFmt}). */
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
        return GoFmt.sprint(args);
    }

    /** {@code fmt.Sprintln}: operands' {@code %v} separated by spaces, then a newline. */
    static String sprintln(Object... args) {
        return GoFmt.sprintln(args);
    }

    static String sprintf(String format, Object... args) {
        return GoFmt.sprintf(format, args);
    }
}
