package dev.windlass.rego.ast;

import java.util.List;

/** A query: literals that must all hold, in source order. */
public record Body(List<Literal> literals, Location location) {
    public Body {
        literals = List.copyOf(literals);
    }
}
