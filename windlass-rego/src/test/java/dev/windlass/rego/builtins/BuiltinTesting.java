package dev.windlass.rego.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.provider.Arguments;

/**
  * Calls built-ins by name through {@link BuiltinTable#standard()} with a plain context. Arguments
  * and expectations are written as JSON; {@code set(...)} texts are not JSON, so sets are built
  * with {@link dev.windlass.rego.value.SetValue#of}.
  */
final class BuiltinTesting {
    private BuiltinTesting() {}

    /** A context with a fixed clock, no budget and printing to nowhere. */
    static BuiltinContext context() {
        return context(Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** A context whose clock reads {@code now}, with a fresh evaluation cache. */
    static BuiltinContext context(Instant now) {
        Map<Object, Object> cache = new HashMap<>();
        return new BuiltinContext() {
            @Override
            public Instant now() {
                return now;
            }

            @Override
            public void checkBudget() {}

            @Override
            public void print(String line) {}

            @Override
            public Map<Object, Object> evaluationCache() {
                return cache;
            }
        };
    }

    /** A table row: the built-in {@code name} applied to JSON {@code args} gives JSON {@code expected}. */
    static Arguments ok(String name, String expected, String... args) {
        return Arguments.of(name, expected, args);
    }

    /** A table row: the call fails with this kind and message. */
    static Arguments err(String name, BuiltinException.Kind kind, String message, String... args) {
        return Arguments.of(name, kind, message, args);
    }

    /** Parses a JSON text into a value. */
    static Value json(String text) {
        try {
            return Values.parseJson(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls a built-in with values; null means undefined. */
    static Value call(String name, Value... args) throws BuiltinException {
        return call(context(), name, args);
    }

    /** Calls a built-in in a given context; null means undefined. */
    static Value call(BuiltinContext context, String name, Value... args) throws BuiltinException {
        Builtin builtin = BuiltinTable.standard().find(name)
                .orElseThrow(() -> new AssertionError("no built-in " + name));
        assertThat(args).as("arity of " + name).hasSize(builtin.arity());
        return builtin.function().apply(context, List.of(args));
    }

    /** Calls a built-in with JSON-text arguments. */
    static Value callJson(String name, String... jsonArgs) throws BuiltinException {
        List<Value> values = new ArrayList<>();
        for (String arg : jsonArgs) {
            values.add(json(arg));
        }
        return call(name, values.toArray(new Value[0]));
    }

    /** Asserts the call's result, compared by value with the expected JSON. */
    static void expect(String name, String expectedJson, String... jsonArgs) throws BuiltinException {
        assertThat(callJson(name, jsonArgs)).as(name + List.of(jsonArgs)).isEqualTo(json(expectedJson));
    }

    /** Asserts the call fails with this kind and message. */
    static void expectError(String name, BuiltinException.Kind kind, String message, String... jsonArgs) {
        assertThatThrownBy(() -> callJson(name, jsonArgs)).as(name + List.of(jsonArgs))
                .isInstanceOf(BuiltinException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((BuiltinException) e).kind()).isEqualTo(kind));
    }
}
