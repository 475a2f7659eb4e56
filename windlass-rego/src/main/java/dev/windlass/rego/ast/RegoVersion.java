package dev.windlass.rego.ast;

/** The Rego syntax a module was parsed with. */
public enum RegoVersion {
    /** Pre-1.0 syntax: {@code if}, {@code contains}, {@code in}, {@code every} only after {@code import future.keywords}. */
    V0,
    /** Rego v1 (OPA 1.0, or {@code import rego.v1}): all keywords on, {@code if} and {@code contains} required. */
    V1
}
