package dev.windlass.cli.app;

import dev.windlass.server.Endpoint;
import dev.windlass.server.EndpointException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which {@code windlass up} a {@code windlass app} command talks to: {@code --server}/{@code --auth-token},
 * else {@code WINDLASS_SERVER}/{@code WINDLASS_AUTH_TOKEN}, else the endpoint file that {@code windlass up}
 * wrote ({@code $WINDLASS_HOME/endpoint.json}). A URL without a token takes the file's token when the
 * file is for that URL.
 */
final class ServerConnection {

    static final String SERVER_ENV = "WINDLASS_SERVER";
    static final String TOKEN_ENV = "WINDLASS_AUTH_TOKEN";

    private ServerConnection() {
    }

    /** A connection that cannot be made; the message says what to pass or start. */
    static final class Unresolved extends Exception {
        Unresolved(String message) {
            super(message);
        }
    }

    static Endpoint resolve(String serverFlag, String tokenFlag, Map<String, String> env, Path endpointFile)
            throws Unresolved {
        String server = firstSet(serverFlag, env.get(SERVER_ENV));
        String token = firstSet(tokenFlag, env.get(TOKEN_ENV));
        try {
            if (server.isEmpty()) {
                Endpoint written = Endpoint.read(endpointFile);
                return token.isEmpty() ? written : new Endpoint(written.url(), token);
            }
            if (token.isEmpty()) {
                token = tokenFromFile(server, endpointFile);
            }
            return new Endpoint(server, token);
        } catch (EndpointException e) {
            throw new Unresolved(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Unresolved(e.getMessage() + "; check --server and --auth-token (or " + SERVER_ENV + " and "
                    + TOKEN_ENV + ")");
        }
    }

    private static String tokenFromFile(String server, Path endpointFile) throws Unresolved {
        try {
            Endpoint written = Endpoint.read(endpointFile);
            if (written.url().equals(new Endpoint(server, "x").url())) {
                return written.token();
            }
        } catch (EndpointException e) {
            // No usable file: the token must be given.
        }
        throw new Unresolved("no auth token for " + server + "; pass --auth-token TOKEN or set " + TOKEN_ENV
                + " (windlass up prints it and writes it to " + endpointFile + ")");
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return "";
    }
}
