package dev.windlass.server.admission;

/**
 * What the webhook answers when a review cannot be made (a policy fails to evaluate or runs past the
 * request timeout). This is the webhook's own answer; the configuration's {@code failurePolicy} only
 * applies when the API server gets no answer at all (the webhook is down, times out, or answers a
 * non-200 HTTP status).
 */
public enum ErrorPolicy {
    /** Refuse the request with status 500 and the error, as Gatekeeper's webhook does ({@code admission.Errored}). */
    DENY,
    /** Let the request in with a warning naming the error (fail open). */
    ALLOW
}
