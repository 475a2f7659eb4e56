package dev.windlass.rego;

import dev.windlass.rego.ast.Location;

/**
  * One compile problem.
  *
  * @param location where it is
  * @param code OPA's error code: {@code rego_compile_error}, {@code rego_type_error},
  *     {@code rego_unsafe_var_error}, {@code rego_recursion_error}
  * @param message what is wrong, in OPA's words where OPA has them
  */
public record CompileError(Location location, String code, String message) {
    @Override
    public String toString() {
        return location + ": " + code + ": " + message;
    }
}
