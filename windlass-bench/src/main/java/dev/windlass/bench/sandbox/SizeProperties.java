package dev.windlass.bench.sandbox;

import java.util.Properties;

/** Reading and checking the whole-number size properties of the sandbox drivers ({@code -Dprefix.name=N}). */
final class SizeProperties {

    private SizeProperties() {
    }

    /** {@code prefix + name} as a whole number ({@code 50_000} allowed), or {@code fallback} when unset. */
    static int number(Properties properties, String prefix, String name, int fallback) {
        String text = properties.getProperty(prefix + name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(prefix + name + " is \"" + text + "\"; give a whole number", e);
        }
    }

    static void require(String prefix, String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(prefix + name + " is " + value + "; it must be at least " + minimum);
        }
    }
}
