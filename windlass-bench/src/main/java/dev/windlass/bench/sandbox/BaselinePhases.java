package dev.windlass.bench.sandbox;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.WireJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The measurements {@link SandboxBaseline} makes against each server, with the same
 * {@link ApiClient} code and the same random sequence for both: random gets on one thread and lists
 * of one namespace with an equality label selector, each after a warm-up, plus item counts that show
 * whether the server honours the selectors.
 */
final class BaselinePhases {

    /** A set-based selector meaning the same as the first requirement of {@link ConfigMaps#SELECTOR}. */
    static final String SET_SELECTOR = "app in (app-3)";

    private final ApiClient client;
    private final BaselineSettings settings;
    private final ConfigMaps configMaps;

    BaselinePhases(ApiClient client, BaselineSettings settings) {
        this.client = client;
        this.settings = settings;
        this.configMaps = new ConfigMaps(settings.asScale());
    }

    /** What one server measured: get and list latencies, the get rate and the list item counts. */
    record Outcome(Latencies gets, double getsPerSecond, Latencies lists, int listItems, int setListItems) {
    }

    /** Runs every measurement against the server {@link #client} talks to. */
    Outcome measure() {
        randomGets(settings.warmup(), 7);
        long begin = System.nanoTime();
        Latencies gets = randomGets(settings.gets(), 42);
        double getsPerSecond = settings.gets() / ((System.nanoTime() - begin) / 1e9);
        int listItems = items(ConfigMaps.SELECTOR);
        int setListItems = items(SET_SELECTOR);
        return new Outcome(gets, getsPerSecond, lists(), listItems, setListItems);
    }

    /** The objects of namespace 0 that {@link ConfigMaps#SELECTOR} (and {@link #SET_SELECTOR}) match. */
    int expectedItems() {
        return configMaps.matching(0, settings.objects());
    }

    /** The objects in namespace 0 regardless of labels: what a server that ignores a selector returns. */
    int namespaceItems() {
        return (settings.objects() + settings.namespaces() - 1) / settings.namespaces();
    }

    private Latencies lists() {
        String query = query(ConfigMaps.SELECTOR);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < Math.min(settings.warmup(), settings.lists()); i++) {
            client.getOk(listPath(random.nextInt(settings.namespaces())) + query);
        }
        Latencies latencies = new Latencies(settings.lists());
        for (int i = 0; i < settings.lists(); i++) {
            String path = listPath(random.nextInt(settings.namespaces())) + query;
            long start = System.nanoTime();
            client.getOk(path);
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    private int items(String selector) {
        MapNode list = (MapNode) WireJson.parse(client.getOk(listPath(0) + query(selector)));
        return list.getList("items").map(l -> l.items().size()).orElse(0);
    }

    private Latencies randomGets(int count, long seed) {
        return RandomGets.run(client, configMaps, settings.objects(), count, seed);
    }

    private static String query(String selector) {
        return "?labelSelector=" + URLEncoder.encode(selector, StandardCharsets.UTF_8);
    }

    private static String listPath(int namespace) {
        return RandomGets.listPath(namespace);
    }
}
