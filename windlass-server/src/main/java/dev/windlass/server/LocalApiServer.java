package dev.windlass.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.windlass.controller.api.ApplicationOperations;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local HTTP API that {@code windlass app} talks to: the JDK's HTTP server on 127.0.0.1 over an
 * {@link ApplicationOperations}, with the routes of Argo CD's {@code /api/v1/applications}. Every request
 * must carry {@code Authorization: Bearer TOKEN}, where the token is generated at start; bodies are
 * bounded; requests run on a bounded pool and are answered 503 when it and its queue are full.
 *
 * <pre>{@code
 * try (LocalApiServer server = LocalApiServer.start(operations, ServerOptions.DEFAULT)) {
 *     server.endpoint().write(Endpoint.defaultLocation());
 *     ...
 * }
 * }</pre>
 */
public final class LocalApiServer implements AutoCloseable {

    private static final int TOKEN_BYTES = 32;
    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final Endpoint endpoint;

    private LocalApiServer(HttpServer server, ThreadPoolExecutor pool, Endpoint endpoint) {
        this.server = server;
        this.pool = pool;
        this.endpoint = endpoint;
    }

    /** Starts a server with {@link ServerOptions#DEFAULT} on a free port. */
    public static LocalApiServer start(ApplicationOperations operations) throws IOException {
        return start(operations, ServerOptions.DEFAULT);
    }

    /**
     * Binds 127.0.0.1 on {@code options.port()} (0 for a free one) and starts serving.
     *
     * @throws IOException when the port cannot be bound, for example because it is in use
     */
    public static LocalApiServer start(ApplicationOperations operations, ServerOptions options) throws IOException {
        return start(operations, options, null);
    }

    /**
     * As {@link #start(ApplicationOperations, ServerOptions)}, and also serves {@code GET /metrics}
     * (Prometheus text format, no token) from {@code metrics} when it is not null.
     */
    public static LocalApiServer start(ApplicationOperations operations, ServerOptions options,
                                       java.util.function.Supplier<String> metrics) throws IOException {
        Objects.requireNonNull(operations, "operations");
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port());
        HttpServer server = HttpServer.create(address, 0);
        ThreadPoolExecutor pool = pool(options);
        String token = newToken();
        HttpHandler routes = new ApplicationRoutes(operations, options.maxRequestBytes());
        server.createContext("/", new Guard(token, routes));
        if (metrics != null) {
            server.createContext(MetricsRoute.PATH, new MetricsRoute(metrics));
        }
        server.setExecutor(pool);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return new LocalApiServer(server, pool, new Endpoint(url, token));
    }

    /** The base URL, {@code http://127.0.0.1:PORT}. */
    public String url() {
        return endpoint.url();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where to reach this server and the token it requires; write it where {@code windlass app} looks. */
    public Endpoint endpoint() {
        return endpoint;
    }

    /** Stops accepting requests, ends the running ones' connections and stops the thread pool. */
    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadPoolExecutor pool(ServerOptions options) {
        int serverNumber = SERVERS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        BlockingQueue<Runnable> queue = options.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(options.queue());
        // A request the pool cannot take runs on the server's dispatcher thread, where Guard answers 503 at once.
        return new ThreadPoolExecutor(options.threads(), options.threads(), 0, TimeUnit.MILLISECONDS, queue,
                task -> new Worker(task, "windlass-api-" + serverNumber + "-" + threads.incrementAndGet()),
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A thread of the request pool; a request on any other thread overflowed the pool. */
    private static final class Worker extends Thread {
        Worker(Runnable task, String name) {
            super(task, name);
            setDaemon(true);
        }
    }

    /** Refuses requests without the bearer token (401) and those the pool had no room for (503). */
    private static final class Guard implements HttpHandler {
        private final byte[] expected;
        private final HttpHandler next;

        Guard(String token, HttpHandler next) {
            this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
            this.next = next;
        }

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            if (!(Thread.currentThread() instanceof Worker)) {
                try (exchange) {
                    exchange.getResponseHeaders().set("Retry-After", "1");
                    HttpExchanges.sendError(exchange, ApiError.busy(ServerMessages.BUSY));
                }
                return;
            }
            String header = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(expected, given)) {
                try (exchange) {
                    HttpExchanges.sendError(exchange, ApiError.unauthenticated(ServerMessages.MISSING_TOKEN));
                }
                return;
            }
            next.handle(exchange);
        }
    }
}
