package dev.windlass.render.jsonnet;

import java.util.Objects;

/**
 * One external variable or top-level argument of Argo CD's {@code directory.jsonnet}
 * ({@code extVars[]}, {@code tlas[]}): a name, a value, and whether the value is Jsonnet code
 * ({@code code: true}) or a plain string.
 *
 * @param name  the variable's name, as {@code std.extVar(name)} or the top-level function's parameter sees it
 * @param value the string, or the Jsonnet code when {@code code} is true
 * @param code  whether {@code value} is evaluated as Jsonnet ({@code --ext-code}) rather than passed as a string
 */
public record JsonnetVariable(String name, String value, boolean code) {

    public JsonnetVariable {
        Objects.requireNonNull(name, "name");
        value = value == null ? "" : value;
    }

    /** A string variable ({@code code: false}). */
    public static JsonnetVariable string(String name, String value) {
        return new JsonnetVariable(name, value, false);
    }

    /** A code variable ({@code code: true}). */
    public static JsonnetVariable code(String name, String value) {
        return new JsonnetVariable(name, value, true);
    }
}
