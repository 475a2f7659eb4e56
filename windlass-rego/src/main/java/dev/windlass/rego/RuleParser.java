package dev.windlass.rego;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.ElseClause;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Operator;
import dev.windlass.rego.ast.RegoVersion;
import dev.windlass.rego.ast.Rule;
import dev.windlass.rego.ast.RuleHead;
import dev.windlass.rego.ast.RuleKind;
import dev.windlass.rego.ast.Term;
import java.util.ArrayList;
import java.util.List;

/** Parses one rule: {@code default}, head, optional {@code if} body, and an {@code else} chain. */
final class RuleParser {
    private final Cursor c;
    private final TermParser terms;

    RuleParser(Cursor c, TermParser terms) {
        this.c = c;
        this.terms = terms;
    }

    /** One rule, or several when a v0 rule has more than one body ({@code p { a } { b }}). */
    List<Rule> parse() throws RegoParseException {
        Token start = c.peek();
        boolean isDefault = c.atIdent("default");
        if (isDefault) {
            c.advance();
        }
        RuleHead head = head();
        if (isDefault) {
            if (head.value() == null) {
                throw c.error(c.peek(), ParseMessages.defaultNeedsValue(head.name()));
            }
            DefaultValueCheck.check(head.value());
            return List.of(new Rule(true, head, null, List.of(), start.location()));
        }
        Body body = body();
        if (body == null && head.value() == null && head.kind() != RuleKind.PARTIAL_SET) {
            throw c.error(c.peek(), ParseMessages.NO_BODY_OR_VALUE);
        }
        List<ElseClause> elses = new ArrayList<>();
        while (c.atIdent("else")) {
            elses.add(elseClause());
        }
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule(false, head, body, elses, start.location()));
        while (body != null && elses.isEmpty() && c.version() == RegoVersion.V0 && c.at("{")) {
            Token open = c.peek();
            rules.add(new Rule(false, head, terms.bodies().parseBraced(), List.of(), open.location()));
        }
        return rules;
    }

    private RuleHead head() throws RegoParseException {
        Token start = c.peek();
        if (start.kind() != Token.Kind.IDENT || c.isReserved(start)) {
            throw c.error(start, ParseMessages.unexpected(start, "a rule name"));
        }
        Term term = terms.parsePostfix();
        boolean bracketLast = c.previous().is("]");
        if (c.at("(") && (term instanceof Term.Var || term instanceof Term.Ref)) {
            term = terms.parseCall(term instanceof Term.Ref r ? r : new Term.Ref(term, List.of(), term.location()));
        }
        if (term instanceof Term.Call call) {
            Operator assign = assignOp();
            Term value = assign == null ? null : terms.parseIn(false);
            return new RuleHead(RuleKind.FUNCTION, call.function(), call.args(), null, value, assign, start.location());
        }
        Term.Ref ref = term instanceof Term.Var v ? new Term.Ref(v, List.of(), v.location()) : (Term.Ref) term;
        if (!(ref.head() instanceof Term.Var)) {
            throw c.error(start, ParseMessages.INVALID_RULE_HEAD);
        }
        if (c.isKeyword(Cursor.FutureKeyword.CONTAINS)) {
            c.advance();
            Term member = terms.parseIn(false);
            return new RuleHead(RuleKind.PARTIAL_SET, ref, List.of(), member, null, null, start.location());
        }
        return refHead(start, ref, bracketLast);
    }

    /** A head that is a reference, optionally with a value: complete, partial object, or v0 partial set. */
    private RuleHead refHead(Token start, Term.Ref ref, boolean bracketLast) throws RegoParseException {
        Operator assign = assignOp();
        Term value = assign == null ? null : terms.parseIn(false);
        Term last = ref.path().isEmpty() ? null : ref.path().get(ref.path().size() - 1);
        boolean v0Set = c.version() == RegoVersion.V0 && bracketLast && value == null;
        if (!v0Set && (last == null || last instanceof Term.Str)) {
            return new RuleHead(RuleKind.COMPLETE, ref, List.of(), null, value, assign, start.location());
        }
        if (value != null) {
            return new RuleHead(RuleKind.PARTIAL_OBJECT, ref, List.of(), last, value, assign, start.location());
        }
        if (c.version() == RegoVersion.V1) {
            if (!c.isKeyword(Cursor.FutureKeyword.IF)) {
                throw c.error(c.peek(), ParseMessages.CONTAINS_REQUIRED);
            }
            return new RuleHead(RuleKind.PARTIAL_OBJECT, ref, List.of(), last, null, null, start.location());
        }
        Term.Ref set = new Term.Ref(ref.head(), ref.path().subList(0, ref.path().size() - 1), ref.location());
        return new RuleHead(RuleKind.PARTIAL_SET, set, List.of(), last, null, null, start.location());
    }

    private Operator assignOp() {
        if (c.at(":=")) {
            c.advance();
            return Operator.ASSIGN;
        }
        if (c.at("=")) {
            c.advance();
            return Operator.UNIFY;
        }
        return null;
    }

    /** The body after a head or {@code else}: {@code if {…}}, {@code if literal}, v0's {@code {…}}, or none. */
    private Body body() throws RegoParseException {
        if (c.isKeyword(Cursor.FutureKeyword.IF)) {
            Token kw = c.advance();
            if (c.at("{")) {
                return bracedOrLiteral(kw);
            }
            return singleLiteral(kw);
        }
        if (c.at("{")) {
            if (c.version() == RegoVersion.V1) {
                throw c.error(c.peek(), ParseMessages.IF_REQUIRED);
            }
            return terms.bodies().parseBraced();
        }
        return null;
    }

    /**
      * {@code if {…}}: as OPA, first read as one literal, kept unless it is a set literal (so
      * {@code if { 1 | 1 }} is a set comprehension and {@code if { 1: 2 | true }} an object
      * comprehension); otherwise a braced body.
      */
    private Body bracedOrLiteral(Token kw) throws RegoParseException {
        int[] mark = c.mark();
        if (!c.peek(1).is("}")) {
            try {
                Body literal = singleLiteral(kw);
                if (!(literal.literals().get(0) instanceof Literal.Expr e && e.term() instanceof Term.SetTerm)) {
                    return literal;
                }
            } catch (RegoParseException notALiteral) {
                // read as a braced body below
            }
            c.reset(mark);
        }
        return terms.bodies().parseBraced();
    }

    private Body singleLiteral(Token kw) throws RegoParseException {
        int saved = c.openBody();
        Literal literal = terms.bodies().parseLiteral();
        c.restore(saved);
        return new Body(List.of(literal), kw.location());
    }

    private ElseClause elseClause() throws RegoParseException {
        Token kw = c.advance();
        Operator assign = assignOp();
        Term value = assign == null ? null : terms.parseIn(false);
        Body body = body();
        return new ElseClause(value, assign, body, kw.location());
    }
}
