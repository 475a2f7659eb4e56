package dev.windlass.server;

/**
 * How a {@link LocalApiServer} listens. It always binds to 127.0.0.1: the API is for the user's own
 * {@code windlass app} commands, never for the network.
 *
 * @param port            TCP port, or 0 for a free one
 * @param threads         requests handled at once (a sync holds its thread until it ends)
 * @param queue           requests waiting for a thread; beyond that the server answers 503
 * @param maxRequestBytes largest request body accepted; a larger one is answered with 413
 */
public record ServerOptions(int port, int threads, int queue, int maxRequestBytes) {

    /** A free port, 4 threads, 32 waiting requests, bodies up to 1 MiB. */
    public static final ServerOptions DEFAULT = new ServerOptions(0, 4, 32, 1 << 20);

    public ServerOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (threads <= 0 || queue < 0 || maxRequestBytes <= 0) {
            throw new IllegalArgumentException("threads and maxRequestBytes must be positive, queue not negative");
        }
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(newPort, threads, queue, maxRequestBytes);
    }

    public ServerOptions withThreads(int newThreads) {
        return new ServerOptions(port, newThreads, queue, maxRequestBytes);
    }

    public ServerOptions withQueue(int newQueue) {
        return new ServerOptions(port, threads, newQueue, maxRequestBytes);
    }

    public ServerOptions withMaxRequestBytes(int newMax) {
        return new ServerOptions(port, threads, queue, newMax);
    }
}
