package dev.windlass.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.kubeconfig.Tokens;

/** Bearer-token authentication: the one token the sandbox handed out, compared in constant time. */
final class Authenticator {

    private final String token;

    /** @param token the accepted token, or null to accept every request (plain local HTTP use) */
    Authenticator(String token) {
        this.token = token;
    }

    void check(HttpExchange exchange) {
        if (token == null) {
            return;
        }
        if (!Tokens.matches(token, exchange.getRequestHeaders().getFirst("Authorization"))) {
            throw new ApiException(401, "Unauthorized", "Unauthorized: send the sandbox's bearer token "
                    + "(see the kubeconfig it wrote)", null);
        }
    }
}
