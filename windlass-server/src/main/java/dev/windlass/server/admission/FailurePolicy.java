package dev.windlass.server.admission;

import java.util.Locale;

/**
 * The webhook configuration's {@code failurePolicy}: what the API server does when it gets no usable
 * answer from the webhook (down, timed out, a non-200 HTTP status). Gatekeeper's chart defaults to
 * {@link #IGNORE}.
 */
public enum FailurePolicy {
    /** Admit the request as if the webhook had allowed it (fail open). */
    IGNORE("Ignore"),
    /** Refuse the request (fail closed). */
    FAIL("Fail");

    private final String wireName;

    FailurePolicy(String wireName) {
        this.wireName = wireName;
    }

    /** {@code Ignore} or {@code Fail}, as the configuration spells it. */
    public String wireName() {
        return wireName;
    }

    /** Parses {@code Ignore} or {@code Fail}, ignoring case. */
    public static FailurePolicy parse(String text) {
        for (FailurePolicy policy : values()) {
            if (policy.wireName.equalsIgnoreCase(text) || policy.name().equalsIgnoreCase(text)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("failure policy must be Ignore or Fail, was '" + text.toLowerCase(Locale.ROOT)
                + "'");
    }
}
