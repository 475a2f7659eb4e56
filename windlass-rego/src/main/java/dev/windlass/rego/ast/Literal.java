package dev.windlass.rego.ast;

import java.util.List;

/** One statement of a rule body or comprehension. */
public sealed interface Literal permits Literal.Expr, Literal.Some, Literal.SomeIn, Literal.Every {

    /** Where the literal starts. */
    Location location();

    /** An expression, optionally negated with {@code not}, with any {@code with} modifiers. */
    record Expr(Term term, boolean negated, List<WithModifier> with, Location location)
            implements Literal {
        public Expr {
            with = List.copyOf(with);
        }
    }

    /** {@code some x, y}: declares local variables. */
    record Some(List<Term.Var> vars, Location location) implements Literal {
        public Some {
            vars = List.copyOf(vars);
        }
    }

    /** {@code some v in xs} or {@code some k, v in xs}; {@code key} is null in the first form. */
    record SomeIn(Term key, Term value, Term collection, Location location) implements Literal {}

    /** {@code every v in xs { … }} or {@code every k, v in xs { … }}; {@code key} may be null. */
    record Every(Term key, Term value, Term domain, Body body, Location location) implements Literal {}
}
