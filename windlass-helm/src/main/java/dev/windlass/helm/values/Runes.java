package dev.windlass.helm.values;

/** A rune reader over a string, like Go's {@code bytes.Buffer} with {@code ReadRune}/{@code UnreadRune}. */
final class Runes {

    /** Go's zero rune, returned at the end of input. */
    static final int EOF = -1;

    private final int[] runes;
    private int pos;

    Runes(String text) {
        this.runes = text.codePoints().toArray();
    }

    /** The next rune, or {@link #EOF}. */
    int read() {
        return pos < runes.length ? runes[pos++] : EOF;
    }

    void unread() {
        pos--;
    }

    /** The text not yet read. */
    String rest() {
        return new String(runes, pos, runes.length - pos);
    }

    /** Skips {@code n} UTF-16 chars of {@link #rest()}. */
    void skipChars(int n) {
        String rest = rest();
        pos += rest.codePointCount(0, n);
    }

    /** The runes read up to a stop rune (which is consumed), with {@code \} escaping the next rune. */
    Until until(String stops, boolean escapes) {
        StringBuilder out = new StringBuilder();
        while (true) {
            int r = read();
            if (r == EOF) {
                return new Until(out.toString(), 0, true);
            }
            if (stops.indexOf(r) >= 0) {
                return new Until(out.toString(), r, false);
            }
            if (escapes && r == '\\') {
                int next = read();
                if (next == EOF) {
                    return new Until(out.toString(), 0, true);
                }
                out.appendCodePoint(next);
            } else {
                out.appendCodePoint(r);
            }
        }
    }

    /** What {@link #until} read: the text, the stop rune ({@code 0} at the end) and whether input ended. */
    record Until(String text, int last, boolean eof) {
    }
}
