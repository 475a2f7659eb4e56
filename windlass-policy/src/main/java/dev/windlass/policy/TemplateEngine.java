package dev.windlass.policy;

import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import java.util.List;

/** A compiled template's code: evaluates one constraint's input to its violations. */
interface TemplateEngine {

    /** One result of the template: {@code msg} and {@code details} (plain Java data or null). */
    record Result(String message, Object details) {
    }

    /**
      * Evaluates {@code input} ({@code {"review": ..., "parameters": ...}}) with {@code inventory}
      * as {@code data.inventory}.
      *
      * @throws PolicyException when evaluation fails, with a message saying why
      */
    List<Result> evaluate(Value input, ObjectValue inventory) throws PolicyException;
}
