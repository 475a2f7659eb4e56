package dev.windlass.gotemplate;

import static dev.windlass.gotemplate.TrimMarkers.hasLeftTrimMarker;
import static dev.windlass.gotemplate.TrimMarkers.hasRightTrimMarker;
import static dev.windlass.gotemplate.TrimMarkers.leftTrimLength;
import static dev.windlass.gotemplate.TrimMarkers.rightTrimLength;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits template text into {@link Item}s with the rules of Go's {@code text/template/parse} lexer:
 * delimiters, trim markers ({@code {{- } and {@code  -}}}), comments, and the tokens inside actions.
 * The whole text is lexed up front; a lexing error ends the list with an {@link ItemType#ERROR} item.
 */
final class Lexer {

    private static final String LEFT_COMMENT = "/*";
    private static final String RIGHT_COMMENT = "*/";
    private static final int TRIM_MARKER_LEN = 2;
    private static final int EOF = -1;

    private final String input;
    private final String leftDelim;
    private final String rightDelim;
    private final boolean breakOk;
    private final boolean continueOk;
    private final List<Item> items = new ArrayList<>();
    private final LineIndex lines;
    private int pos;
    private int start;
    private int width;
    private int parenDepth;

    private enum State { TEXT, LEFT_DELIM, INSIDE, DONE }

    Lexer(String input, String leftDelim, String rightDelim, boolean breakOk, boolean continueOk) {
        this.input = input;
        this.leftDelim = leftDelim.isEmpty() ? "{{" : leftDelim;
        this.rightDelim = rightDelim.isEmpty() ? "}}" : rightDelim;
        this.breakOk = breakOk;
        this.continueOk = continueOk;
        this.lines = new LineIndex(input);
    }

    /** Lexes the whole input. */
    List<Item> lex() {
        State state = State.TEXT;
        while (state != State.DONE) {
            state = switch (state) {
                case TEXT -> lexText();
                case LEFT_DELIM -> lexLeftDelim();
                case INSIDE -> lexInsideAction();
                case DONE -> State.DONE;
            };
        }
        return items;
    }

    private int next() {
        if (pos >= input.length()) {
            width = 0;
            return EOF;
        }
        int r = input.codePointAt(pos);
        width = Character.charCount(r);
        pos += width;
        return r;
    }

    private int peek() {
        int r = next();
        backup();
        return r;
    }

    private void backup() {
        pos -= width;
        width = 0;
    }

    private void emit(ItemType type) {
        items.add(new Item(type, start, input.substring(start, pos), lines.lineAt(start)));
        start = pos;
    }

    private void ignore() {
        start = pos;
    }

    private State errorf(String message) {
        items.add(new Item(ItemType.ERROR, start, message, lines.lineAt(start)));
        return State.DONE;
    }

    private State lexText() {
        int x = input.indexOf(leftDelim, pos);
        if (x < 0) {
            pos = input.length();
            if (pos > start) {
                emit(ItemType.TEXT);
            }
            emit(ItemType.EOF);
            return State.DONE;
        }
        if (x > pos) {
            pos = x;
            int trim = hasLeftTrimMarker(input, x + leftDelim.length()) ? rightTrimLength(input, start, pos) : 0;
            pos -= trim;
            if (pos > start) {
                emit(ItemType.TEXT);
            }
            pos += trim;
            ignore();
        }
        return State.LEFT_DELIM;
    }

    /** 0 when not at a right delimiter, 1 when at one, 2 when at one with a trim marker. */
    private int atRightDelim() {
        if (hasRightTrimMarker(input, pos) && input.startsWith(rightDelim, pos + TRIM_MARKER_LEN)) {
            return 2;
        }
        return input.startsWith(rightDelim, pos) ? 1 : 0;
    }

    private State lexLeftDelim() {
        pos += leftDelim.length();
        int afterMarker = hasLeftTrimMarker(input, pos) ? TRIM_MARKER_LEN : 0;
        if (input.startsWith(LEFT_COMMENT, pos + afterMarker)) {
            pos += afterMarker;
            ignore();
            return lexComment();
        }
        emit(ItemType.LEFT_DELIM);
        pos += afterMarker;
        ignore();
        parenDepth = 0;
        return State.INSIDE;
    }

    private State lexComment() {
        pos += LEFT_COMMENT.length();
        int x = input.indexOf(RIGHT_COMMENT, pos);
        if (x < 0) {
            return errorf("unclosed comment");
        }
        pos = x + RIGHT_COMMENT.length();
        int delim = atRightDelim();
        if (delim == 0) {
            return errorf("comment ends before closing delimiter");
        }
        if (delim == 2) {
            pos += TRIM_MARKER_LEN;
        }
        pos += rightDelim.length();
        if (delim == 2) {
            pos += leftTrimLength(input, pos);
        }
        ignore();
        return State.TEXT;
    }

    private State lexRightDelim() {
        boolean trim = atRightDelim() == 2;
        if (trim) {
            pos += TRIM_MARKER_LEN;
            ignore();
        }
        pos += rightDelim.length();
        emit(ItemType.RIGHT_DELIM);
        if (trim) {
            pos += leftTrimLength(input, pos);
            ignore();
        }
        return State.TEXT;
    }

    private State lexInsideAction() {
        if (atRightDelim() != 0) {
            return parenDepth == 0 ? lexRightDelim() : errorf("unclosed left paren");
        }
        int r = next();
        if (r == EOF) {
            return errorf("unclosed action");
        }
        if (isSpace(r)) {
            backup();
            return lexSpace();
        }
        switch (r) {
            case '=' -> emit(ItemType.ASSIGN);
            case ':' -> {
                if (next() != '=') {
                    return errorf("expected :=");
                }
                emit(ItemType.DECLARE);
            }
            case '|' -> emit(ItemType.PIPE);
            case '"' -> {
                return lexQuote();
            }
            case '`' -> {
                return lexRawQuote();
            }
            case '$' -> {
                return lexVariable();
            }
            case '\'' -> {
                return lexChar();
            }
            case '(' -> {
                emit(ItemType.LEFT_PAREN);
                parenDepth++;
            }
            case ')' -> {
                parenDepth--;
                if (parenDepth < 0) {
                    return errorf("unexpected right paren");
                }
                emit(ItemType.RIGHT_PAREN);
            }
            default -> {
                return lexOther(r);
            }
        }
        return State.INSIDE;
    }

    private State lexOther(int r) {
        if (r == '.' && pos < input.length()) {
            char c = input.charAt(pos);
            if (c < '0' || c > '9') {
                return lexFieldOrVariable(ItemType.FIELD);
            }
        }
        if (r == '.' || r == '+' || r == '-' || (r >= '0' && r <= '9')) {
            backup();
            return lexNumber();
        }
        if (isAlphaNumeric(r)) {
            backup();
            return lexIdentifier();
        }
        if (r <= 0x7f && GoQuote.isPrint(r)) {
            emit(ItemType.CHAR);
            return State.INSIDE;
        }
        return errorf("unrecognized character in action: " + GoQuote.unicode(r));
    }

    private State lexSpace() {
        int spaces = 0;
        while (isSpace(peek())) {
            next();
            spaces++;
        }
        if (hasRightTrimMarker(input, pos - 1) && input.startsWith(rightDelim, pos - 1 + TRIM_MARKER_LEN)) {
            backup0();
            if (spaces == 1) {
                return lexRightDelim();
            }
        }
        emit(ItemType.SPACE);
        return State.INSIDE;
    }

    private void backup0() {
        pos--;
    }

    private State lexIdentifier() {
        int r;
        do {
            r = next();
        } while (isAlphaNumeric(r));
        backup();
        String word = input.substring(start, pos);
        if (!atTerminator()) {
            return errorf("bad character " + GoQuote.unicode(r));
        }
        ItemType key = ItemType.keyword(word);
        if (key != null && key != ItemType.DOT) {
            boolean disabled = key == ItemType.BREAK && !breakOk || key == ItemType.CONTINUE && !continueOk;
            emit(disabled ? ItemType.IDENTIFIER : key);
        } else if (word.equals("true") || word.equals("false")) {
            emit(ItemType.BOOL);
        } else {
            emit(ItemType.IDENTIFIER);
        }
        return State.INSIDE;
    }

    private State lexVariable() {
        if (atTerminator()) {
            emit(ItemType.VARIABLE);
            return State.INSIDE;
        }
        return lexFieldOrVariable(ItemType.VARIABLE);
    }

    private State lexFieldOrVariable(ItemType type) {
        if (atTerminator()) {
            emit(type == ItemType.VARIABLE ? ItemType.VARIABLE : ItemType.DOT);
            return State.INSIDE;
        }
        int r;
        do {
            r = next();
        } while (isAlphaNumeric(r));
        backup();
        if (!atTerminator()) {
            return errorf("bad character " + GoQuote.unicode(r));
        }
        emit(type);
        return State.INSIDE;
    }

    private boolean atTerminator() {
        int r = peek();
        if (r == EOF || isSpace(r)) {
            return true;
        }
        switch (r) {
            case '.', ',', '|', ':', ')', '(' -> {
                return true;
            }
            default -> {
                return r == rightDelim.codePointAt(0);
            }
        }
    }

    private State lexChar() {
        return lexQuoted('\'', ItemType.CHAR_CONSTANT, "unterminated character constant");
    }

    private State lexQuote() {
        return lexQuoted('"', ItemType.STRING, "unterminated quoted string");
    }

    private State lexQuoted(char quote, ItemType type, String unterminated) {
        int end = LexLiterals.quoted(input, pos, quote);
        if (end < 0) {
            return errorf(unterminated);
        }
        pos = end;
        emit(type);
        return State.INSIDE;
    }

    private State lexNumber() {
        int end = LexLiterals.number(input, pos);
        if (end < 0) {
            pos = -end - 1;
            return errorf("bad number syntax: " + GoQuote.quote(input.substring(start, pos)));
        }
        pos = end;
        if (pos < input.length() && (input.charAt(pos) == '+' || input.charAt(pos) == '-')) {
            int complexEnd = LexLiterals.number(input, pos);
            pos = complexEnd < 0 ? -complexEnd - 1 : complexEnd;
            if (complexEnd < 0 || input.charAt(pos - 1) != 'i') {
                return errorf("bad number syntax: " + GoQuote.quote(input.substring(start, pos)));
            }
            emit(ItemType.COMPLEX);
        } else {
            emit(ItemType.NUMBER);
        }
        return State.INSIDE;
    }

    private State lexRawQuote() {
        int end = input.indexOf('`', pos);
        if (end < 0) {
            return errorf("unterminated raw quoted string");
        }
        pos = end + 1;
        emit(ItemType.RAW_STRING);
        return State.INSIDE;
    }

    static boolean isSpace(int r) {
        return r == ' ' || r == '\t' || r == '\r' || r == '\n';
    }

    static boolean isAlphaNumeric(int r) {
        return r == '_' || (r != EOF && (Character.isLetter(r) || Character.isDigit(r)));
    }
}
