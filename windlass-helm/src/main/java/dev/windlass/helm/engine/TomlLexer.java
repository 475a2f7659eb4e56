package dev.windlass.helm.engine;

import static dev.windlass.helm.engine.TomlScanner.EOF;
import static dev.windlass.helm.engine.TomlScanner.isDigit;
import static dev.windlass.helm.engine.TomlScanner.isHex;
import static dev.windlass.helm.engine.TomlScanner.isNewline;
import static dev.windlass.helm.engine.TomlScanner.quoteRune;

import dev.windlass.gotemplate.GoFmt;

/**
 * BurntSushi/toml's lexer states for scalar tokens: the four string forms (raw text, escapes checked
 * as the lexer checks them) and numbers and date-times (text only; {@link TomlScalars} converts).
 */
final class TomlLexer {

    /** What a scalar token is. */
    enum Kind { STRING, STRING_ESCAPED, MULTILINE, RAW, RAW_MULTILINE, INTEGER, FLOAT, DATETIME, BOOL }

    /** A lexed token, with the line BurntSushi/toml gives it (the line where it ends). */
    record Token(Kind kind, String text, int line) {
    }

    private final TomlScanner s;

    TomlLexer(TomlScanner scanner) {
        this.s = scanner;
    }

    private Token emit(Kind kind) {
        int line = s.line();
        return new Token(kind, s.take(), line);
    }

    /** After the opening {@code "}: a basic string up to its closing quote. */
    Token basicString() throws TomlReader.TomlError {
        s.ignore();
        boolean escaped = false;
        while (true) {
            int r = s.next();
            if (r == EOF) {
                throw s.error("unexpected EOF; expected '\"'");
            } else if (isNewline(r)) {
                throw s.errorPrevLine("strings cannot contain newlines");
            } else if (r == '\\') {
                escape();
                escaped = true;
            } else if (r == '"') {
                s.backup();
                Token token = emit(escaped ? Kind.STRING_ESCAPED : Kind.STRING);
                s.next();
                s.ignore();
                return token;
            }
        }
    }

    /** After the opening {@code """}. */
    Token multilineString() throws TomlReader.TomlError {
        s.ignore();
        while (true) {
            int r = s.next();
            if (r == EOF) {
                throw s.error("unexpected EOF; expected '\"\"\"'");
            } else if (r == '\\') {
                if (!isNewline(s.next())) {
                    s.backup();
                    escape();
                }
            } else if (r == '"' && closes('"')) {
                return closeMultiline(Kind.MULTILINE);
            }
        }
    }

    /** After the opening {@code '}. */
    Token rawString() throws TomlReader.TomlError {
        s.ignore();
        while (true) {
            int r = s.next();
            if (r == EOF) {
                throw s.error("unexpected EOF; expected \"'\"");
            } else if (isNewline(r)) {
                throw s.errorPrevLine("strings cannot contain newlines");
            } else if (r == '\'') {
                s.backup();
                Token token = emit(Kind.RAW);
                s.next();
                s.ignore();
                return token;
            }
        }
    }

    /** After the opening {@code '''}. */
    Token rawMultilineString() throws TomlReader.TomlError {
        s.ignore();
        while (true) {
            int r = s.next();
            if (r == EOF) {
                throw s.error("unexpected EOF; expected \"'''\"");
            } else if (r == '\'' && closes('\'')) {
                return closeMultiline(Kind.RAW_MULTILINE);
            }
        }
    }

    /** Read the first quote; true when two more follow and no fourth (extra quotes belong to the text). */
    private boolean closes(int quote) throws TomlReader.TomlError {
        if (!s.accept(quote)) {
            return false;
        }
        if (!s.accept(quote)) {
            s.backup();
            return false;
        }
        if (s.peek() == quote) {
            String q = String.valueOf((char) quote);
            if (s.endsWith(q.repeat(5)) && (quote == '\'' || !s.endsWith("\\" + q.repeat(5)))) {
                throw s.error("unexpected " + (quote == '"' ? "'" + q.repeat(6) + "'" : "\"" + q.repeat(6) + "\""));
            }
            s.backup();
            s.backup();
            return false;
        }
        return true;
    }

    private Token closeMultiline(Kind kind) throws TomlReader.TomlError {
        s.backup();
        s.backup();
        s.backup();
        Token token = emit(kind);
        s.next();
        s.next();
        s.next();
        s.ignore();
        return token;
    }

    private void escape() throws TomlReader.TomlError {
        int r = s.next();
        switch (r) {
            case 'e', 'b', 't', 'n', 'f', 'r', '"', ' ', '\t', '\\' -> {
            }
            case 'x' -> hexDigits(2, "two", 'x');
            case 'u' -> hexDigits(4, "four", 'u');
            case 'U' -> hexDigits(8, "eight", 'U');
            default -> throw s.errorPlain("invalid escape in string '\\" + new String(Character.toChars(r)) + "'");
        }
    }

    private void hexDigits(int count, String word, char letter) throws TomlReader.TomlError {
        for (int i = 0; i < count; i++) {
            if (!isHex(s.next())) {
                throw s.error("expected " + word + " hexadecimal digits after '\\" + letter + "', but got "
                        + GoFmt.quote(s.current()) + " instead");
            }
        }
    }

    /** At a digit: an integer, float or date-time ({@code lexNumberOrDateStart}). */
    Token numberOrDate() throws TomlReader.TomlError {
        if (s.next() == '0') {
            return baseNumberOrDate();
        }
        return numberOrDateRest();
    }

    private Token numberOrDateRest() throws TomlReader.TomlError {
        while (true) {
            int r = s.next();
            if (isDigit(r)) {
                continue;
            }
            switch (r) {
                case '-', ':' -> {
                    return datetime();
                }
                case '_' -> {
                    return decimalNumber();
                }
                case '.', 'e', 'E' -> {
                    return floatRest();
                }
                default -> {
                    s.backup();
                    return emit(Kind.INTEGER);
                }
            }
        }
    }

    private Token baseNumberOrDate() throws TomlReader.TomlError {
        int r = s.next();
        if (isDigit(r)) {
            return numberOrDateRest();
        }
        switch (r) {
            case '_':
                return decimalNumber();
            case '.', 'e', 'E':
                return floatRest();
            case 'b', 'o', 'x':
                int p = s.peek();
                String digits = r == 'b' ? "01" : r == 'o' ? "01234567" : "0123456789abcdefABCDEF";
                if (digits.indexOf(p) < 0) {
                    String name = r == 'b' ? "a binary" : r == 'o' ? "an octal" : "a hexadecimal";
                    throw s.error("not " + name + " number: '" + s.current() + new String(Character.toChars(p)) + "'");
                }
                int d = s.next();
                while (d != EOF && (digits.indexOf(d) >= 0 || d == '_')) {
                    d = s.next();
                }
                s.backup();
                return emit(Kind.INTEGER);
            default:
                s.backup();
                return emit(Kind.INTEGER);
        }
    }

    private Token datetime() throws TomlReader.TomlError {
        while (true) {
            int r = s.next();
            if (!isDigit(r) && "-:Tt .Zz+".indexOf(r) < 0 || r == EOF) {
                s.backup();
                int line = s.line();
                return new Token(Kind.DATETIME, s.take().strip(), line);
            }
        }
    }

    private Token decimalNumber() throws TomlReader.TomlError {
        while (true) {
            int r = s.next();
            if (isDigit(r) || r == '_') {
                continue;
            }
            if (r == '.' || r == 'e' || r == 'E') {
                return floatRest();
            }
            s.backup();
            return emit(Kind.INTEGER);
        }
    }

    /** After {@code +} or {@code -} ({@code lexDecimalNumberStart}). */
    Token signedNumber() throws TomlReader.TomlError {
        int r = s.next();
        if (r == 'i' || r == 'n') {
            String rest = r == 'i' ? "nf" : "an";
            if (!s.accept(rest.charAt(0)) || !s.accept(rest.charAt(1))) {
                throw s.error("invalid float: '" + s.current() + "'");
            }
            return emit(Kind.FLOAT);
        }
        if (r == '0') {
            int p = s.peek();
            if (p == 'b' || p == 'o' || p == 'x') {
                throw s.error("cannot use sign with non-decimal numbers: '" + s.current() + (char) p + "'");
            }
        }
        if (r == '.') {
            throw s.error("floats must start with a digit, not '.'");
        }
        if (isDigit(r)) {
            return decimalNumber();
        }
        throw s.error("expected a digit but got " + quoteRune(r));
    }

    private Token floatRest() throws TomlReader.TomlError {
        while (true) {
            int r = s.next();
            if (!isDigit(r) && "_.-+eE".indexOf(r) < 0 || r == EOF) {
                s.backup();
                return emit(Kind.FLOAT);
            }
        }
    }

    /** At a letter: {@code true} or {@code false} ({@code lexBool}). */
    Token bool() throws TomlReader.TomlError {
        StringBuilder word = new StringBuilder();
        while (true) {
            int r = s.next();
            if (r == EOF || !Character.isLetter(r)) {
                s.backup();
                break;
            }
            word.appendCodePoint(r);
        }
        String text = word.toString();
        if (text.equals("true") || text.equals("false")) {
            return emit(Kind.BOOL);
        }
        throw s.error("expected value but found " + GoFmt.quote(text) + " instead");
    }

    /** Consumes a comment up to (not including) its newline. */
    void comment() throws TomlReader.TomlError {
        while (true) {
            int r = s.next();
            if (isNewline(r) || r == EOF) {
                s.backup();
                s.ignore();
                return;
            }
        }
    }
}
