package dev.windlass.rego.ast;

/** {@code package a.b.c}; the path's head is the first name (not {@code data}). */
public record PackageDecl(Term.Ref path, Location location) {}
