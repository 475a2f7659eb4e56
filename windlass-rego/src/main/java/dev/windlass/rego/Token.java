package dev.windlass.rego;

import dev.windlass.rego.ast.Location;

/** One lexical token; {@code text} holds the resolved value of string literals. */
record Token(Kind kind, String text, Location location, boolean spaceBefore, boolean newlineBefore) {

    enum Kind { IDENT, NUMBER, STRING, RAW_STRING, PUNCT, EOF }

    boolean is(String punctOrIdent) {
        return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctOrIdent);
    }

    String describe() {
        return switch (kind) {
            case EOF -> "EOF";
            case STRING, RAW_STRING -> "string";
            case NUMBER -> "number";
            default -> "`" + text + "`";
        };
    }
}
