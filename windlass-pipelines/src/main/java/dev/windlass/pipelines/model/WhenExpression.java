package dev.windlass.pipelines.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code when} guard: {@code input} {@code operator} {@code values}, or a {@code cel} expression
 * (exactly one form is set; validation says so otherwise).
 */
public record WhenExpression(String input, WhenOperator operator, List<String> values, Optional<String> cel) {

    public WhenExpression {
        values = List.copyOf(values);
    }
}
