package dev.windlass.model;

import java.util.Objects;

/**
 * An expected failure or a finding, as a value: how bad it is, a stable reason code (for
 * conditions and metrics), where it is, and a message that says what is wrong and what to do.
 * Prints like a compiler message: {@code file:line:col: error: message}.
 */
public record Issue(Severity severity, String code, Location location, String message) {

    public Issue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public static Issue error(String code, Location location, String message) {
        return new Issue(Severity.ERROR, code, location, message);
    }

    public static Issue warning(String code, Location location, String message) {
        return new Issue(Severity.WARNING, code, location, message);
    }

    public static Issue note(String code, Location location, String message) {
        return new Issue(Severity.NOTE, code, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Issue withLocation(Location newLocation) {
        return new Issue(severity, code, newLocation, message);
    }

    /** The same issue with its file name replaced, e.g. to show it relative to the user's directory. */
    public Issue withFile(String file) {
        return withLocation(location.withFile(file));
    }

    /** Compiler form: {@code file:line:col: error: message}, or {@code error: message} without a location. */
    public String format() {
        String where = location.toString();
        String text = severity.label() + ": " + message;
        return where.isEmpty() ? text : where + ": " + text;
    }

    @Override
    public String toString() {
        return format();
    }
}
