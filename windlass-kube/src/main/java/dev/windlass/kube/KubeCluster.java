package dev.windlass.kube;

import dev.windlass.engine.cluster.ApplyOptions;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterReader;
import dev.windlass.engine.cluster.ClusterWriter;
import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.model.GroupKind;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The engine's cluster ports on any Kubernetes API server, through fabric8: discovery, server-side
 * apply (field manager {@code windlass}), delete by name, and a watch-fed cache of the objects
 * applications track; plus what the Application controller needs (watch, list, create, status
 * updates, merge patches, CRD installation) and a count of HTTP requests for benchmarks.
 *
 * <pre>{@code
 * try (KubeCluster cluster = KubeCluster.connect(KubeCluster.client(null, null), Tracking.DEFAULT)) {
 *     KubeObject stored = cluster.apply(desired, ApplyOptions.APPLY);
 *     List<KubeObject> live = cluster.tracked("guestbook");
 * }
 * }</pre>
 *
 * <p>It works on its own client built from the given client's configuration (so it can count
 * requests, and with fabric8's retries capped by {@link KubeOptions#requestRetries()}); closing it
 * stops its informers and that client, not the one passed in. Thread-safe.
 */
public final class KubeCluster implements ClusterReader, ClusterWriter, AutoCloseable {

    private final KubernetesClient client;
    private final RequestCounter counter;
    private final KubeOptions options;
    private final ApiDiscovery discovery;
    private final ObjectOperations operations;
    private final TrackedCache cache;
    private final CrdWatch crdWatch;

    private KubeCluster(KubernetesClient client, RequestCounter counter, Tracking tracking, KubeOptions options) {
        this.client = client;
        this.counter = counter;
        this.options = options;
        this.cache = new TrackedCache(client, tracking);
        ApiClient api = new ApiClient(client.getHttpClient(), client.getConfiguration());
        this.discovery = new ApiDiscovery(api, options.discoveryRefreshInterval(), cache::serve);
        this.operations = new ObjectOperations(api, discovery, client.getConfiguration().getNamespace());
        this.crdWatch = new CrdWatch(client, discovery);
    }

    /** Connects with {@link KubeOptions#DEFAULT}. */
    public static KubeCluster connect(KubernetesClient client, Tracking tracking) {
        return connect(client, tracking, KubeOptions.DEFAULT);
    }

    /**
     * Connects to the server {@code client} is configured for and starts watching: discovery is
     * read in the background and an informer starts for each watchable kind. Does not block; the
     * first {@link #tracked} waits for the initial lists.
     */
    public static KubeCluster connect(KubernetesClient client, Tracking tracking, KubeOptions options) {
        Objects.requireNonNull(tracking, "tracking");
        RequestCounter counter = new RequestCounter();
        Config given = client.getConfiguration();
        Config config = new ConfigBuilder(given)
                .withRequestRetryBackoffLimit(Math.min(given.getRequestRetryBackoffLimit(), options.requestRetries()))
                .build();
        KubernetesClient counted = new KubernetesClientBuilder()
                .withConfig(config)
                .withHttpClientBuilderConsumer(builder -> builder.addOrReplaceInterceptor(RequestCounter.NAME, counter))
                .build();
        KubeCluster cluster = new KubeCluster(counted, counter, tracking, options);
        cluster.crdWatch.refreshSoon();
        return cluster;
    }

    /**
     * A fabric8 client for {@code kubeconfig} (null: the default loading rules, {@code KUBECONFIG}
     * then {@code ~/.kube/config}, then in-cluster service account) and {@code context} (null: the
     * current context).
     */
    public static KubernetesClient client(Path kubeconfig, String context) {
        Config config;
        if (kubeconfig == null) {
            config = Config.autoConfigure(context);
        } else {
            try {
                config = Config.fromKubeconfig(context, Files.readString(kubeconfig), kubeconfig.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read kubeconfig " + kubeconfig + ": " + e.getMessage(), e);
            }
        }
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    /** Discovery, for callers that need to resolve kinds without a request per look-up. */
    public ApiDiscovery discovery() {
        return discovery;
    }

    @Override
    public Optional<ResourceType> resourceType(GroupVersionKind gvk) throws ClusterException {
        return discovery.find(gvk);
    }

    @Override
    public Optional<KubeObject> get(GroupVersionKind gvk, String namespace, String name) throws ClusterException {
        ResourceType type = discovery.require(gvk);
        Optional<KubeObject> cached = cache.cached(gvk, operations.namespaceOf(type, namespace), name);
        return cached.isPresent() ? cached : operations.get(gvk, namespace, name);
    }

    /**
     * Every live object {@code application} tracks, from the cache; waits for the first list of
     * every watched kind (at most {@link KubeOptions#syncTimeout()}, then {@code UNAVAILABLE}).
     */
    @Override
    public List<KubeObject> tracked(String application) throws ClusterException {
        discovery.current();
        return cache.tracked(application, options.syncTimeout());
    }

    @Override
    public KubeObject apply(KubeObject desired, ApplyOptions applyOptions) throws ClusterException {
        return operations.apply(desired, applyOptions);
    }

    @Override
    public void delete(GroupVersionKind gvk, String namespace, String name, PropagationPolicy policy)
            throws ClusterException {
        operations.delete(gvk, namespace, name, policy);
    }

    /**
     * Follows the objects of {@code gvk} in {@code namespace} (all namespaces when null) with an
     * informer: every existing object arrives as ADDED, then each change. Close to stop.
     */
    public Closeable watch(GroupVersionKind gvk, String namespace, ObjectListener listener) throws ClusterException {
        return ObjectWatch.start(client, discovery.require(gvk), namespace, listener);
    }

    /** Every object of {@code gvk} in {@code namespace} (all namespaces when null), read page by page. */
    public List<KubeObject> list(GroupVersionKind gvk, String namespace) throws ClusterException {
        return operations.list(gvk, namespace);
    }

    /**
     * Every object of {@code gvk} in {@code namespace} (all namespaces when null), {@code pageSize}
     * per request, each page handed to {@code pages} before the next is read: memory stays bounded
     * by one page (Gatekeeper's audit lists in chunks of 500 this way).
     */
    public void listPages(GroupVersionKind gvk, String namespace, int pageSize, Consumer<List<KubeObject>> pages)
            throws ClusterException {
        operations.listPages(gvk, namespace, pageSize, pages);
    }

    /**
     * The kinds the cluster serves at their preferred versions that can be listed, Argo CD's excluded
     * kinds left out: what a scan of "every kind" (Gatekeeper's audit of a {@code *} match) reads.
     */
    public List<ResourceType> listableKinds() throws ClusterException {
        List<ResourceType> kinds = new java.util.ArrayList<>();
        for (ServedKind kind : discovery.current().preferred()) {
            if (kind.verbs().contains("list") && !ResourceExclusions.excluded(kind.type().gvk().groupKind())) {
                kinds.add(kind.type());
            }
        }
        return kinds;
    }

    /**
     * Every object in {@code namespace} of the namespaced kinds the cluster lets us list (at their
     * preferred versions, Argo CD's excluded kinds left out); kinds whose list is refused are skipped.
     * One list per kind: meant for occasional scans such as Argo CD's orphaned-resource warning.
     */
    public List<KubeObject> namespaceContents(String namespace) throws ClusterException {
        List<KubeObject> objects = new java.util.ArrayList<>();
        for (ServedKind kind : discovery.current().preferred()) {
            ResourceType type = kind.type();
            if (!type.namespaced() || !kind.verbs().contains("list")
                    || ResourceExclusions.excluded(type.gvk().groupKind())) {
                continue;
            }
            try {
                objects.addAll(operations.list(type.gvk(), namespace));
            } catch (ClusterException e) {
                if (e.reason() != ClusterException.Reason.FORBIDDEN && e.reason() != ClusterException.Reason.NOT_FOUND
                        && e.reason() != ClusterException.Reason.INVALID) {
                    throw e;
                }
            }
        }
        return objects;
    }

    /** Creates {@code object}; {@code CONFLICT} when it exists. */
    public KubeObject create(KubeObject object) throws ClusterException {
        return operations.create(object);
    }

    /** Replaces the status of {@code object}; a stale resourceVersion is {@code CONFLICT}. */
    public KubeObject updateStatus(KubeObject object) throws ClusterException {
        return operations.updateStatus(object);
    }

    /** Applies a JSON merge patch (RFC 7386) to one object. */
    public KubeObject mergePatch(GroupVersionKind gvk, String namespace, String name, MapNode patch)
            throws ClusterException {
        return operations.mergePatch(gvk, namespace, name, patch);
    }

    /** Creates the CustomResourceDefinition when absent and waits until it is Established and served. */
    public void ensureCustomResourceDefinition(KubeObject crd, Duration timeout) throws ClusterException {
        new CrdInstaller(operations, discovery).ensure(crd, timeout);
    }

    /** The number of HTTP requests (watches included) this cluster connection has sent so far. */
    public long requestCount() {
        return counter.count();
    }

    /**
     * Registers {@code listener}, told the name of an application whenever one of its tracked
     * objects is added, changed or deleted (on an informer thread: keep it quick).
     */
    public Closeable onTrackedChange(Consumer<String> listener) {
        return cache.onChange(listener);
    }

    /** True when the tracked-object cache watches {@code kind} (for tests). */
    boolean watches(GroupKind kind) {
        return cache.watches(kind);
    }

    @Override
    public void close() {
        crdWatch.close();
        cache.close();
        client.close();
    }
}
