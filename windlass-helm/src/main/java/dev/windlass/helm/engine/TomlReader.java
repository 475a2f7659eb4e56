package dev.windlass.helm.engine;

import static dev.windlass.helm.engine.TomlScanner.EOF;
import static dev.windlass.helm.engine.TomlScanner.isNewline;
import static dev.windlass.helm.engine.TomlScanner.isWhitespace;
import static dev.windlass.helm.engine.TomlScanner.quoteRune;

import dev.windlass.gotemplate.GoFmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code fromToml}: a TOML document decoded as BurntSushi/toml v1.6 decodes it into
 * {@code map[string]interface{}}. Tables are {@code LinkedHashMap}s, arrays {@code List}s, integers
 * {@code Long}, floats {@code Double}, date-times {@link dev.windlass.gotemplate.sprig.GoTime}
 * (see {@link TomlScalars}). TOML 1.1 additions that v1.6 accepts (newlines and trailing commas in
 * inline tables, {@code \e} and {@code \xHH}, times without seconds) are accepted too. Failures carry
 * {@code ParseError.Error()}'s text: {@code toml: line N (last key "k"): message}.
 */
final class TomlReader {

    /** A parse error with BurntSushi/toml's text. */
    static final class TomlError extends Exception {
        private static final long serialVersionUID = 1L;

        TomlError(int line, String lastKey, String message) {
            super(lastKey.isEmpty() ? "toml: line " + line + ": " + message
                    : "toml: line " + line + " (last key " + GoFmt.quote(lastKey) + "): " + message);
        }
    }

    private final TomlScanner s;
    private final TomlLexer lexer;
    private final TomlScalars scalars;
    private final TomlKeys keys = new TomlKeys();

    private TomlReader(String text) {
        this.s = new TomlScanner(text, keys::current);
        this.lexer = new TomlLexer(s);
        this.scalars = new TomlScalars(keys::current);
    }

    /** Decodes {@code text}; a byte order mark is skipped. */
    static Map<String, Object> read(String text) throws TomlError {
        String data = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (data.substring(0, Math.min(6, data.length())).indexOf('\0') >= 0) {
            throw new TomlError(1, "",
                    "files cannot contain NULL bytes; probably using UTF-16; TOML files must be UTF-8");
        }
        TomlReader reader = new TomlReader(data);
        reader.document();
        return reader.keys.result();
    }

    private void document() throws TomlError {
        while (true) {
            int r = s.next();
            if (isWhitespace(r) || isNewline(r)) {
                s.ignore();
            } else if (r == '#') {
                lexer.comment();
            } else if (r == '[') {
                table();
                if (!topEnd()) {
                    return;
                }
            } else if (r == EOF) {
                return;
            } else {
                s.backup();
                keyValue();
                if (!topEnd()) {
                    return;
                }
            }
        }
    }

    /** After a table header or key/value: false at the end of input. */
    private boolean topEnd() throws TomlError {
        while (true) {
            int r = s.next();
            if (r == '#') {
                lexer.comment();
                return true;
            } else if (isNewline(r)) {
                s.ignore();
                return true;
            } else if (r == EOF) {
                return false;
            } else if (!isWhitespace(r)) {
                throw s.error("expected a top-level item to end with a newline, comment, or EOF, but got "
                        + quoteRune(r) + " instead");
            }
        }
    }

    private void table() throws TomlError {
        boolean array = s.peek() == '[';
        if (array) {
            s.next();
        }
        s.ignore();
        List<String> key = new ArrayList<>();
        while (true) {
            s.skipWhitespace();
            int r = s.peek();
            if (r == ']' || r == EOF) {
                throw s.error("unexpected end of table name (table names cannot be empty)");
            } else if (r == '.') {
                throw s.error("unexpected table separator (table names cannot be empty)");
            }
            keyPart(key);
            s.skipWhitespace();
            r = s.next();
            if (r == ']') {
                break;
            } else if (r != '.') {
                throw s.error("expected '.' or ']' to end table name, but got " + quoteRune(r) + " instead");
            }
            s.ignore();
        }
        if (array) {
            int r = s.next();
            if (r != ']') {
                throw s.error("expected end of table array name delimiter ']', but got " + quoteRune(r) + " instead");
            }
        }
        s.ignore();
        keys.table(key, array);
    }

    private void keyPart(List<String> key) throws TomlError {
        int r = s.peek();
        TomlLexer.Token token;
        if (r == '"' || r == '\'') {
            s.next();
            token = r == '"' ? lexer.basicString() : lexer.rawString();
        } else {
            while (TomlScanner.isBareKeyChar(s.next())) {
                // bare key characters
            }
            s.backup();
            token = new TomlLexer.Token(TomlLexer.Kind.RAW, s.take(), s.line());
        }
        if (key.isEmpty()) {
            keys.position(token.line());
        }
        key.add((String) scalars.value(token));
    }

    /** A dotted key up to and including its {@code =} ({@code lexKeyStart} to {@code lexKeyEnd}). */
    private List<String> key() throws TomlError {
        s.skipWhitespace();
        int r = s.peek();
        if (r == '=' || r == EOF) {
            throw s.error("unexpected '=': key name appears blank");
        } else if (r == '.') {
            throw s.error("unexpected '.': keys cannot start with a '.'");
        }
        List<String> key = new ArrayList<>();
        while (true) {
            s.skipWhitespace();
            r = s.peek();
            if (r == '=' || r == EOF) {
                throw s.error("unexpected '='");
            } else if (r == '.') {
                throw s.error("unexpected '.'");
            }
            keyPart(key);
            s.skipWhitespace();
            r = s.next();
            if (r == '=') {
                s.ignore();
                return key;
            } else if (r == EOF) {
                throw s.error("unexpected EOF; expected key separator '='");
            } else if (r == '\n') {
                throw s.errorPrevLine("expected '.' or '=', but got '\\n' instead");
            } else if (r != '.') {
                throw s.error("expected '.' or '=', but got " + quoteRune(r) + " instead");
            }
            s.ignore();
        }
    }

    private void keyValue() throws TomlError {
        List<String> key = key();
        List<String> outer = keys.enterKey(key);
        Object value = value(false);
        keys.setValue(value);
        keys.leaveKey(outer, "");
    }

    /** A value after {@code =} or in an array ({@code lexValue}). */
    private Object value(boolean parentIsArray) throws TomlError {
        int r = s.next();
        while (isWhitespace(r)) {
            s.ignore();
            r = s.next();
        }
        if (TomlScanner.isDigit(r)) {
            s.backup();
            return scalars.value(lexer.numberOrDate());
        }
        switch (r) {
            case '[' -> {
                s.ignore();
                return array();
            }
            case '{' -> {
                s.ignore();
                return inlineTable(parentIsArray);
            }
            case '"', '\'' -> {
                return scalars.value(string(r));
            }
            case '.' -> throw s.error("floats must start with a digit, not '.'");
            case 'i', 'n' -> {
                if ((s.accept('n') && s.accept('f')) || (s.accept('a') && s.accept('n'))) {
                    return scalars.value(new TomlLexer.Token(TomlLexer.Kind.FLOAT, s.take(), s.line()));
                }
            }
            case '-', '+' -> {
                return scalars.value(lexer.signedNumber());
            }
            default -> {
            }
        }
        return boolOrFail(r);
    }

    private Object boolOrFail(int r) throws TomlError {
        if (r != EOF && Character.isLetter(r)) {
            s.backup();
            return scalars.value(lexer.bool());
        }
        if (r == EOF) {
            throw s.error("unexpected EOF; expected value");
        }
        if (r == '\n') {
            throw s.errorPrevLine("expected value but found '\\n' instead");
        }
        throw s.error("expected value but found " + quoteRune(r) + " instead");
    }

    private TomlLexer.Token string(int quote) throws TomlError {
        if (s.accept(quote)) {
            if (s.accept(quote)) {
                return quote == '"' ? lexer.multilineString() : lexer.rawMultilineString();
            }
            s.backup();
        }
        return quote == '"' ? lexer.basicString() : lexer.rawString();
    }

    private List<Object> array() throws TomlError {
        keys.markArray();
        List<Object> list = new ArrayList<>();
        while (true) {
            int r = s.next();
            if (isWhitespace(r) || isNewline(r)) {
                s.ignore();
            } else if (r == '#') {
                lexer.comment();
            } else if (r == ',') {
                throw s.error("unexpected comma");
            } else if (r == ']') {
                s.ignore();
                return list;
            } else {
                s.backup();
                list.add(value(true));
                if (!arrayValueEnd()) {
                    return list;
                }
            }
        }
    }

    /** After an array element: true at a comma, false at the closing bracket. */
    private boolean arrayValueEnd() throws TomlError {
        while (true) {
            int r = s.next();
            if (isWhitespace(r) || isNewline(r)) {
                s.ignore();
            } else if (r == '#') {
                lexer.comment();
            } else if (r == ',' || r == ']') {
                s.ignore();
                return r == ',';
            } else {
                throw s.error("expected a comma (',') or array terminator (']'), but got " + runeOrEof(r));
            }
        }
    }

    private Map<String, Object> inlineTable(boolean parentIsArray) throws TomlError {
        TomlKeys.InlineState state = keys.enterInline(parentIsArray);
        boolean expectKey = true;
        while (true) {
            int r = s.next();
            if (isWhitespace(r) || isNewline(r)) {
                s.ignore();
            } else if (r == '#') {
                lexer.comment();
            } else if (r == ',' && expectKey) {
                throw s.error("unexpected comma");
            } else if (r == '}') {
                s.ignore();
                return keys.leaveInline(state);
            } else if (expectKey) {
                s.backup();
                List<String> key = key();
                keys.inlineKey(key);
                keys.inlineValue(state, key, value(false));
                expectKey = false;
            } else if (r == ',') {
                s.ignore();
                s.skipWhitespace();
                expectKey = s.peek() != '}';
            } else {
                throw s.error("expected a comma or an inline table terminator '}', but got " + runeOrEof(r)
                        + " instead");
            }
        }
    }

    private static String runeOrEof(int r) {
        return r == EOF ? "end of file" : "'" + new String(Character.toChars(r)) + "'";
    }
}
