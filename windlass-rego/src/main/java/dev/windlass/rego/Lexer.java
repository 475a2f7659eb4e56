package dev.windlass.rego;

import dev.windlass.rego.ast.Location;
import java.util.ArrayList;
import java.util.List;

/** Splits Rego source into tokens, noting whitespace and newlines before each one. */
final class Lexer {
    private static final String[] PUNCTS = {
        ":=", "==", "!=", "<=", ">=", "<", ">", "=", "+", "-", "*", "/", "%", "|", "&",
        "(", ")", "[", "]", "{", "}", ",", ";", ":", "."
    };

    private final String file;
    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;

    Lexer(String file, String src) {
        this.file = file;
        this.src = src;
    }

    List<Token> tokenize() throws RegoParseException {
        List<Token> out = new ArrayList<>();
        while (true) {
            boolean[] ws = skipSpace();
            Location loc = here();
            if (pos >= src.length()) {
                out.add(new Token(Token.Kind.EOF, "", loc, ws[0], ws[1]));
                return out;
            }
            out.add(next(loc, ws[0], ws[1]));
        }
    }

    private Location here() {
        return new Location(file, line, pos - lineStart + 1);
    }

    private boolean[] skipSpace() {
        boolean space = false;
        boolean newline = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                newline = true;
                pos++;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                break;
            }
            space = true;
        }
        return new boolean[] {space, newline};
    }

    private Token next(Location loc, boolean space, boolean nl) throws RegoParseException {
        char c = src.charAt(pos);
        if (isNameStart(c)) {
            int start = pos;
            while (pos < src.length() && (isNameStart(src.charAt(pos)) || isDigit(src.charAt(pos)))) {
                pos++;
            }
            return new Token(Token.Kind.IDENT, src.substring(start, pos), loc, space, nl);
        }
        if (isDigit(c)) {
            return new Token(Token.Kind.NUMBER, number(), loc, space, nl);
        }
        if (c == '"') {
            return new Token(Token.Kind.STRING, string(loc), loc, space, nl);
        }
        if (c == '`') {
            return new Token(Token.Kind.RAW_STRING, rawString(loc), loc, space, nl);
        }
        for (String p : PUNCTS) {
            if (src.startsWith(p, pos)) {
                pos += p.length();
                return new Token(Token.Kind.PUNCT, p, loc, space, nl);
            }
        }
        throw new RegoParseException(loc, ParseMessages.illegalToken(c));
    }

    /** Rego names are ASCII: {@code [A-Za-z_][A-Za-z0-9_]*}. */
    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String number() {
        int start = pos;
        digits();
        if (pos + 1 < src.length() && src.charAt(pos) == '.' && isDigit(src.charAt(pos + 1))) {
            pos++;
            digits();
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && isDigit(src.charAt(pos))) {
                digits();
            } else {
                pos = save;
            }
        }
        return src.substring(start, pos);
    }

    private void digits() {
        while (pos < src.length() && isDigit(src.charAt(pos))) {
            pos++;
        }
    }

    private String rawString(Location loc) throws RegoParseException {
        int end = src.indexOf('`', pos + 1);
        if (end < 0) {
            throw new RegoParseException(loc, ParseMessages.UNTERMINATED_RAW_STRING);
        }
        String value = src.substring(pos + 1, end);
        for (int i = pos; i < end; i++) {
            if (src.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        pos = end + 1;
        return value;
    }

    private String string(Location loc) throws RegoParseException {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                throw new RegoParseException(loc, ParseMessages.UNTERMINATED_STRING);
            }
            char c = src.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= src.length()) {
                throw new RegoParseException(loc, ParseMessages.UNTERMINATED_STRING);
            }
            escape(sb, src.charAt(pos++));
        }
    }

    private void escape(StringBuilder sb, char e) throws RegoParseException {
        switch (e) {
            case '"', '\\', '/' -> sb.append(e);
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
                if (pos + 4 > src.length()) {
                    throw new RegoParseException(here(), ParseMessages.BAD_UNICODE_ESCAPE);
                }
                try {
                    sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                } catch (NumberFormatException ex) {
                    throw new RegoParseException(here(), ParseMessages.BAD_UNICODE_ESCAPE);
                }
                pos += 4;
            }
            default -> throw new RegoParseException(
                    new Location(file, line, pos - lineStart - 1), ParseMessages.illegalEscape(e));
        }
    }
}
