package dev.windlass.rego.ast;

/** What a rule head defines. */
public enum RuleKind {
    /** {@code p := v}, {@code p if …}, {@code a.b.c = v}: one value. */
    COMPLETE,
    /** {@code p contains x} or v0's {@code p[x] { … }}: set members. */
    PARTIAL_SET,
    /** {@code p[k] := v}: object entries keyed by a computed term. */
    PARTIAL_OBJECT,
    /** {@code f(x) := y}. */
    FUNCTION
}
