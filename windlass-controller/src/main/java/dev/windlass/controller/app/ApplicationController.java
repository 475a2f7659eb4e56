package dev.windlass.controller.app;

import dev.windlass.controller.queue.Backoff;
import dev.windlass.controller.queue.WorkQueue;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs the Application reconciler: a work queue fed by Application changes (spec, operation, refresh
 * requests, deletion — not the controller's own status writes), by changes to the objects an
 * application tracks (so self-heal reacts at once), and by a periodic refresh every
 * {@code refreshInterval} plus a random jitter, like Argo CD's {@code timeout.reconciliation}.
 */
public final class ApplicationController implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ApplicationController.class.getName());

    /**
     * Controller settings.
     *
     * @param processors      how many applications are reconciled at once (Argo CD's status processors: 20)
     * @param refreshInterval the periodic refresh (Argo CD: 120 s)
     * @param refreshJitter   the largest random delay added to each periodic refresh (Argo CD: 60 s)
     */
    public record Settings(int processors, Duration refreshInterval, Duration refreshJitter) {

        /** Argo CD's defaults. */
        public static final Settings DEFAULT = new Settings(20, Duration.ofSeconds(120), Duration.ofSeconds(60));
    }

    private final ApplicationStore store;
    private final ApplicationReconciler reconciler;
    private final ApplicationScope scope;
    private final Settings settings;
    private final Clock clock;
    private final WorkQueue<AppKey> queue;
    private final Map<AppKey, Integer> fingerprints = new ConcurrentHashMap<>();
    private final Map<AppKey, Instant> dueRefresh = new ConcurrentHashMap<>();
    private final Map<String, AppKey> byInstance = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker;
    private final Closeable watch;

    /** An Application's namespace and name. */
    public record AppKey(String namespace, String name) {

        public AppKey {
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(name, "name");
        }

        static AppKey of(KubeObject app) {
            return new AppKey(app.namespace(), app.name());
        }

        @Override
        public String toString() {
            return namespace + "/" + name;
        }
    }

    private ApplicationController(ApplicationStore store, ApplicationReconciler reconciler, ApplicationScope scope,
            Settings settings, Clock clock) {
        this.store = store;
        this.reconciler = reconciler;
        this.scope = scope;
        this.settings = settings;
        this.clock = clock;
        this.queue = new WorkQueue<>("application", settings.processors(), Backoff.ERRORS, this::handle);
        this.watch = store.watch(this::changed, this::deleted);
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "application-refresh");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::enqueueDue, 1, 1, TimeUnit.SECONDS);
    }

    /** Starts reconciling every Application in {@code store}. */
    public static ApplicationController start(ApplicationStore store, ApplicationReconciler reconciler,
            ApplicationScope scope, Settings settings, Clock clock) {
        ApplicationController controller = new ApplicationController(store, reconciler, scope, settings, clock);
        store.list().forEach(controller::changed);
        return controller;
    }

    /** Queues the application that tracks a changed object (the tracking instance name). */
    public void trackedObjectChanged(String instance) {
        AppKey key = byInstance.get(instance);
        if (key != null) {
            queue.add(key);
        }
    }

    /** Queues every application of AppProject {@code project} (its rules changed). */
    public void projectChanged(String project) {
        for (KubeObject app : store.list()) {
            String appProject = app.content().getMap("spec").flatMap(spec -> spec.getText("project")).orElse("");
            if (appProject.equals(project)) {
                queue.add(AppKey.of(app));
            }
        }
    }

    /** Queues an application now. */
    public void enqueue(AppKey key) {
        queue.add(key);
    }

    /** How many applications wait to be reconciled. */
    public int queueDepth() {
        return queue.depth();
    }

    private void changed(KubeObject app) {
        AppKey key = AppKey.of(app);
        byInstance.put(scope.instanceOf(app), key);
        int fingerprint = fingerprint(app);
        Integer previous = fingerprints.put(key, fingerprint);
        if (previous == null || previous != fingerprint) {
            queue.add(key);
        }
    }

    private void deleted(KubeObject app) {
        AppKey key = AppKey.of(app);
        fingerprints.remove(key);
        dueRefresh.remove(key);
        byInstance.remove(scope.instanceOf(app));
    }

    /** What a reconcile depends on: everything but the status the controller writes itself. */
    private static int fingerprint(KubeObject app) {
        MapNode metadata = app.metadata();
        List<Optional<? extends Node>> parts = List.of(app.content().get("spec"), app.content().get("operation"),
                metadata.get("deletionTimestamp"), metadata.get("finalizers"),
                metadata.getMap("annotations").flatMap(a -> a.get(ApplicationReconciler.REFRESH_ANNOTATION)));
        return parts.hashCode();
    }

    private void handle(AppKey key) {
        try {
            Optional<Duration> again = reconciler.reconcile(key.namespace(), key.name());
            queue.forget(key);
            again.ifPresent(delay -> queue.addAfter(key, delay));
            scheduleRefresh(key);
        } catch (ClusterException e) {
            Duration delay = queue.addRateLimited(key);
            LOG.warning(() -> "application " + key + ": " + e.getMessage() + "; retrying in " + delay.toSeconds() + "s");
        }
    }

    private void scheduleRefresh(AppKey key) {
        if (store.get(key.namespace(), key.name()).isEmpty()) {
            dueRefresh.remove(key);
            return;
        }
        long jitter = settings.refreshJitter().isZero() ? 0
                : ThreadLocalRandom.current().nextLong(settings.refreshJitter().toMillis() + 1);
        dueRefresh.put(key, clock.instant().plus(settings.refreshInterval()).plusMillis(jitter));
    }

    private void enqueueDue() {
        Instant now = clock.instant();
        dueRefresh.forEach((key, due) -> {
            if (!due.isAfter(now) && dueRefresh.remove(key, due)) {
                queue.add(key);
            }
        });
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            watch.close();
        } catch (IOException e) {
            LOG.fine(() -> "closing the application watch: " + e.getMessage());
        }
        queue.close();
    }
}
