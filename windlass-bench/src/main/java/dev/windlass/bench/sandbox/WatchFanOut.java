package dev.windlass.bench.sandbox;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.resource.ApiResource;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Watch fan-out: {@code watchers} concurrent HTTP watches on every ConfigMap (all namespaces,
 * from the current resource version), then {@code updates} updates through the Java API. Each
 * update carries the {@link System#nanoTime()} taken just before the update call in an annotation,
 * so a watcher's delivery latency runs from the update call (which includes the commit and its
 * fan-out to every watch) to the line arriving at the client.
 */
final class WatchFanOut {

    static final String SEQUENCE = "bench.windlass.dev/seq";
    static final String SENT = "bench.windlass.dev/sent-nanos";
    private static final WriteOptions WRITER = WriteOptions.as("windlass-bench");

    private final Sandbox sandbox;
    private final ApiClient client;
    private final ScaleSettings settings;
    private final ApiResource configMaps;

    WatchFanOut(Sandbox sandbox, ApiClient client, ScaleSettings settings, ApiResource configMaps) {
        this.sandbox = sandbox;
        this.client = client;
        this.settings = settings;
        this.configMaps = configMaps;
    }

    void measure(ScaleReport report) throws Exception {
        List<WatchReader> readers = open(sandbox.api().store().currentVersion());
        long begin = System.nanoTime();
        Latencies updates;
        try {
            updates = update();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.watchTimeoutS());
            for (WatchReader reader : readers) {
                reader.await(deadline);
            }
        } finally {
            readers.forEach(WatchReader::close);
        }
        long lastDelivery = readers.stream().mapToLong(WatchReader::lastArrival).max().orElse(begin);
        report(readers, updates, (lastDelivery - begin) / 1e9, report);
    }

    private List<WatchReader> open(long fromVersion) throws Exception {
        String path = "/api/v1/configmaps?watch=true&allowWatchBookmarks=false&resourceVersion=" + fromVersion;
        List<CompletableFuture<HttpResponse<InputStream>>> pending = new ArrayList<>();
        for (int i = 0; i < settings.watchers(); i++) {
            pending.add(client.stream(path));
        }
        List<WatchReader> readers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<InputStream>> future : pending) {
            HttpResponse<InputStream> response = future.get(60, TimeUnit.SECONDS);
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IllegalStateException("a watch of " + path + " answered " + response.statusCode());
            }
            readers.add(WatchReader.start(response.body(), settings.updates(), readers.size()));
        }
        return readers;
    }

    /** Makes the updates, paced at {@code updateRate}; returns the update calls' latencies. */
    private Latencies update() {
        ObjectService api = sandbox.api();
        ConfigMaps names = new ConfigMaps(settings);
        Latencies latencies = new Latencies(settings.updates());
        long interval = settings.updateRate() == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / settings.updateRate();
        long next = System.nanoTime();
        for (int seq = 0; seq < settings.updates(); seq++) {
            if (interval > 0) {
                next += interval;
                LockSupport.parkNanos(next - System.nanoTime());
            }
            int object = (int) ((seq * 7919L) % settings.objects());
            String namespace = names.namespaceOf(object);
            MapNode current = api.get(configMaps, namespace, ConfigMaps.name(object));
            long sent = System.nanoTime();
            api.update(configMaps, namespace, ConfigMaps.name(object), stamped(current, seq, sent), WRITER, null);
            latencies.add(System.nanoTime() - sent);
        }
        return latencies;
    }

    private static MapNode stamped(MapNode object, int seq, long sent) {
        MapNode metadata = object.getMap("metadata").orElse(MapNode.empty());
        MapNode annotations = metadata.getMap("annotations").orElse(MapNode.empty())
                .with(SEQUENCE, Node.of(Integer.toString(seq)))
                .with(SENT, Node.of(Long.toString(sent)));
        return object.with("metadata", metadata.with("annotations", annotations));
    }

    private void report(List<WatchReader> readers, Latencies updates, double seconds, ScaleReport report) {
        List<Latencies> parts = new ArrayList<>();
        long delivered = 0;
        long duplicates = 0;
        for (WatchReader reader : readers) {
            parts.add(reader.latencies());
            delivered += reader.distinct();
            duplicates += reader.duplicates();
        }
        long expected = (long) settings.watchers() * settings.updates();
        Latencies all = Latencies.merge(parts);
        report.put("watch.delivery", all.micros(50, 99, 100) + " delivered=" + delivered + "/" + expected
                + " missing=" + (expected - delivered) + " duplicates=" + duplicates + " events/s="
                + Math.round(delivered / Math.max(seconds, 1e-9)) + " watchers=" + settings.watchers()
                + " updates=" + settings.updates() + " rate=" + (settings.updateRate() == 0 ? "max" : settings.updateRate() + "/s"));
        report.put("watch.update", updates.micros(50, 99, 100) + " (Java API update call, including fan-out to "
                + settings.watchers() + " watches)");
    }
}
