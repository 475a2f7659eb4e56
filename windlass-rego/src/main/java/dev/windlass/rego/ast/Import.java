package dev.windlass.rego.ast;

/** {@code import path [as alias]}; {@code alias} is null when absent. */
public record Import(Term.Ref path, String alias, Location location) {}
