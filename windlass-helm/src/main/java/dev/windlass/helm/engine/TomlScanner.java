package dev.windlass.helm.engine;

import dev.windlass.gotemplate.GoFmt;
import java.util.function.Supplier;

/**
 * The character cursor under {@link TomlReader}: BurntSushi/toml's lexer moves ({@code next},
 * {@code backup}, {@code peek}, {@code ignore}) over code points, its line counting, and its error
 * positions, so that a failure names the line BurntSushi/toml names.
 */
final class TomlScanner {

    /** The rune BurntSushi/toml's lexer reports at the end of input. */
    static final int EOF = 0;

    private final int[] input;
    private final Supplier<String> lastKey;
    private int pos;
    private int start;
    private int line = 1;
    private boolean atEof;

    TomlScanner(String text, Supplier<String> lastKey) {
        this.input = text.codePoints().toArray();
        this.lastKey = lastKey;
    }

    int next() throws TomlReader.TomlError {
        if (pos >= input.length) {
            atEof = true;
            return EOF;
        }
        int r = input[pos];
        if (r == '\n') {
            line++;
        }
        pos++;
        if (isControl(r) || (r == '\r' && (pos == input.length || input[pos] != '\n'))) {
            throw errorAt(line, String.format("TOML files cannot contain control characters: '0x%02x'", r));
        }
        return r;
    }

    void backup() {
        if (atEof) {
            atEof = false;
            return;
        }
        pos--;
        if (input[pos] == '\n') {
            line--;
        }
    }

    int peek() throws TomlReader.TomlError {
        int r = next();
        backup();
        return r;
    }

    boolean accept(int valid) throws TomlReader.TomlError {
        if (next() == valid) {
            return true;
        }
        backup();
        return false;
    }

    void skipWhitespace() throws TomlReader.TomlError {
        while (isWhitespace(next())) {
            // skipped
        }
        backup();
        ignore();
    }

    /** Drops what was read since the last token. */
    void ignore() {
        start = pos;
    }

    /** What was read since the last token. */
    String current() {
        return new String(input, start, Math.max(0, pos - start));
    }

    /** Takes what was read since the last token as a token. */
    String take() {
        String text = current();
        start = pos;
        return text;
    }

    int line() {
        return line;
    }

    boolean endsWith(String suffix) {
        return current().endsWith(suffix);
    }

    /** A lexer error at the cursor ({@code lx.errorf}). */
    TomlReader.TomlError error(String message) {
        if (atEof) {
            return errorAt(pos >= 1 && input[pos - 1] == '\n' ? line - 1 : line, message);
        }
        return errorAt(line, message);
    }

    /** A lexer error shown on the line before a newline just read ({@code lx.errorPrevLine}). */
    TomlReader.TomlError errorPrevLine(String message) {
        return errorAt(line - 1, message);
    }

    /** A lexer error raised through {@code lx.error}: on the previous line at the end of input. */
    TomlReader.TomlError errorPlain(String message) {
        return atEof ? errorPrevLine(message) : errorAt(line, message);
    }

    TomlReader.TomlError errorAt(int errorLine, String message) {
        return new TomlReader.TomlError(errorLine, lastKey.get(), message);
    }

    /** Go's {@code %q} of a rune. */
    static String quoteRune(int r) {
        if (r == '\'') {
            return "'\\''";
        }
        if (r == '"') {
            return "'\"'";
        }
        String quoted = GoFmt.quote(new String(Character.toChars(r)));
        return "'" + quoted.substring(1, quoted.length() - 1) + "'";
    }

    static boolean isWhitespace(int r) {
        return r == '\t' || r == ' ';
    }

    static boolean isNewline(int r) {
        return r == '\n' || r == '\r';
    }

    static boolean isDigit(int r) {
        return r >= '0' && r <= '9';
    }

    static boolean isHex(int r) {
        return isDigit(r) || ((r | 0x20) >= 'a' && (r | 0x20) <= 'f');
    }

    static boolean isBareKeyChar(int r) {
        return (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z') || isDigit(r) || r == '_' || r == '-';
    }

    private static boolean isControl(int r) {
        if (r == '\t' || r == '\r' || r == '\n') {
            return false;
        }
        return r <= 0x1f || r == 0x7f;
    }
}
