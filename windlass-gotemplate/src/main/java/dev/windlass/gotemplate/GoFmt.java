package dev.windlass.gotemplate;

/**
 * Go's {@code fmt} printing of template values: {@code Sprint}, {@code Sprintf} (verbs, flags,
 * width, precision, {@code %!verb(type=value)} errors) and {@code Sprintln}.
 */
public final class GoFmt {

    private GoFmt() {
    }

    /** {@code fmt.Sprint}: operands' {@code %v} forms, a space between operands when neither is a string. */
    public static String sprint(Object... args) {
        throw new UnsupportedOperationException("GoFmt.sprint is not written yet");
    }

    /** {@code fmt.Sprintf}. */
    public static String sprintf(String format, Object... args) {
        throw new UnsupportedOperationException("GoFmt.sprintf is not written yet");
    }

    /** {@code fmt.Sprintln}: operands' {@code %v} forms separated by spaces, then a newline. */
    public static String sprintln(Object... args) {
        throw new UnsupportedOperationException("GoFmt.sprintln is not written yet");
    }
}
