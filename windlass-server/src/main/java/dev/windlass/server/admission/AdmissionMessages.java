package dev.windlass.server.admission;

/** The admission webhook's user-facing messages, in one place. */
final class AdmissionMessages {

    static final String NOT_FOUND = "not found: the admission webhook serves POST /v1/admit, GET /healthz and GET /readyz";
    static final String DELETE_WITHOUT_OLD_OBJECT = "oldObject cannot be nil for DELETE operations";
    static final String BUSY = "the admission webhook is busy; the API server retries or applies the failurePolicy";

    private AdmissionMessages() {
    }

    static String allowedAfterError(String error) {
        return "windlass: policy evaluation failed, request allowed (--on-error allow): " + error;
    }

    static String timedOut(long millis) {
        return "policy evaluation did not finish within " + millis + " ms (the webhook's request timeout)";
    }

    static String tooLarge(long maxBytes) {
        return "the request body is larger than " + maxBytes + " bytes, the largest AdmissionReview the webhook reads";
    }

    static String methodNotAllowed(String method, String path, String allowed) {
        return method + " is not allowed on " + path + "; use " + allowed;
    }

    static String unsupportedContentType(String type) {
        return "Content-Type '" + type + "' is not supported; send application/json";
    }

    /** One log line per decision: {@code ALLOW|DENY|ERROR OPERATION gv Kind ns/name user=U: detail}. */
    static String decisionLine(AdmissionRequest request, AdmissionResponse response, long millis) {
        String verdict = response.allowed() ? "ALLOW" : response.code() == 403 ? "DENY" : "ERROR";
        StringBuilder line = new StringBuilder(verdict).append(' ').append(request.operation()).append(' ')
                .append(request.describe());
        if (!request.username().isEmpty()) {
            line.append(" user=").append(request.username());
        }
        if (request.dryRun()) {
            line.append(" dryRun");
        }
        line.append(" (").append(millis).append(" ms)");
        if (!response.message().isEmpty()) {
            line.append(": ").append(response.message().replace('\n', ';'));
        }
        if (!response.warnings().isEmpty()) {
            line.append(" warnings: ").append(String.join("; ", response.warnings()));
        }
        return line.toString();
    }
}
