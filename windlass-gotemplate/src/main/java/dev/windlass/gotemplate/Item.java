package dev.windlass.gotemplate;

/**
 * One token of template text.
 *
 * @param type its kind
 * @param pos  its start, as a char index into the template text
 * @param val  its text (for errors, the message)
 * @param line the 1-based line it starts on
 */
record Item(ItemType type, int pos, String val, int line) {

    /** Go's {@code item.String()}, used in parse error messages. */
    @Override
    public String toString() {
        if (type == ItemType.EOF) {
            return "EOF";
        }
        if (type == ItemType.ERROR) {
            return val;
        }
        if (type.isKeyword()) {
            return "<" + val + ">";
        }
        if (val.codePointCount(0, val.length()) > 10) {
            return GoQuote.quote(val.substring(0, val.offsetByCodePoints(0, 10))) + "...";
        }
        return GoQuote.quote(val);
    }
}
