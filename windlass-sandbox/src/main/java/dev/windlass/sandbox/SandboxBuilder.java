package dev.windlass.sandbox;

import dev.windlass.sandbox.api.Admission;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.apply.ManagedFieldsAdapter;
import dev.windlass.sandbox.controller.lifecycle.Bootstrap;
import dev.windlass.sandbox.controller.lifecycle.LifecycleAdmissions;
import dev.windlass.sandbox.defaults.DefaultingAdmission;
import dev.windlass.sandbox.controller.lifecycle.LifecycleControllers;
import dev.windlass.sandbox.controller.workload.WorkloadControllers;
import dev.windlass.sandbox.persist.DataDirectory;
import dev.windlass.sandbox.schema.SchemaAdmission;
import dev.windlass.sandbox.validation.ValidationAdmission;
import dev.windlass.sandbox.controller.Controller;
import dev.windlass.sandbox.controller.ControllerRuntime;
import dev.windlass.sandbox.fault.Faults;
import dev.windlass.sandbox.http.SandboxServer;
import dev.windlass.sandbox.kubeconfig.Tokens;
import dev.windlass.sandbox.resource.ResourceRegistry;
import dev.windlass.sandbox.store.ObjectStore;
import dev.windlass.sandbox.tls.CertificateAuthority;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.windlass.sandbox.tls.AtomicFile;
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
    private int watchHistory = 50_000;

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

    /**
     * Run the simulated workload controllers, load balancers and volume binding (default), or leave
     * objects as written. The garbage collector and the namespace and CRD controllers run either way.
     */
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

    /**
     * How many recent changes a watch can resume from (50,000 by default); a watch from an older
     * resource version gets 410 Gone, as after etcd compaction.
     */
    public SandboxBuilder watchHistory(int events) {
        this.watchHistory = events;
        return this;
    }

    /** Extra host names or IPs for the server certificate, besides localhost and loopback. */
    public SandboxBuilder serverNames(List<String> names) {
        this.serverNames = List.copyOf(names);
        return this;
    }

    /**
     * Starts the sandbox: recovers the data directory (if any), bootstraps the standard objects,
     * starts the controllers and then the listener.
     *
     * @throws SandboxStartException when the data directory cannot be used or the port is taken,
     *                               with a message that says what to do
     */
    public Sandbox start() {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            return start(resources);
        } catch (IOException | RuntimeException e) {
            closeAll(resources);
            throw e instanceof SandboxStartException s ? s : new SandboxStartException(e.getMessage(), e);
        }
    }

    private Sandbox start(List<AutoCloseable> resources) throws IOException {
        ObjectStore store = new ObjectStore(watchHistory);
        if (dataDir != null) {
            resources.add(DataDirectory.open(dataDir, store));
        }
        ResourceRegistry registry = ResourceRegistry.withBuiltins();
        serveRecoveredCrds(store, registry);
        ObjectService api = new ObjectService(store, registry, clock, admissions(registry, store),
                new ManagedFieldsAdapter(clock, MergeSchema.builtin()));
        CertificateAuthority authority = !tls ? null : dataDir == null
                ? CertificateAuthority.generate(serverNames)
                : CertificateAuthority.loadOrGenerate(dataDir.resolve("pki"), serverNames);
        ControllerRuntime runtime = new ControllerRuntime(api, clock, readyDelay, controllerList());
        resources.add(runtime);
        runtime.start();
        Bootstrap.run(api, authority == null ? "" : authority.certificatePem());
        String token = authentication ? token() : null;
        Faults faults = new Faults();
        resources.add(faults);
        InetSocketAddress address = new InetSocketAddress(host, port);
        SandboxServer server;
        try {
            server = SandboxServer.start(api, address, authority == null ? null : authority.sslContext(),
                    authority == null ? null : authority.sslParameters(), token, faults, () -> true, bookmarkEvery);
        } catch (IOException e) {
            throw new SandboxStartException("could not listen on " + host + ":" + port + ": " + e.getMessage()
                    + "; choose another port (--port) or stop what is using it", e);
        }
        return new Sandbox(server, api, runtime, authority, token, faults, resources);
    }

    /**
     * Serves the custom resources of CRDs recovered from the data directory before anything else
     * runs: the CRD controller only sees changes made after it starts, and the objects of those
     * kinds are already in the store.
     */
    private static void serveRecoveredCrds(ObjectStore store, ResourceRegistry registry) {
        for (dev.windlass.sandbox.store.StoredObject crd : store.list("apiextensions.k8s.io", "customresourcedefinitions", null)) {
            try {
                registry.applyCrd(crd.object());
            } catch (dev.windlass.sandbox.api.ApiException invalid) {
                // a CRD the registry refuses was not served before the restart either
            }
        }
    }

    /**
     * A fresh token, or with a data directory the one kept in {@code pki/token}, so kubeconfigs
     * written before a restart keep working.
     */
    private String token() throws IOException {
        if (dataDir == null) {
            return Tokens.generate();
        }
        Path file = dataDir.resolve("pki").resolve("token");
        if (Files.isRegularFile(file)) {
            String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!kept.isEmpty()) {
                return kept;
            }
        }
        String token = Tokens.generate();
        AtomicFile.writeOwnerOnly(file, token.getBytes(StandardCharsets.UTF_8));
        return token;
    }

    /** The admission chain: lifecycle defaults and allocation first, then validation of the result. */
    private static List<Admission> admissions(ResourceRegistry registry, ObjectStore store) {
        List<Admission> chain = new ArrayList<>(LifecycleAdmissions.all(registry, store));
        chain.add(0, new DefaultingAdmission());
        chain.add(new SchemaAdmission(registry));
        chain.add(new ValidationAdmission());
        return chain;
    }

    /** Core controllers always run; the simulated workload controllers only when asked. */
    private List<Controller> controllerList() {
        List<Controller> all = new ArrayList<>(LifecycleControllers.core());
        if (controllers) {
            all.addAll(LifecycleControllers.simulated());
            all.addAll(WorkloadControllers.all());
        }
        return all;
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception ignored) {
                // start-up failed already; report that failure, not this one
            }
        }
    }
}
