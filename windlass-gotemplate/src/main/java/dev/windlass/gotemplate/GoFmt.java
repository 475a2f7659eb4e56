package dev.windlass.gotemplate;

/**
 * Go's {@code fmt} printing of template values: {@code Sprint}, {@code Sprintf} (verbs, flags,
 * width, precision, {@code %!verb(type=value)} errors) and {@code Sprintln}, plus the
 * {@code strconv} conversions other parts of the library print with.
 */
public final class GoFmt {

    private GoFmt() {
    }

    /** {@code fmt.Sprint}: operands' {@code %v} forms, a space between operands when neither is a string. */
    public static String sprint(Object... args) {
        FmtPrinter p = new FmtPrinter();
        boolean prevString = false;
        for (int i = 0; i < args.length; i++) {
            boolean isString = args[i] instanceof String;
            if (i > 0 && !isString && !prevString) {
                p.buf.append(' ');
            }
            p.printArg(args[i], 'v');
            prevString = isString;
        }
        return p.buf.toString();
    }

    /** {@code fmt.Sprintf}. */
    public static String sprintf(String format, Object... args) {
        FmtPrinter p = new FmtPrinter();
        new FmtScanner(p, format, args).run();
        return p.buf.toString();
    }

    /** {@code fmt.Sprintln}: operands' {@code %v} forms separated by spaces, then a newline. */
    public static String sprintln(Object... args) {
        FmtPrinter p = new FmtPrinter();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                p.buf.append(' ');
            }
            p.printArg(args[i], 'v');
        }
        return p.buf.append('\n').toString();
    }

    /**
     * {@code strconv.FormatFloat(v, fmt, prec, 64)}: {@code fmt} is one of {@code e E f g G b x X};
     * {@code prec} −1 asks for the fewest digits that read back as {@code v}.
     */
    public static String formatFloat(double v, char fmt, int prec) {
        return FmtFloat.format(v, fmt, prec, 64);
    }

    /** {@code strconv.Quote}: a double-quoted Go string literal. */
    public static String quote(String s) {
        return FmtQuote.quote(s, false);
    }
}
