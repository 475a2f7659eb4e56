package dev.windlass.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import dev.windlass.sandbox.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Bearer-token authentication: the one token the sandbox handed out, compared in constant time. */
final class Authenticator {

    private final byte[] expected;

    /** @param token the accepted token, or null to accept every request (plain local HTTP use) */
    Authenticator(String token) {
        this.expected = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    void check(HttpExchange exchange) {
        if (expected == null) {
            return;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] sent = header == null ? new byte[0] : header.trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, sent)) {
            throw new ApiException(401, "Unauthorized", "Unauthorized: send the sandbox's bearer token "
                    + "(see the kubeconfig it wrote)", null);
        }
    }
}
