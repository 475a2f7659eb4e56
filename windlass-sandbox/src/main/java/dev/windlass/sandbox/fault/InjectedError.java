package dev.windlass.sandbox.fault;

import dev.windlass.sandbox.api.ApiException;
import java.util.List;
import java.util.Objects;

/**
 * An error a fault rule makes a request fail with, as the API server would send it: HTTP status,
 * {@code Status} reason, message and, when positive, the seconds for the {@code Retry-After} header
 * and {@code details.retryAfterSeconds}.
 */
public record InjectedError(int status, String reason, String message, int retryAfterSeconds) {

    /** The statuses a rule may inject. */
    public static final List<Integer> STATUSES = List.of(409, 429, 500, 503);

    public InjectedError {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative");
        }
    }

    /** What every request gets while the sandbox is in an outage. */
    static InjectedError outage() {
        return new InjectedError(503, "ServiceUnavailable",
                "the server is currently unable to handle the request (sandbox fault injection: outage)", 0);
    }

    /**
     * The error for {@code status} on a request for {@code resource} in {@code group}, with the API
     * server's reason and wording; {@code custom} replaces the message when not empty.
     */
    static InjectedError of(int status, String group, String resource, int retryAfterSeconds, String custom) {
        String qualified = group.isEmpty() ? resource : resource + "." + group;
        String reason;
        String message;
        switch (status) {
            case 409 -> {
                reason = "Conflict";
                message = "Operation cannot be fulfilled on " + qualified
                        + ": the object has been modified; please apply your changes to the latest version and try again";
            }
            case 429 -> {
                reason = "TooManyRequests";
                message = "Too many requests, please try again later.";
            }
            case 500 -> {
                reason = "InternalError";
                message = "Internal error occurred: sandbox fault injection for " + qualified;
            }
            case 503 -> {
                reason = "ServiceUnavailable";
                message = "the server is currently unable to handle the request (sandbox fault injection for "
                        + qualified + ")";
            }
            default -> throw new IllegalArgumentException("status " + status + " cannot be injected; use one of " + STATUSES);
        }
        return new InjectedError(status, reason, custom.isEmpty() ? message : custom, retryAfterSeconds);
    }

    /** This error as the exception the HTTP layer turns into a {@code Status} response. */
    public ApiException toApiException() {
        return new ApiException(status, reason, message, null, retryAfterSeconds);
    }
}
