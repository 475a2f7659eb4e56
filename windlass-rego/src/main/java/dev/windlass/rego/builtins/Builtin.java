package dev.windlass.rego.builtins;

import java.util.Objects;

/**
  * A built-in function: its full name ({@code count}, {@code object.get}), how many arguments it
  * takes, and its implementation.
  *
  * @param name the dotted name as called in Rego
  * @param arity the number of arguments
  * @param function the implementation
  * @param deterministic false for functions whose result may differ between calls with the same
  *     arguments ({@code rand.intn}, {@code uuid.rfc4122}, {@code time.now_ns}); the evaluator
  *     caches their results per evaluation, as OPA does
  */
public record Builtin(String name, int arity, BuiltinFunction function, boolean deterministic) {
    public Builtin {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
    }
}
