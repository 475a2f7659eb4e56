package dev.windlass.pipelines.model;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import java.util.Optional;

/**
 * Compiles a {@code when} expression's {@code cel} as Tekton's webhook does: in an environment
 * with no variables, so {@code $(…)} references must sit inside string literals.
 */
final class CelCheck {

    private static final class Holder {
        static final Cel CEL = CelFactory.standardCelBuilder().build();
    }

    private CelCheck() {
    }

    /** The compiler's complaint about {@code expression}, or empty when it compiles. */
    static Optional<String> problem(String expression) {
        CelValidationResult result = Holder.CEL.compile(expression);
        try {
            result.getAst();
            return Optional.empty();
        } catch (CelValidationException e) {
            return Optional.of(e.getMessage());
        }
    }
}
