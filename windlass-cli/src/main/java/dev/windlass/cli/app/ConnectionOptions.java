package dev.windlass.cli.app;

import picocli.CommandLine.Option;

/** {@code --server} and {@code --auth-token}, on {@code windlass app} and on each of its commands. */
final class ConnectionOptions {

    @Option(names = "--server", paramLabel = "URL", order = 80,
            description = "URL of a running 'windlass up' (default: $WINDLASS_SERVER, else the endpoint file "
                    + "$WINDLASS_HOME/endpoint.json that 'windlass up' writes).")
    String server;

    @Option(names = "--auth-token", paramLabel = "TOKEN", order = 81,
            description = "Its bearer token (default: $WINDLASS_AUTH_TOKEN, else the endpoint file).")
    String authToken;

    /** These options where given, else {@code fallback}'s. */
    ConnectionOptions orElse(ConnectionOptions fallback) {
        ConnectionOptions merged = new ConnectionOptions();
        merged.server = server != null ? server : fallback == null ? null : fallback.server;
        merged.authToken = authToken != null ? authToken : fallback == null ? null : fallback.authToken;
        return merged;
    }
}
