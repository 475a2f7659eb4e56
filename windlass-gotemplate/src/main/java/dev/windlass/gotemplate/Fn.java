package dev.windlass.gotemplate;

import java.util.List;

/**
 * A callable seen by the executor: a function-map entry, a built-in or a {@link GoObject} method.
 *
 * @param name     the name it is called by
 * @param params   the fixed parameters' types
 * @param variadic the trailing {@code ...T} type, or {@code null}
 * @param body     the implementation
 * @param raw      whether its parameters are Go's {@code reflect.Value}: arguments arrive unconverted,
 *                 a missing value as {@link Sentinel#NO_VALUE}
 * @param builtin  whether it is one of text/template's built-ins (not overridden)
 */
record Fn(String name, List<GoType> params, GoType variadic, GoFunction body, boolean raw, boolean builtin) {

    static Fn of(GoFunc func) {
        return new Fn(func.name(), func.params(), func.variadic(), func.body(), false, false);
    }

    boolean isVariadic() {
        return variadic != null;
    }

    /** Go's {@code NumIn}: fixed parameters plus one for the variadic slice. */
    int numIn() {
        return params.size() + (isVariadic() ? 1 : 0);
    }
}
