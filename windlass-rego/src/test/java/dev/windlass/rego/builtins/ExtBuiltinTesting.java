package dev.windlass.rego.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Calls the extended built-ins of the standard table directly, with a fixed clock. */
final class ExtBuiltinTesting {
    static final Instant NOW = Instant.parse("2024-03-05T10:20:30.123456789Z");

    private ExtBuiltinTesting() {}

    /** A context with a fixed clock and a fresh evaluation cache. */
    static BuiltinContext context() {
        return context(NOW);
    }

    /** A context whose clock reads {@code now}. */
    static BuiltinContext context(Instant now) {
        return BuiltinTesting.context(now);
    }

    /** A value from JSON text. */
    static Value json(String text) {
        return BuiltinTesting.json(text);
    }

    static Value str(String s) {
        return StringValue.of(s);
    }

    /** Arguments from JSON texts. */
    static List<Value> args(String... jsonArgs) {
        List<Value> out = new ArrayList<>();
        for (String a : jsonArgs) {
            out.add(json(a));
        }
        return out;
    }

    static Value call(String name, Value... args) throws BuiltinException {
        return call(context(), name, args);
    }

    static Value call(BuiltinContext context, String name, Value... args) throws BuiltinException {
        return BuiltinTesting.call(context, name, args);
    }

    /** Calls with JSON-text arguments and returns the result as compact JSON (null when undefined). */
    static String callJson(String name, String... jsonArgs) throws BuiltinException {
        Value v = call(name, args(jsonArgs).toArray(new Value[0]));
        return v == null ? null : Values.toJson(v);
    }

    /** The error a call raises. */
    static BuiltinException error(String name, Value... args) {
        BuiltinException e = catchThrowableOfType(BuiltinException.class, () -> call(name, args));
        assertThat(e).as("error from " + name).isNotNull();
        return e;
    }

    static BuiltinException errorJson(String name, String... jsonArgs) {
        return error(name, args(jsonArgs).toArray(new Value[0]));
    }
}
