package dev.windlass.rego.ast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A Rego term: a scalar, variable, reference, collection, comprehension, call or operator expression. */
public sealed interface Term
        permits Term.Null, Term.Bool, Term.Num, Term.Str, Term.Var, Term.Ref, Term.Array, Term.Obj,
                Term.SetTerm, Term.ArrayCompr, Term.SetCompr, Term.ObjectCompr, Term.Call, Term.Binary,
                Term.Negate, Term.KeyValueIn {

    /** Where the term starts. */
    Location location();

    /** {@code null}. */
    record Null(Location location) implements Term {}

    /** {@code true} or {@code false}. */
    record Bool(boolean value, Location location) implements Term {}

    /** A number literal, kept as its source text so no precision is lost. */
    record Num(String text, Location location) implements Term {
        /** The value as an exact decimal. */
        public BigDecimal value() {
            return new BigDecimal(text);
        }
    }

    /** A string literal with escapes resolved; {@code raw} marks a back-quoted string. */
    record Str(String value, boolean raw, Location location) implements Term {}

    /** A variable; {@code _} is the wildcard. */
    record Var(String name, Location location) implements Term {
        /** Whether this is the anonymous {@code _}. */
        public boolean isWildcard() {
            return name.equals("_");
        }
    }

    /**
      * A reference: a head term followed by path elements. A dotted element {@code .b} is a
      * {@link Str}; a bracketed element {@code [x]} is any term.
      */
    record Ref(Term head, List<Term> path, Location location) implements Term {
        public Ref {
            Objects.requireNonNull(head, "head");
            path = List.copyOf(path);
        }
    }

    /** {@code [a, b]}. */
    record Array(List<Term> items, Location location) implements Term {
        public Array {
            items = List.copyOf(items);
        }
    }

    /** One {@code key: value} pair of an object literal. */
    record Entry(Term key, Term value) {}

    /** {@code {"k": v}}; entries in source order. */
    record Obj(List<Entry> entries, Location location) implements Term {
        public Obj {
            entries = List.copyOf(entries);
        }
    }

    /** {@code {a, b}}, or {@code set()} when empty. */
    record SetTerm(List<Term> items, Location location) implements Term {
        public SetTerm {
            items = List.copyOf(items);
        }
    }

    /** {@code [head | body]}. */
    record ArrayCompr(Term head, Body body, Location location) implements Term {}

    /** {@code {head | body}}. */
    record SetCompr(Term head, Body body, Location location) implements Term {}

    /** {@code {key: value | body}}. */
    record ObjectCompr(Term key, Term value, Body body, Location location) implements Term {}

    /** A function call such as {@code count(x)} or {@code object.get(o, "k", null)}. */
    record Call(Ref function, List<Term> args, Location location) implements Term {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** An infix operator expression; {@code :=} and {@code =} appear only at the top of a literal. */
    record Binary(Operator op, Term left, Term right, Location location) implements Term {}

    /** Key-value membership {@code k, v in xs}, allowed only at the top of a literal. */
    record KeyValueIn(Term key, Term value, Term collection, Location location) implements Term {}

    /** Unary minus on a non-literal operand, such as {@code -x}; {@code -1} is a {@link Num}. */
    record Negate(Term operand, Location location) implements Term {}
}
