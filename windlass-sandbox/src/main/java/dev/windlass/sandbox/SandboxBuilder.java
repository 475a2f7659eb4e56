package dev.windlass.sandbox;

import dev.windlass.sandbox.api.Admission;
import dev.windlass.sandbox.api.FieldManagement;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.controller.Controller;
import dev.windlass.sandbox.controller.ControllerRuntime;
import dev.windlass.sandbox.http.RequestGate;
import dev.windlass.sandbox.http.SandboxServer;
import dev.windlass.sandbox.kubeconfig.Tokens;
import dev.windlass.sandbox.resource.ResourceRegistry;
import dev.windlass.sandbox.store.ObjectStore;
import dev.windlass.sandbox.tls.CertificateAuthority;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Options of a sandbox, then {@link #start()}. Defaults: a free loopback port, HTTPS, a token, controllers on. */
public final class SandboxBuilder {

    private String host = "127.0.0.1";
    private int port;
    private boolean tls = true;
    private boolean authentication = true;
    private boolean controllers = true;
    private Path dataDir;
    private Clock clock = Clock.systemUTC();
    private Duration readyDelay = Duration.ofSeconds(2);
    private Duration bookmarkEvery = Duration.ofSeconds(30);
    private List<String> serverNames = List.of();

    SandboxBuilder() {
    }

    /** The port to listen on; 0 (the default) picks a free one. */
    public SandboxBuilder port(int value) {
        this.port = value;
        return this;
    }

    /** The address to bind; {@code 127.0.0.1} by default. */
    public SandboxBuilder host(String value) {
        this.host = value;
        return this;
    }

    /** Serve HTTPS with a generated CA (default) or plain HTTP. */
    public SandboxBuilder tls(boolean value) {
        this.tls = value;
        return this;
    }

    /** Require the generated bearer token (default) or accept every request. */
    public SandboxBuilder authentication(boolean value) {
        this.authentication = value;
        return this;
    }

    /** Run the simulated workload controllers (default) or leave objects as written. */
    public SandboxBuilder controllers(boolean value) {
        this.controllers = value;
        return this;
    }

    /** Keep objects (and the CA) in {@code dir} across restarts; in memory only when unset. */
    public SandboxBuilder dataDir(Path dir) {
        this.dataDir = dir;
        return this;
    }

    public SandboxBuilder clock(Clock value) {
        this.clock = value;
        return this;
    }

    /** How long simulated workloads take to become ready; 2 s by default. */
    public SandboxBuilder readyDelay(Duration value) {
        this.readyDelay = value;
        return this;
    }

    /** How often watches that allow bookmarks get one; 30 s by default. */
    public SandboxBuilder bookmarkEvery(Duration value) {
        this.bookmarkEvery = value;
        return this;
    }

    /** Extra host names or IPs for the server certificate, besides localhost and loopback. */
    public SandboxBuilder serverNames(List<String> names) {
        this.serverNames = List.copyOf(names);
        return this;
    }

    public Sandbox start() {
        List<AutoCloseable> resources = new ArrayList<>();
        ObjectStore store = new ObjectStore();
        ResourceRegistry registry = ResourceRegistry.withBuiltins();
        ObjectService api = new ObjectService(store, registry, clock, admissions(registry), fieldManagement());
        ControllerRuntime runtime = controllers ? new ControllerRuntime(api, clock, readyDelay, controllerList()) : null;
        CertificateAuthority authority = !tls ? null : dataDir == null
                ? CertificateAuthority.generate(serverNames) : CertificateAuthority.loadOrGenerate(dataDir.resolve("pki"), serverNames);
        String token = authentication ? Tokens.generate() : null;
        try {
            if (runtime != null) {
                runtime.start();
            }
            SandboxServer server = SandboxServer.start(api, new InetSocketAddress(host, port),
                    authority == null ? null : authority.sslContext(), token, RequestGate.OPEN,
                    () -> true, bookmarkEvery);
            return new Sandbox(server, api, runtime, authority, token, resources);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on " + host + ":" + port + ": " + e.getMessage()
                    + "; choose another port with --port", e);
        }
    }

    private List<Admission> admissions(ResourceRegistry registry) {
        return List.of();
    }

    private List<Controller> controllerList() {
        return dev.windlass.sandbox.controller.workload.WorkloadControllers.all();
    }

    private FieldManagement fieldManagement() {
        return new FieldManagement() {
            @Override
            public dev.windlass.model.tree.MapNode track(dev.windlass.sandbox.resource.ApiResource resource,
                    dev.windlass.model.tree.MapNode old, dev.windlass.model.tree.MapNode updated, String manager,
                    String subresource) {
                return updated;
            }

            @Override
            public dev.windlass.model.tree.MapNode apply(dev.windlass.sandbox.resource.ApiResource resource,
                    dev.windlass.model.tree.MapNode live, dev.windlass.model.tree.MapNode applied, String manager,
                    boolean force) {
                return applied;
            }

            @Override
            public String managerOf(dev.windlass.sandbox.api.WriteOptions options) {
                return options.fieldManager() == null ? "unknown" : options.fieldManager();
            }
        };
    }
}
