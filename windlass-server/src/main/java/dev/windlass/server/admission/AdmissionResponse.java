package dev.windlass.server.admission;

import java.util.List;
import java.util.Objects;

/**
 * The {@code response} of an AdmissionReview, shaped as Gatekeeper's validating webhook answers:
 * allowed with {@code status.code} 200 (299 when there are warnings), denied with 403 and reason
 * {@code Forbidden}, errored with the error's code and message.
 *
 * @param uid the request's uid
 * @param allowed whether the request may proceed
 * @param code {@code status.code}
 * @param reason {@code status.reason}, empty for none
 * @param message {@code status.message}, empty for none
 * @param warnings {@code warnings}, shown by kubectl as {@code Warning: ...}
 */
public record AdmissionResponse(String uid, boolean allowed, int code, String reason, String message,
                                List<String> warnings) {

    /** The status code Gatekeeper gives an allowed response that carries warnings. */
    public static final int WARNING_CODE = 299;

    public AdmissionResponse {
        Objects.requireNonNull(uid, "uid");
        reason = reason == null ? "" : reason;
        message = message == null ? "" : message;
        warnings = List.copyOf(warnings);
    }

    /** Allowed, with Gatekeeper's code 200 or 299 when there are warnings. */
    public static AdmissionResponse allow(String uid, List<String> warnings) {
        return new AdmissionResponse(uid, true, warnings.isEmpty() ? 200 : WARNING_CODE, "", "", warnings);
    }

    /** Allowed without review, saying why (an exempt namespace, nothing to review). */
    public static AdmissionResponse allowBecause(String uid, String why) {
        return new AdmissionResponse(uid, true, 200, "", why, List.of());
    }

    /** Denied: 403 Forbidden, one {@code [constraint] message} line per deny violation. */
    public static AdmissionResponse deny(String uid, List<String> lines, List<String> warnings) {
        return new AdmissionResponse(uid, false, 403, "Forbidden", String.join("\n", lines), warnings);
    }

    /** Refused because the review could not be made, as controller-runtime's {@code admission.Errored}. */
    public static AdmissionResponse errored(String uid, int code, String message, List<String> warnings) {
        return new AdmissionResponse(uid, false, code, "", message, warnings);
    }
}
