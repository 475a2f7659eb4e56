package dev.windlass.server.admission;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * Gatekeeper's validating admission webhook over HTTPS: {@code POST /v1/admit} takes an
 * {@code admission.k8s.io/v1} AdmissionReview and answers one with the {@link AdmissionHandler}'s
 * decision; {@code GET /healthz} and {@code /readyz} answer {@code ok}. Requests run on a bounded pool
 * and are answered 503 when it and its queue are full.
 *
 * <pre>{@code
 * WebhookTls tls = WebhookTls.loadOrGenerate(certDir, hosts, Instant.now());
 * AdmissionHandler handler = new AdmissionHandler(AdmissionPolicy.of(() -> policies, Inventory::empty),
 *         ErrorPolicy.DENY, Set.of(), NamespaceLookup.NONE);
 * try (AdmissionServer server = AdmissionServer.start(handler, tls, AdmissionOptions.DEFAULT, System.out::println)) {
 *     ...
 * }
 * }</pre>
 */
public final class AdmissionServer implements AutoCloseable {

    /** The path Gatekeeper's validating webhook serves. */
    public static final String ADMIT_PATH = AdmissionRoutes.ADMIT_PATH;
    private static final AtomicInteger SERVERS = new AtomicInteger();
    private static final AtomicInteger WORKERS = new AtomicInteger();

    private final HttpsServer server;
    private final ThreadPoolExecutor requests;
    private final ExecutorService evaluations;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AdmissionServer(HttpsServer server, ThreadPoolExecutor requests, ExecutorService evaluations) {
        this.server = server;
        this.requests = requests;
        this.evaluations = evaluations;
    }

    /**
     * Binds {@code options.host():options.port()} and starts serving.
     *
     * @param decisions receives one line per decision (verdict, operation, object, user, message)
     * @throws IOException when the port cannot be bound
     * @throws WebhookTlsException when the certificate and key cannot be used
     */
    public static AdmissionServer start(AdmissionHandler handler, WebhookTls tls, AdmissionOptions options,
                                        Consumer<String> decisions) throws IOException, WebhookTlsException {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(decisions, "decisions");
        SSLContext context = tls.serverContext();
        HttpsServer server = HttpsServer.create(new InetSocketAddress(options.host(), options.port()), 0);
        server.setHttpsConfigurator(new Configurator(context, options));
        int number = SERVERS.incrementAndGet();
        ThreadPoolExecutor requests = requestPool(options, number);
        ExecutorService evaluations = Executors.newFixedThreadPool(options.threads(),
                daemon("windlass-admission-" + number + "-eval-"));
        server.createContext("/", new Guard(new AdmissionRoutes(handler, options, evaluations, decisions)));
        server.setExecutor(requests);
        server.start();
        return new AdmissionServer(server, requests, evaluations);
    }

    /** The bound port (the chosen one when started with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code https://localhost:PORT}, the URL local clients (and the serving certificate) use. */
    public String url() {
        return "https://localhost:" + port();
    }

    /** Stops accepting requests and stops both pools; closing again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        requests.shutdownNow();
        evaluations.shutdownNow();
        try {
            requests.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadPoolExecutor requestPool(AdmissionOptions options, int number) {
        BlockingQueue<Runnable> queue = options.queue() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(options.queue());
        // A request the pool cannot take runs on the dispatcher thread, where Guard answers 503 at once.
        return new ThreadPoolExecutor(options.threads(), options.threads(), 0, TimeUnit.MILLISECONDS, queue,
                task -> new Worker(task, "windlass-admission-" + number + "-" + WORKERS.incrementAndGet()),
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
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
                    AdmissionRoutes.sendStatus(exchange, 503, "ServiceUnavailable", AdmissionMessages.BUSY);
                }
                return;
            }
            next.handle(exchange);
        }
    }

    /** TLS with the configured protocol versions. */
    private static final class Configurator extends HttpsConfigurator {
        private final AdmissionOptions options;

        Configurator(SSLContext context, AdmissionOptions options) {
            super(context);
            this.options = options;
        }

        @Override
        public void configure(HttpsParameters params) {
            SSLParameters parameters = getSSLContext().getDefaultSSLParameters();
            parameters.setProtocols(options.tlsProtocols().toArray(String[]::new));
            params.setSSLParameters(parameters);
        }
    }
}
