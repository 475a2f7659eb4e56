package dev.windlass.rego;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Operator;
import dev.windlass.rego.ast.Term;
import java.util.ArrayList;
import java.util.List;

/** Parses terms and operator expressions with Rego precedence; comprehension bodies go to {@link BodyParser}. */
final class TermParser {
    private static final int LOWEST_BINARY = 2;
    private static final int HIGHEST_BINARY = 6;

    private final Cursor c;
    private final BodyParser bodies;

    TermParser(Cursor c) {
        this.c = c;
        this.bodies = new BodyParser(c, this);
    }

    BodyParser bodies() {
        return bodies;
    }

    /** An expression that may be an assignment or unification ({@code :=}, {@code =}). */
    Term parseAssign() throws RegoParseException {
        Term left = parseMembership();
        if (c.canContinue() && (c.at(":=") || c.at("="))) {
            Operator op = c.advance().text().equals(":=") ? Operator.ASSIGN : Operator.UNIFY;
            return new Term.Binary(op, left, parseMembership(), left.location());
        }
        return left;
    }

    /** {@link #parseIn}, or at the top of a literal also the key-value form {@code k, v in xs}. */
    private Term parseMembership() throws RegoParseException {
        Term first = parseIn(false);
        if (!c.atTopLevel() || !c.at(",")) {
            return first;
        }
        c.advance();
        Term value = parseRelation();
        if (!c.isKeyword(Cursor.FutureKeyword.IN)) {
            throw c.error(c.peek(), ParseMessages.expected("`in` after `key, value`", c.peek()));
        }
        c.advance();
        return new Term.KeyValueIn(first, value, parseRelation(), first.location());
    }

    /** An expression including membership ({@code x in xs}); {@code noOr} stops before a top-level {@code |}. */
    Term parseIn(boolean noOr) throws RegoParseException {
        Term left = parseBinary(LOWEST_BINARY, noOr);
        while (c.canContinue() && c.isKeyword(Cursor.FutureKeyword.IN)) {
            c.advance();
            left = new Term.Binary(Operator.IN, left, parseBinary(LOWEST_BINARY, noOr), left.location());
        }
        return left;
    }

    /** An expression of relational or tighter operators (no {@code in}, no assignment). */
    Term parseRelation() throws RegoParseException {
        return parseBinary(LOWEST_BINARY, false);
    }

    private Term parseBinary(int level, boolean noOr) throws RegoParseException {
        if (level > HIGHEST_BINARY) {
            return parseUnary();
        }
        Term left = parseBinary(level + 1, noOr);
        while (c.canContinue()) {
            Operator op = operatorAt(level);
            if (op == null || (noOr && op == Operator.OR)) {
                return left;
            }
            c.advance();
            left = new Term.Binary(op, left, parseBinary(level + 1, noOr), left.location());
        }
        return left;
    }

    private Operator operatorAt(int level) {
        Token t = c.peek();
        if (t.kind() != Token.Kind.PUNCT) {
            return null;
        }
        for (Operator op : Operator.values()) {
            if (op.precedence() == level && op.symbol().equals(t.text())) {
                return op;
            }
        }
        return null;
    }

    private Term parseUnary() throws RegoParseException {
        if (!c.at("-")) {
            return parsePostfix();
        }
        Token minus = c.advance();
        Term operand = parseUnary();
        if (operand instanceof Term.Num n && !n.text().startsWith("-")) {
            return new Term.Num("-" + n.text(), minus.location());
        }
        return new Term.Negate(operand, minus.location());
    }

    /** A primary term followed by any {@code .x}, {@code [x]} and call suffixes written without spaces. */
    Term parsePostfix() throws RegoParseException {
        Term term = parsePrimary();
        List<Term> path = new ArrayList<>();
        while (!c.peek().spaceBefore()) {
            if (c.at(".")) {
                c.advance();
                path.add(dotted());
            } else if (c.at("[")) {
                int saved = c.openBrackets();
                c.advance();
                path.add(parseIn(false));
                c.expect("]");
                c.restore(saved);
            } else if (c.at("(") && isCallable(term, path)) {
                term = parseCall(asRef(term, path));
                path = new ArrayList<>();
            } else {
                break;
            }
        }
        return path.isEmpty() ? term : asRef(term, path);
    }

    private Term dotted() throws RegoParseException {
        Token name = c.peek();
        if (name.kind() != Token.Kind.IDENT) {
            throw c.error(name, ParseMessages.expected("identifier after `.`", name));
        }
        if (name.spaceBefore()) {
            throw c.error(name, ParseMessages.SPACE_AFTER_DOT);
        }
        c.advance();
        return new Term.Str(name.text(), false, name.location());
    }

    private static boolean isCallable(Term term, List<Term> path) {
        return term instanceof Term.Var && path.stream().allMatch(p -> p instanceof Term.Str);
    }

    private static Term.Ref asRef(Term head, List<Term> path) {
        if (head instanceof Term.Ref r) {
            List<Term> all = new ArrayList<>(r.path());
            all.addAll(path);
            return new Term.Ref(r.head(), all, r.location());
        }
        return new Term.Ref(head, path, head.location());
    }

    Term parseCall(Term.Ref function) throws RegoParseException {
        int saved = c.openBrackets();
        c.advance();
        List<Term> args = items(")");
        c.restore(saved);
        return new Term.Call(function, args, function.location());
    }

    /** Comma-separated terms up to and including {@code end}; a trailing comma is allowed. */
    private List<Term> items(String end) throws RegoParseException {
        List<Term> out = new ArrayList<>();
        while (!c.accept(end)) {
            out.add(parseIn(false));
            if (!c.accept(",") && !c.at(end)) {
                throw c.error(c.peek(), ParseMessages.expected("`,` or `" + end + "`", c.peek()));
            }
        }
        return out;
    }

    private Term parsePrimary() throws RegoParseException {
        Token t = c.peek();
        switch (t.kind()) {
            case NUMBER -> {
                c.advance();
                return new Term.Num(t.text(), t.location());
            }
            case STRING, RAW_STRING -> {
                c.advance();
                return new Term.Str(t.text(), t.kind() == Token.Kind.RAW_STRING, t.location());
            }
            case IDENT -> {
                return identifier(t);
            }
            case EOF -> throw c.error(t, ParseMessages.unexpected(t));
            default -> {
                return switch (t.text()) {
                    case "(" -> parenthesized();
                    case "[" -> array();
                    case "{" -> braces();
                    default -> throw c.error(t, ParseMessages.unexpected(t));
                };
            }
        }
    }

    private Term identifier(Token t) throws RegoParseException {
        switch (t.text()) {
            case "true", "false" -> {
                c.advance();
                return new Term.Bool(t.text().equals("true"), t.location());
            }
            case "null" -> {
                c.advance();
                return new Term.Null(t.location());
            }
            case "set" -> {
                if (c.peek(1).is("(") && !c.peek(1).spaceBefore() && c.peek(2).is(")")) {
                    c.advance();
                    c.advance();
                    c.advance();
                    return new Term.SetTerm(List.of(), t.location());
                }
            }
            default -> { }
        }
        if (c.isReserved(t)) {
            throw c.error(t, ParseMessages.unexpectedKeyword(t.text()));
        }
        c.advance();
        return new Term.Var(t.text(), t.location());
    }

    private Term parenthesized() throws RegoParseException {
        int saved = c.openBrackets();
        c.advance();
        Term inner = parseIn(false);
        c.expect(")");
        c.restore(saved);
        return inner;
    }

    /**
      * {@code [...]}. As OPA, only a single term (no operators) directly followed by {@code |} may
      * head a comprehension, so {@code [x - y | z]} is an array holding {@code (x - y) | z}.
      */
    private Term array() throws RegoParseException {
        int saved = c.openBrackets();
        Token open = c.advance();
        Term result;
        if (c.accept("]")) {
            result = new Term.Array(List.of(), open.location());
        } else {
            int[] start = c.mark();
            Term head = simpleHead();
            Body body = head != null && c.at("|") ? comprehensionBody("]", open) : null;
            if (body != null) {
                result = new Term.ArrayCompr(head, body, open.location());
            } else {
                if (head == null || !(c.at(",") || c.at("]"))) {
                    c.reset(start);
                    head = parseIn(false);
                }
                result = new Term.Array(rest(head, "]"), open.location());
            }
        }
        c.restore(saved);
        return result;
    }

    /**
      * A single term with its ref and call suffixes, or null (cursor unspecified) when the next token
      * cannot start one (such as {@code -}). An error further in is rethrown: parsing the same tokens
      * again as an expression would fail the same way, and retrying at every nesting level would
      * take time exponential in the depth.
      */
    private Term simpleHead() throws RegoParseException {
        Token first = c.peek();
        try {
            return parsePostfix();
        } catch (RegoParseException notSimple) {
            if (notSimple.location().equals(first.location())) {
                return null;
            }
            throw notSimple;
        }
    }

    private List<Term> rest(Term first, String end) throws RegoParseException {
        List<Term> all = new ArrayList<>();
        all.add(first);
        if (!c.accept(",") && !c.at(end)) {
            throw c.error(c.peek(), ParseMessages.expected("`,` or `" + end + "`", c.peek()));
        }
        all.addAll(items(end));
        return all;
    }

    /** {@code {...}}: a set, object or comprehension; comprehension heads as in {@link #array()}. */
    private Term braces() throws RegoParseException {
        int saved = c.openBrackets();
        Token open = c.advance();
        Term result;
        if (c.accept("}")) {
            result = new Term.Obj(List.of(), open.location());
        } else {
            int[] start = c.mark();
            Term first = simpleHead();
            Body body = first != null && c.at("|") ? comprehensionBody("}", open) : null;
            if (body != null) {
                result = new Term.SetCompr(first, body, open.location());
            } else {
                if (first == null || !(c.at(",") || c.at("}") || c.at(":"))) {
                    c.reset(start);
                    first = parseIn(false);
                }
                result = c.accept(":") ? object(open, first) : new Term.SetTerm(rest(first, "}"), open.location());
            }
        }
        c.restore(saved);
        return result;
    }

    /**
      * After a head and {@code |}: the comprehension body up to and including {@code end}, or null
      * (with the cursor left at {@code |}) when the text is not a comprehension, so {@code |} is union.
      */
    private Body comprehensionBody(String end, Token open) throws RegoParseException {
        if (c.knownNotComprehension()) {
            return null;
        }
        int[] bar = c.mark();
        c.advance();
        try {
            Body body = bodies.parseUntil(end, open);
            c.expect(end);
            return body;
        } catch (RegoParseException notComprehension) {
            c.reset(bar);
            c.markNotComprehension();
            return null;
        }
    }

    private Term object(Token open, Term firstKey) throws RegoParseException {
        int[] start = c.mark();
        Term firstValue = simpleHead();
        Body body = firstValue != null && c.at("|") ? comprehensionBody("}", open) : null;
        if (body != null) {
            return new Term.ObjectCompr(firstKey, firstValue, body, open.location());
        }
        if (firstValue == null || !(c.at(",") || c.at("}"))) {
            c.reset(start);
            firstValue = parseIn(false);
        }
        List<Term.Entry> entries = new ArrayList<>();
        entries.add(new Term.Entry(firstKey, firstValue));
        while (c.accept(",")) {
            if (c.at("}")) {
                break;
            }
            Term key = parseIn(false);
            c.expect(":");
            entries.add(new Term.Entry(key, parseIn(false)));
        }
        c.expect("}");
        return new Term.Obj(entries, open.location());
    }
}
