package dev.windlass.rego.builtins;

import dev.windlass.rego.value.Value;
import java.util.List;

/** The implementation of one built-in function. */
@FunctionalInterface
public interface BuiltinFunction {
    /**
      * Applies the function to evaluated arguments.
      *
      * @return the result, or {@code null} when the call is undefined
      * @throws BuiltinException for a type error or a failing call, with OPA's message
      */
    Value apply(BuiltinContext context, List<Value> args) throws BuiltinException;
}
