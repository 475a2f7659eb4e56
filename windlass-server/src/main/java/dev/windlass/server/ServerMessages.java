package dev.windlass.server;

/** The messages of the local API server and client, in one place: each says what is wrong and what to do. */
final class ServerMessages {

    static final String BODY_NOT_UTF8 = "request body is not UTF-8 text; send JSON encoded as UTF-8";
    static final String MISSING_TOKEN = "missing or wrong bearer token; send 'Authorization: Bearer TOKEN' with the token "
            + "that 'windlass up' wrote to its endpoint file";
    static final String BUSY = "the Windlass API is busy with other requests; retry in a moment";

    private ServerMessages() {
    }

    static String bodyTooLarge(int maxBytes) {
        return "request body is larger than " + maxBytes + " bytes; send a smaller request";
    }

    static String noSuchPath(String path) {
        return "no API at " + path + "; the local API serves /api/v1/applications[/NAME[/diff|sync|refresh|rollback]]";
    }

    static String methodNotAllowed(String method, String path, String allowed) {
        return "method " + method + " is not allowed on " + path + "; use " + allowed;
    }

    static String notFound(String name) {
        return "applications.argoproj.io \"" + name + "\" not found";
    }

    static String badName(String what, String value) {
        return "'" + value + "' is not a valid " + what + ": use lowercase letters, digits, '-' and '.'"
                + (what.equals("namespace") ? " (no '.', at most 63 characters)" : " (at most 253 characters)");
    }

    static String twoNamespaces(String name, String appNamespace) {
        return "application '" + name + "' names a namespace and appNamespace is '" + appNamespace
                + "' as well; give the namespace once";
    }

    static String badChoice(String parameter, String value, String choices) {
        return "query parameter " + parameter + "='" + value + "' is not valid; use one of " + choices;
    }

    static String internal(String detail) {
        return "internal error in the Windlass API: " + detail + "; see the log of 'windlass up'";
    }

    static String unreachable(String url, String detail) {
        return "windlass up is not running at " + url + " (" + detail + "); start it with 'windlass up' "
                + "in another terminal, or pass --server with the URL it printed";
    }

    static String unauthorized(String url) {
        return "the Windlass API at " + url + " refused the auth token; the token changes each time 'windlass up' "
                + "starts: drop --auth-token and WINDLASS_AUTH_TOKEN to use the endpoint file, or pass the current token";
    }

    static String badResponse(String url, String detail) {
        return "the Windlass API at " + url + " sent an answer that is not understood (" + detail
                + "); check that --server points at 'windlass up'";
    }

    static String httpFailure(String url, int status, String message) {
        return "the Windlass API at " + url + " answered " + status + ": " + message;
    }
}
