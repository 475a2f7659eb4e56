package dev.windlass.rego.ast;

/** {@code with target as value}, replacing input, data or a function while a literal is evaluated. */
public record WithModifier(Term target, Term value, Location location) {}
