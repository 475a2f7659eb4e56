package dev.windlass.sandbox;

import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.controller.ControllerRuntime;
import dev.windlass.sandbox.fault.Faults;
import dev.windlass.sandbox.http.SandboxServer;
import dev.windlass.sandbox.kubeconfig.Kubeconfig;
import dev.windlass.sandbox.tls.CertificateAuthority;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A running sandbox API server. Start one with {@link #builder()}:
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().start()) {
 *     String kubeconfig = sandbox.kubeconfig().toYaml();   // for fabric8 or kubectl
 *     sandbox.api().create(...);                           // or straight through the Java API
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {

    private final SandboxServer server;
    private final ObjectService api;
    private final ControllerRuntime controllers;
    private final CertificateAuthority authority;
    private final String token;
    private final Faults faults;
    private final List<AutoCloseable> resources;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    Sandbox(SandboxServer server, ObjectService api, ControllerRuntime controllers, CertificateAuthority authority,
            String token, Faults faults, List<AutoCloseable> resources) {
        this.faults = faults;
        this.server = server;
        this.api = api;
        this.controllers = controllers;
        this.authority = authority;
        this.token = token;
        this.resources = new ArrayList<>(resources);
    }

    public static SandboxBuilder builder() {
        return new SandboxBuilder();
    }

    /** {@code https://127.0.0.1:<port>}. */
    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    /** The bearer token clients must send; null when authentication is off. */
    public String token() {
        return token;
    }

    /** The CA certificate (PEM) clients trust; null when serving plain HTTP. */
    public String certificateAuthorityPem() {
        return authority == null ? null : authority.certificatePem();
    }

    public CertificateAuthority certificateAuthority() {
        return authority;
    }

    /** A kubeconfig for this sandbox, context {@value Kubeconfig#DEFAULT_NAME}. */
    public Kubeconfig kubeconfig() {
        if (authority == null || token == null) {
            throw new IllegalStateException("a kubeconfig needs TLS and a token; start the sandbox with both");
        }
        return Kubeconfig.of(url(), authority.certificatePem(), token);
    }

    /** Writes (or merges) the kubeconfig into {@code file} and makes its context current. */
    public void writeKubeconfig(Path file) {
        kubeconfig().writeTo(file);
    }

    /** The Java API: the same request semantics as HTTP, without the network. */
    public ObjectService api() {
        return api;
    }

    /**
     * The controller runtime: the garbage collector, namespace and CRD controllers always, the
     * simulated workloads, load balancers and volumes unless turned off. {@code awaitIdle} lets a
     * test wait until every change so far has been handled.
     */
    public ControllerRuntime controllers() {
        return controllers;
    }

    /**
     * Fault injection: latency, error rates per verb and resource, dropped watches, a full
     * outage. Also served over HTTP under {@code /sandbox.windlass.dev/v1/faults}.
     */
    public Faults faults() {
        return faults;
    }

    /** Closes every open watch connection now; returns how many there were. */
    public int dropWatches() {
        return server.dropWatches();
    }

    public int openWatches() {
        return server.openWatches();
    }

    private static List<AutoCloseable> reversed(List<AutoCloseable> list) {
        List<AutoCloseable> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** Stops serving, closes every open watch, stops the controllers and closes the data directory; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.close();
        for (AutoCloseable resource : reversed(resources)) {
            try {
                resource.close();
            } catch (Exception e) {
                // closing is best effort; the data directory's journal is already synced per write
            }
        }
    }
}
