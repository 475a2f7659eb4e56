package dev.windlass.rego.ast;

import java.util.List;

/**
  * A rule head.
  *
  * @param kind what the rule defines
  * @param ref the rule's name as a reference ({@code p}, {@code a.b[c]}); for a partial set this
  *     excludes the member, for a partial object it includes the key as last element
  * @param args function parameters, empty for other kinds
  * @param key the set member or object key, or null
  * @param value the value term, or null when the source gives none (the value is then {@code true})
  * @param assign the operator before the value, or null when there is none
  * @param location where the head starts
  */
public record RuleHead(
        RuleKind kind, Term.Ref ref, List<Term> args, Term key, Term value, Operator assign,
        Location location) {
    public RuleHead {
        args = List.copyOf(args);
    }

    /** The rule name: the head variable of the reference. */
    public String name() {
        return ((Term.Var) ref.head()).name();
    }
}
