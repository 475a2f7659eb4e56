package dev.windlass.server.triggers;

/**
 * How a {@link TriggerServer} listens: address and port (0 for a free one), the largest body accepted
 * ({@code maxBodyBytes}, 413 above), requests per second per EventListener ({@code rate}, with bursts of
 * {@code burst}; 429 above), and the request threads and queue (503 when both are full).
 */
public record TriggerServerOptions(String host, int port, long maxBodyBytes, double rate, int burst, int threads,
                                   int queue) {

    /**
     * 127.0.0.1:8080 (Tekton's sink port), bodies up to 25 MiB (GitHub's largest delivery; Tekton's sink sets
     * no limit), 50 events a second per listener in bursts of 100, 8 threads, 64 queued.
     */
    public static final TriggerServerOptions DEFAULT =
            new TriggerServerOptions("127.0.0.1", 8080, 25L << 20, 50, 100, 8, 64);

    public TriggerServerOptions {
        if (maxBodyBytes < 1 || rate <= 0 || burst < 1 || threads < 1 || queue < 0) {
            throw new IllegalArgumentException("maxBodyBytes, rate, burst and threads must be positive");
        }
    }

    public TriggerServerOptions withHost(String value) {
        return new TriggerServerOptions(value, port, maxBodyBytes, rate, burst, threads, queue);
    }

    public TriggerServerOptions withPort(int value) {
        return new TriggerServerOptions(host, value, maxBodyBytes, rate, burst, threads, queue);
    }

    public TriggerServerOptions withMaxBodyBytes(long value) {
        return new TriggerServerOptions(host, port, value, rate, burst, threads, queue);
    }

    /** {@code value} events a second, in bursts of up to {@code burst}. */
    public TriggerServerOptions withRate(double value, int burstValue) {
        return new TriggerServerOptions(host, port, maxBodyBytes, value, burstValue, threads, queue);
    }

    public TriggerServerOptions withThreads(int value) {
        return new TriggerServerOptions(host, port, maxBodyBytes, rate, burst, value, queue);
    }
}
