package dev.windlass.server.triggers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.windlass.pipelines.triggers.EventListenerHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Tekton EventListener sinks over plain HTTP (JDK {@code HttpServer}): each listener at
 * {@code /<namespace>/<name>}, and a single listener also at every other path (as Tekton's sink serves
 * {@code /}). POST only, bodies bounded, a token bucket per listener, a bounded pool of request threads.
 */
public final class TriggerServer implements AutoCloseable {

    static {
        // Without TCP_NODELAY the JDK server's small writes wait for the client's delayed ACK (~40 ms
        // a response on Linux loopback); the sandbox server sets the same. A value the user set wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final List<String> paths;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TriggerServer(HttpServer server, ThreadPoolExecutor pool, List<String> paths) {
        this.server = server;
        this.pool = pool;
        this.paths = List.copyOf(paths);
    }

    /**
     * Binds {@code options.host():options.port()} and serves {@code handlers}.
     *
     * @param log receives one line per request (see {@link TriggerLog})
     * @throws IOException when the address cannot be bound
     */
    public static TriggerServer start(List<EventListenerHandler> handlers, TriggerServerOptions options,
                                      Consumer<String> log) throws IOException {
        Objects.requireNonNull(log, "log");
        if (handlers.isEmpty()) {
            throw new IllegalArgumentException("give at least one EventListener");
        }
        Map<String, ListenerRoute> routes = new LinkedHashMap<>();
        for (EventListenerHandler h : handlers) {
            TokenBucket bucket = new TokenBucket(options.rate(), options.burst(), System::nanoTime);
            routes.put("/" + h.listener().id(), new ListenerRoute(h, bucket, options.maxBodyBytes(), log));
        }
        ListenerRoute single = routes.size() == 1 ? routes.values().iterator().next() : null;
        HttpServer server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
        int number = SERVERS.incrementAndGet();
        ThreadPoolExecutor pool = pool(options, number);
        server.createContext("/", new Guard(new ListenerRoute.Router(routes, single)));
        server.setExecutor(pool);
        server.start();
        List<String> paths = new ArrayList<>(routes.keySet());
        if (single != null) {
            paths.add(0, "/");
        }
        return new TriggerServer(server, pool, paths);
    }

    /** The bound port (the chosen one when started with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://HOST:PORT}, without a trailing slash. */
    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + port();
    }

    /** The paths served: {@code /} first for a single listener, then {@code /<namespace>/<name>} for each. */
    public List<String> paths() {
        return paths;
    }

    /** Stops accepting requests and the pool; closing again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadPoolExecutor pool(TriggerServerOptions options, int number) {
        BlockingQueue<Runnable> queue = options.queue() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(options.queue());
        AtomicInteger workers = new AtomicInteger();
        // A request the pool cannot take runs on the dispatcher thread, where Guard answers 503 at once.
        return new ThreadPoolExecutor(options.threads(), options.threads(), 0, TimeUnit.MILLISECONDS, queue,
                task -> new Worker(task, "windlass-triggers-" + number + "-" + workers.incrementAndGet()),
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** A thread of the request pool; a request on any other thread overflowed the pool. */
    private static final class Worker extends Thread {
        Worker(Runnable task, String name) {
            super(task, name);
            setDaemon(true);
        }
    }

    /** Answers 503 to requests the pool had no room for. */
    private static final class Guard implements HttpHandler {
        private final HttpHandler next;

        Guard(HttpHandler next) {
            this.next = next;
        }

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            if (!(Thread.currentThread() instanceof Worker)) {
                try (exchange) {
                    exchange.getResponseHeaders().set("Retry-After", "1");
                    ListenerRoute.send(exchange, 503, "{\"errorMessage\":\"busy; retry later\"}\n");
                }
                return;
            }
            next.handle(exchange);
        }
    }
}
