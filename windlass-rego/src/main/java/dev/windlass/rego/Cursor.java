package dev.windlass.rego;

import dev.windlass.rego.ast.Location;
import dev.windlass.rego.ast.RegoVersion;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Position in the token list, plus the parse settings that change while reading a module. */
final class Cursor {
    /** Keywords that {@code import future.keywords} can switch on. */
    enum FutureKeyword { IN, EVERY, IF, CONTAINS }

    private static final Set<String> ALWAYS_RESERVED =
            Set.of("package", "import", "as", "default", "else", "not", "some", "with", "true", "false", "null");
    private static final int MAX_DEPTH = 128;

    private final List<Token> tokens;
    private final RegoVersion version;
    private final EnumSet<FutureKeyword> keywords;
    private final Set<Integer> notComprehensions = new HashSet<>();
    private int pos;
    private int nesting;
    private int depth;

    Cursor(List<Token> tokens, RegoVersion version) {
        this.tokens = tokens;
        this.version = version;
        this.keywords = version == RegoVersion.V1 ? EnumSet.allOf(FutureKeyword.class) : EnumSet.noneOf(FutureKeyword.class);
    }

    RegoVersion version() {
        return version;
    }

    void enable(FutureKeyword keyword) {
        keywords.add(keyword);
    }

    boolean isKeyword(Token t, FutureKeyword keyword) {
        return t.kind() == Token.Kind.IDENT && keywords.contains(keyword) && t.text().equals(keyword.name().toLowerCase());
    }

    boolean isKeyword(FutureKeyword keyword) {
        return isKeyword(peek(), keyword);
    }

    /** Whether an identifier is reserved and so cannot name a variable. */
    boolean isReserved(Token t) {
        if (t.kind() != Token.Kind.IDENT) {
            return false;
        }
        if (ALWAYS_RESERVED.contains(t.text())) {
            return true;
        }
        for (FutureKeyword k : keywords) {
            if (isKeyword(t, k)) {
                return true;
            }
        }
        return false;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    /** The token before the current one (the current one at the start). */
    Token previous() {
        return tokens.get(Math.max(pos - 1, 0));
    }

    Token advance() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.EOF) {
            pos++;
        }
        return t;
    }

    boolean at(String punct) {
        return peek().kind() == Token.Kind.PUNCT && peek().text().equals(punct);
    }

    boolean atIdent(String word) {
        return peek().kind() == Token.Kind.IDENT && peek().text().equals(word);
    }

    boolean accept(String punct) {
        if (at(punct)) {
            advance();
            return true;
        }
        return false;
    }

    Token expect(String punct) throws RegoParseException {
        if (!at(punct)) {
            throw error(peek(), ParseMessages.expected("`" + punct + "`", peek()));
        }
        return advance();
    }

    /** Whether an operator on the next token may continue the current expression. */
    boolean canContinue() {
        return nesting > 0 || !peek().newlineBefore();
    }

    /** Whether the cursor is outside any brackets of the current body or rule. */
    boolean atTopLevel() {
        return nesting == 0;
    }

    /** Enters brackets, where newlines do not end an expression; returns the saved level. */
    int openBrackets() throws RegoParseException {
        enter();
        return nesting++;
    }

    /** Enters a body, where newlines separate literals again; returns the saved level. */
    int openBody() throws RegoParseException {
        enter();
        int saved = nesting;
        nesting = 0;
        return saved;
    }

    void restore(int saved) {
        nesting = saved;
        depth--;
    }

    private void enter() throws RegoParseException {
        if (++depth > MAX_DEPTH) {
            throw error(peek(), ParseMessages.tooDeep(MAX_DEPTH));
        }
    }

    /** Saves the position for {@link #reset}, to try one reading and fall back to another. */
    int[] mark() {
        return new int[] {pos, nesting, depth};
    }

    void reset(int[] mark) {
        pos = mark[0];
        nesting = mark[1];
        depth = mark[2];
    }

    /**
      * Remembers that the {@code |} at the current token does not start a comprehension body, so
      * nested retries stay linear instead of doubling at every level.
      */
    void markNotComprehension() {
        notComprehensions.add(pos);
    }

    boolean knownNotComprehension() {
        return notComprehensions.contains(pos);
    }

    RegoParseException error(Token t, String message) {
        return new RegoParseException(t.location(), message);
    }

    Location loc() {
        return peek().location();
    }
}
