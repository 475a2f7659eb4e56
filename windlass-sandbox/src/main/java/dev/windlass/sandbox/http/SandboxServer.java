package dev.windlass.sandbox.http;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.fault.Faults;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;

/**
 * The HTTP(S) listener: the JDK's built-in server on a loopback (or given) address, one thread
 * per in-flight request so long-running watches do not starve short requests.
 */
public final class SandboxServer implements AutoCloseable {

    static {
        // The JDK server leaves Nagle's algorithm on unless told otherwise: headers and body then go
        // out as separate small writes and every response waits ~40 ms for the client's delayed ACK.
        // Read once, when the first server is created; a value the user set wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Watches watches;
    private final boolean tls;

    private SandboxServer(HttpServer server, ExecutorService executor, Watches watches, boolean tls) {
        this.server = server;
        this.executor = executor;
        this.watches = watches;
        this.tls = tls;
    }

    /**
     * Starts serving {@code service}.
     *
     * @param sslContext the server's TLS context, or null for plain HTTP
     * @param token      the bearer token every non-public request must send, or null for none
     * @param faults     the fault plan every request consults
     */
    public static SandboxServer start(ObjectService service, InetSocketAddress address, SSLContext sslContext,
                                      javax.net.ssl.SSLParameters sslParameters, String token, Faults faults,
                                      BooleanSupplier ready, Duration bookmarkEvery) throws IOException {
        HttpServer server;
        if (sslContext != null) {
            HttpsServer https = HttpsServer.create(address, 256);
            https.setHttpsConfigurator(new HttpsConfigurator(sslContext) {
                @Override
                public void configure(HttpsParameters params) {
                    params.setSSLParameters(sslParameters);
                }
            });
            server = https;
        } else {
            server = HttpServer.create(address, 256);
        }
        ExecutorService executor = new ThreadPoolExecutor(4, 4096, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads());
        RequestGate gate = new RequestGate(faults);
        Watches watches = new Watches(service, gate, Duration.ofMinutes(30), bookmarkEvery);
        server.createContext("/", new ApiHandler(service, watches, new Authenticator(token), gate, ready));
        server.setExecutor(executor);
        server.start();
        return new SandboxServer(server, executor, watches, sslContext != null);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return (tls ? "https" : "http") + "://127.0.0.1:" + port();
    }

    /** Closes every open watch now; returns how many were open. */
    public int dropWatches() {
        return watches.dropAll();
    }

    public int openWatches() {
        return watches.openCount();
    }

    @Override
    public void close() {
        watches.dropAll();
        server.stop(0);
        executor.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sandbox-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
