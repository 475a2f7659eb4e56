package dev.windlass.sandbox.api;

import java.util.List;

/**
 * A request the API server refuses, carried to the edge and written as a {@code Status} body:
 * {@code {"kind":"Status","status":"Failure","code":422,"reason":"Invalid","message":…,
 * "details":{"name":…,"group":…,"kind":…,"causes":[{"reason":…,"message":…,"field":…}]}}}.
 */
public final class ApiException extends RuntimeException {

    private final int code;
    private final String reason;
    private final Details details;
    private final int retryAfterSeconds;

    public ApiException(int code, String reason, String message, Details details) {
        this(code, reason, message, details, 0);
    }

    public ApiException(int code, String reason, String message, Details details, int retryAfterSeconds) {
        super(message, null, false, false);
        this.code = code;
        this.reason = reason;
        this.details = details;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** HTTP status code. */
    public int code() {
        return code;
    }

    /** {@code NotFound}, {@code AlreadyExists}, {@code Conflict}, {@code Invalid}, {@code BadRequest} … */
    public String reason() {
        return reason;
    }

    /** The object concerned and field causes, or null. */
    public Details details() {
        return details;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** {@code name}, {@code group} and {@code kind} (kind is the resource plural, as the real server sends). */
    public record Details(String name, String group, String kind, List<Cause> causes) {
        public Details {
            causes = List.copyOf(causes);
        }
    }

    /** One field's problem: {@code FieldValueInvalid}, {@code FieldValueRequired}, … and its path ({@code spec.selector}). */
    public record Cause(String reason, String message, String field) {
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "BadRequest", message, null);
    }

    public static ApiException notFound(String group, String plural, String name) {
        String resource = group.isEmpty() ? plural : plural + "." + group;
        return new ApiException(404, "NotFound", resource + " \"" + name + "\" not found",
                new Details(name, group, plural, List.of()));
    }

    public static ApiException methodNotAllowed(String message) {
        return new ApiException(405, "MethodNotAllowed", message, null);
    }

    public static ApiException invalid(String group, String kind, String name, List<Cause> causes) {
        StringBuilder message = new StringBuilder();
        message.append(group.isEmpty() ? kind : kind + "." + group).append(" \"").append(name).append("\" is invalid: ");
        for (int i = 0; i < causes.size(); i++) {
            if (i > 0) {
                message.append(", ");
            }
            Cause cause = causes.get(i);
            message.append(cause.field()).append(": ").append(cause.message());
        }
        if (causes.size() > 1) {
            message.insert(message.indexOf(": ") + 2, "[").append("]");
        }
        return new ApiException(422, "Invalid", message.toString(), new Details(name, group, kind, causes));
    }
}
