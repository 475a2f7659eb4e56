package dev.windlass.rego;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.ElseClause;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Rule;
import dev.windlass.rego.ast.RuleHead;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.ast.WithModifier;
import java.util.List;
import java.util.stream.Collectors;

/** Renders AST nodes as compact text so grammar tests can compare shapes in one line. */
final class AstText {
    private AstText() {}

    static String body(Body body) {
        return body.literals().stream().map(AstText::literal).collect(Collectors.joining("; "));
    }

    static String rule(Rule rule) {
        RuleHead h = rule.head();
        StringBuilder sb = new StringBuilder(rule.isDefault() ? "default " : "");
        sb.append(h.kind()).append(' ').append(term(h.ref()));
        if (!h.args().isEmpty()) {
            sb.append('(').append(terms(h.args())).append(')');
        }
        if (h.key() != null) {
            sb.append(" key=").append(term(h.key()));
        }
        if (h.value() != null) {
            sb.append(' ').append(h.assign().symbol()).append(' ').append(term(h.value()));
        }
        if (rule.body() != null) {
            sb.append(" if { ").append(body(rule.body())).append(" }");
        }
        for (ElseClause e : rule.elses()) {
            sb.append(" else");
            if (e.value() != null) {
                sb.append(' ').append(e.assign().symbol()).append(' ').append(term(e.value()));
            }
            if (e.body() != null) {
                sb.append(" { ").append(body(e.body())).append(" }");
            }
        }
        return sb.toString();
    }

    static String literal(Literal literal) {
        if (literal instanceof Literal.Expr e) {
            String with = e.with().stream().map(AstText::with).collect(Collectors.joining());
            return (e.negated() ? "not " : "") + term(e.term()) + with;
        }
        if (literal instanceof Literal.Some s) {
            return "some " + terms(List.copyOf(s.vars()));
        }
        if (literal instanceof Literal.SomeIn s) {
            return "some " + (s.key() == null ? "" : term(s.key()) + ", ") + term(s.value()) + " in " + term(s.collection());
        }
        Literal.Every e = (Literal.Every) literal;
        return "every " + (e.key() == null ? "" : term(e.key()) + ", ") + term(e.value()) + " in " + term(e.domain())
                + " { " + body(e.body()) + " }";
    }

    private static String with(WithModifier w) {
        return " with " + term(w.target()) + " as " + term(w.value());
    }

    static String terms(List<? extends Term> terms) {
        return terms.stream().map(AstText::term).collect(Collectors.joining(", "));
    }

    static String term(Term t) {
        if (t instanceof Term.Null) {
            return "null";
        }
        if (t instanceof Term.Bool b) {
            return String.valueOf(b.value());
        }
        if (t instanceof Term.Num n) {
            return n.text();
        }
        if (t instanceof Term.Str s) {
            return (s.raw() ? "r" : "") + "\"" + s.value().replace("\n", "\\n").replace("\t", "\\t") + "\"";
        }
        if (t instanceof Term.Var v) {
            return v.name();
        }
        if (t instanceof Term.Ref r) {
            return term(r.head()) + r.path().stream().map(AstText::pathElement).collect(Collectors.joining());
        }
        return composite(t);
    }

    private static String pathElement(Term p) {
        if (p instanceof Term.Str s && s.value().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return "." + s.value();
        }
        return "[" + term(p) + "]";
    }

    private static String composite(Term t) {
        if (t instanceof Term.Array a) {
            return "[" + terms(a.items()) + "]";
        }
        if (t instanceof Term.SetTerm s) {
            return s.items().isEmpty() ? "set()" : "{" + terms(s.items()) + "}";
        }
        if (t instanceof Term.Obj o) {
            return "{" + o.entries().stream().map(e -> term(e.key()) + ": " + term(e.value()))
                    .collect(Collectors.joining(", ")) + "}";
        }
        if (t instanceof Term.ArrayCompr c) {
            return "[" + term(c.head()) + " | " + body(c.body()) + "]";
        }
        if (t instanceof Term.SetCompr c) {
            return "{" + term(c.head()) + " | " + body(c.body()) + "}";
        }
        if (t instanceof Term.ObjectCompr c) {
            return "{" + term(c.key()) + ": " + term(c.value()) + " | " + body(c.body()) + "}";
        }
        if (t instanceof Term.Call c) {
            return term(c.function()) + "(" + terms(c.args()) + ")";
        }
        if (t instanceof Term.Binary b) {
            return "(" + b.op().symbol() + " " + term(b.left()) + " " + term(b.right()) + ")";
        }
        if (t instanceof Term.KeyValueIn k) {
            return "(in " + term(k.key()) + " " + term(k.value()) + " " + term(k.collection()) + ")";
        }
        return "(neg " + term(((Term.Negate) t).operand()) + ")";
    }
}
