package dev.windlass.gotemplate;

import java.util.List;
import java.util.Objects;

/**
 * A function of a template's function map: its name, Go signature and body.
 *
 * @param name     the name templates call it by
 * @param params   the fixed parameters' types
 * @param variadic the type of the trailing {@code ...T} parameter, or {@code null} when not variadic
 * @param body     the implementation
 */
public record GoFunc(String name, List<GoType> params, GoType variadic, GoFunction body) {

    public GoFunc {
        Objects.requireNonNull(name, "name");
        params = List.copyOf(params);
        Objects.requireNonNull(body, "body");
    }

    /** A function with exactly the given parameters. */
    public static GoFunc of(String name, GoFunction body, GoType... params) {
        return new GoFunc(name, List.of(params), null, body);
    }

    /** A function with the given fixed parameters followed by any number of {@code variadic} ones. */
    public static GoFunc variadic(String name, GoType variadic, GoFunction body, GoType... fixed) {
        return new GoFunc(name, List.of(fixed), variadic, body);
    }

    public boolean isVariadic() {
        return variadic != null;
    }
}
