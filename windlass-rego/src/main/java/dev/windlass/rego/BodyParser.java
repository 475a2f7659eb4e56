package dev.windlass.rego;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.ast.WithModifier;
import java.util.ArrayList;
import java.util.List;

/** Parses bodies: literals separated by newlines or semicolons, with {@code some}, {@code every}, {@code not}, {@code with}. */
final class BodyParser {
    private final Cursor c;
    private final TermParser terms;

    BodyParser(Cursor c, TermParser terms) {
        this.c = c;
        this.terms = terms;
    }

    /** {@code { literals }}, consuming both braces. */
    Body parseBraced() throws RegoParseException {
        Token open = c.expect("{");
        Body body = parseUntil("}", open);
        c.expect("}");
        return body;
    }

    /** Literals up to (not including) {@code end}; {@code open} is the token that started the body. */
    Body parseUntil(String end, Token open) throws RegoParseException {
        int saved = c.openBody();
        List<Literal> literals = new ArrayList<>();
        while (!c.at(end)) {
            if (c.peek().kind() == Token.Kind.EOF) {
                throw c.error(c.peek(), ParseMessages.unexpected(c.peek(), "`" + end + "`"));
            }
            literals.add(parseLiteral());
            if (!c.accept(";") && !c.at(end) && !c.peek().newlineBefore()) {
                throw c.error(c.peek(), ParseMessages.unexpected(c.peek(), "newline, `;` or `" + end + "`"));
            }
        }
        c.restore(saved);
        if (literals.isEmpty()) {
            throw c.error(open, ParseMessages.EMPTY_BODY);
        }
        return new Body(literals, open.location());
    }

    /** A whole query: literals up to EOF, as given to an evaluator. */
    Body parseQuery() throws RegoParseException {
        Token first = c.peek();
        List<Literal> literals = new ArrayList<>();
        while (c.peek().kind() != Token.Kind.EOF) {
            literals.add(parseLiteral());
            if (!c.accept(";") && c.peek().kind() != Token.Kind.EOF && !c.peek().newlineBefore()) {
                throw c.error(c.peek(), ParseMessages.unexpected(c.peek(), "EOF, newline or `;`"));
            }
        }
        if (literals.isEmpty()) {
            throw c.error(first, ParseMessages.EMPTY_QUERY);
        }
        return new Body(literals, first.location());
    }

    /** One literal, with any trailing {@code with} modifiers. */
    Literal parseLiteral() throws RegoParseException {
        Token first = c.peek();
        if (first.is("some")) {
            c.advance();
            return some(first);
        }
        if (c.isKeyword(Cursor.FutureKeyword.EVERY)) {
            c.advance();
            return every(first);
        }
        boolean negated = first.is("not") && first.kind() == Token.Kind.IDENT;
        if (negated) {
            c.advance();
        }
        Term term = terms.parseAssign();
        return new Literal.Expr(term, negated, withModifiers(), first.location());
    }

    private List<WithModifier> withModifiers() throws RegoParseException {
        List<WithModifier> out = new ArrayList<>();
        while (c.atIdent("with")) {
            Token with = c.advance();
            Term target = terms.parsePostfix();
            if (!c.atIdent("as")) {
                throw c.error(c.peek(), ParseMessages.expected("`as`", c.peek()));
            }
            c.advance();
            out.add(new WithModifier(target, terms.parseIn(false), with.location()));
        }
        return out;
    }

    private Literal some(Token keyword) throws RegoParseException {
        List<Term> names = new ArrayList<>();
        names.add(terms.parseRelation());
        while (c.accept(",")) {
            names.add(terms.parseRelation());
        }
        if (c.isKeyword(Cursor.FutureKeyword.IN)) {
            c.advance();
            if (names.size() > 2) {
                throw c.error(keyword, ParseMessages.TOO_MANY_SOME_NAMES);
            }
            Term collection = terms.parseRelation();
            Term key = names.size() == 2 ? names.get(0) : null;
            return new Literal.SomeIn(key, names.get(names.size() - 1), collection, keyword.location());
        }
        List<Term.Var> vars = new ArrayList<>();
        for (Term t : names) {
            if (!(t instanceof Term.Var v)) {
                throw new RegoParseException(t.location(), ParseMessages.SOME_NEEDS_VARIABLE);
            }
            vars.add(v);
        }
        return new Literal.Some(vars, keyword.location());
    }

    private Literal every(Token keyword) throws RegoParseException {
        Term first = terms.parseRelation();
        Term second = c.accept(",") ? terms.parseRelation() : null;
        if (!c.isKeyword(Cursor.FutureKeyword.IN)) {
            throw c.error(c.peek(), ParseMessages.expected("`in` after `every` variables", c.peek()));
        }
        c.advance();
        Term domain = terms.parseRelation();
        Body body = parseBraced();
        Term key = second == null ? null : first;
        Term value = second == null ? first : second;
        return new Literal.Every(key, value, domain, body, keyword.location());
    }
}
