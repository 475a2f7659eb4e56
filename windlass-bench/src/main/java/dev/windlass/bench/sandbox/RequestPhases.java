package dev.windlass.bench.sandbox;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.WireJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The request measurements over HTTPS: gets of random ConfigMaps (one client thread, then
 * several) and lists of one namespace with a label selector.
 */
final class RequestPhases {

    private final ApiClient client;
    private final ScaleSettings settings;
    private final ConfigMaps configMaps;

    RequestPhases(ApiClient client, ScaleSettings settings) {
        this.client = client;
        this.settings = settings;
        this.configMaps = new ConfigMaps(settings);
    }

    /** Warm-up, then {@code gets} random gets on {@code threads} threads; puts {@code metric}. */
    void gets(int threads, String metric, ScaleReport report) throws Exception {
        randomGets(settings.warmup(), 7);
        long begin = System.nanoTime();
        Latencies all = Latencies.merge(runOn(threads, settings.gets(), 42));
        double seconds = (System.nanoTime() - begin) / 1e9;
        report.put(metric, all.micros(50, 90, 99, 100) + " rate=" + Math.round(settings.gets() / seconds)
                + "/s gets=" + settings.gets() + " threads=" + threads);
    }

    /** Warm-up, then {@code lists} lists of random namespaces with {@link ConfigMaps#SELECTOR}. */
    void lists(ScaleReport report) {
        String query = "?labelSelector=" + URLEncoder.encode(ConfigMaps.SELECTOR, StandardCharsets.UTF_8);
        checkListSize(query);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < Math.min(settings.warmup(), settings.lists()); i++) {
            client.getOk(listPath(random.nextInt(settings.namespaces())) + query);
        }
        Latencies latencies = new Latencies(settings.lists());
        long items = 0;
        long begin = System.nanoTime();
        for (int i = 0; i < settings.lists(); i++) {
            int namespace = random.nextInt(settings.namespaces());
            long start = System.nanoTime();
            client.getOk(listPath(namespace) + query);
            latencies.add(System.nanoTime() - start);
            items += configMaps.matching(namespace, settings.objects());
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        report.put("list", latencies.micros(50, 99, 100) + " items/s=" + Math.round(items / seconds)
                + " lists/s=" + Math.round(settings.lists() / seconds) + " items/list="
                + configMaps.matching(0, settings.objects()) + " of " + settings.objectsPerNamespace()
                + " selector=" + ConfigMaps.SELECTOR);
    }

    /** Fails unless a list returns exactly the objects the selector should match. */
    private void checkListSize(String query) {
        MapNode list = (MapNode) WireJson.parse(client.getOk(listPath(0) + query));
        int items = list.getList("items").map(l -> l.items().size()).orElse(0);
        int expected = configMaps.matching(0, settings.objects());
        if (items != expected) {
            throw new IllegalStateException("a list of " + ConfigMaps.namespace(0) + " with " + ConfigMaps.SELECTOR
                    + " returned " + items + " items; expected " + expected);
        }
    }

    private List<Latencies> runOn(int threads, int total, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Latencies>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int count = total / threads + (t < total % threads ? 1 : 0);
                long threadSeed = seed + t;
                parts.add(pool.submit(() -> randomGets(count, threadSeed)));
            }
            List<Latencies> results = new ArrayList<>();
            for (Future<Latencies> part : parts) {
                results.add(part.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private Latencies randomGets(int count, long seed) {
        return RandomGets.run(client, configMaps, settings.objects(), count, seed);
    }

    private static String listPath(int namespace) {
        return RandomGets.listPath(namespace);
    }
}
