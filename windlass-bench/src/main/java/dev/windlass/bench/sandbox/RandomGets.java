package dev.windlass.bench.sandbox;

import java.util.Locale;
import java.util.SplittableRandom;

/** Gets of random loaded ConfigMaps, timed one by one: shared by the scale run and the baseline. */
final class RandomGets {

    private RandomGets() {
    }

    /** {@code count} gets of objects drawn from {@code 0 .. objects-1} with {@code seed}. */
    static Latencies run(ApiClient client, ConfigMaps configMaps, int objects, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Latencies latencies = new Latencies(count);
        for (int i = 0; i < count; i++) {
            int object = random.nextInt(objects);
            String path = String.format(Locale.ROOT, "/api/v1/namespaces/%s/configmaps/%s",
                    configMaps.namespaceOf(object), ConfigMaps.name(object));
            long start = System.nanoTime();
            client.getOk(path);
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    /** The list path of namespace number {@code namespace}. */
    static String listPath(int namespace) {
        return "/api/v1/namespaces/" + ConfigMaps.namespace(namespace) + "/configmaps";
    }
}
