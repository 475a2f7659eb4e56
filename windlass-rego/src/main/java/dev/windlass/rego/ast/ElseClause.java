package dev.windlass.rego.ast;

/** {@code else [:= value] [if] { body }}; {@code value} null means {@code true}. */
public record ElseClause(Term value, Operator assign, Body body, Location location) {}
