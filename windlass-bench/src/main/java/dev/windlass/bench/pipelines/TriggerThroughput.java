package dev.windlass.bench.pipelines;

import dev.windlass.bench.sandbox.Latencies;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.run.ObjectLookup;
import dev.windlass.pipelines.triggers.EventListener;
import dev.windlass.pipelines.triggers.EventListenerHandler;
import dev.windlass.pipelines.triggers.TriggerCatalog;
import dev.windlass.pipelines.triggers.TriggerReader;
import dev.windlass.server.triggers.TriggerServer;
import dev.windlass.server.triggers.TriggerServerOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The trigger server's event rate for issue 8, printed as {@code triggers.<metric>} lines: the seed's
 * EventListener (examples/tekton-cicd: github interceptor with the webhook Secret, cel filter, binding
 * and TriggerTemplate) served by {@link TriggerServer} on loopback with a launcher that only counts,
 * and signed GitHub push events POSTed by {@code -Dtriggers.threads} (4) client threads over
 * keep-alive HTTP/1.1: events per second and per-event latency (p50/p99) for
 * {@code -Dtriggers.events} (20,000) valid events after {@code -Dtriggers.warmup} (2,000). The
 * example folder is {@code -Dtriggers.example} (bench/run.sh passes it). Signatures are computed
 * before the clock starts; the server's rate limit is lifted for the run.
 */
public final class TriggerThroughput {

    private static final String AFTER = "7d3f833183465d7092a33b69a395ee2bc8d53d99";

    private TriggerThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path example = Path.of(System.getProperty("triggers.example", "examples/tekton-cicd"));
        int threads = Integer.getInteger("triggers.threads", 4);
        int events = Integer.getInteger("triggers.events", 20_000);
        int warmup = Integer.getInteger("triggers.warmup", 2_000);
        List<KubeObject> objects = new ArrayList<>();
        for (String file : List.of("triggers.yaml", "trigger-binding.yaml", "secrets.yaml")) {
            objects.addAll(read(example.resolve(file)));
        }
        AtomicLong launched = new AtomicLong();
        List<EventListenerHandler> handlers = handlers(objects, launched);
        String template = Files.readString(example.resolve("push-event.json"));
        List<SignedPushEvents.Delivery> deliveries = SignedPushEvents.make(template, AFTER, token(objects),
                warmup + events);
        TriggerServerOptions options = TriggerServerOptions.DEFAULT.withPort(0).withRate(1e7, 10_000_000)
                .withThreads(Math.max(TriggerServerOptions.DEFAULT.threads(), threads));
        try (TriggerServer server = TriggerServer.start(handlers, options, line -> { })) {
            URI uri = URI.create(server.url() + "/");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            post(client, uri, deliveries.subList(0, warmup), threads);
            launched.set(0);
            long start = System.nanoTime();
            Run run = post(client, uri, deliveries.subList(warmup, warmup + events), threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "triggers.events %d valid signed push events, %d client threads, %d server threads%n",
                    events, threads, options.threads());
            System.out.printf(Locale.ROOT, "triggers.throughput %.0f events/s%n", events / seconds);
            System.out.printf(Locale.ROOT, "triggers.latency %s%n", run.latencies().micros(50, 99, 100));
            System.out.printf(Locale.ROOT, "triggers.accepted %d of %d answered 202, %d PipelineRuns launched%n",
                    run.accepted(), events, launched.get());
            System.out.printf(Locale.ROOT, "triggers.nodelay sun.net.httpserver.nodelay=%s (unset: the JDK server"
                    + " leaves Nagle's algorithm on, and small answers wait for the client's delayed ACK)%n",
                    System.getProperty("sun.net.httpserver.nodelay", "unset"));
        }
    }

    /** A handler per EventListener among {@code objects}, whose launcher only counts into {@code launched}. */
    private static List<EventListenerHandler> handlers(List<KubeObject> objects, AtomicLong launched) {
        Result<TriggerCatalog> catalog = TriggerReader.read(objects);
        if (catalog.hasErrors()) {
            throw new IllegalStateException("the example's triggers do not read: " + catalog.errors());
        }
        ObjectLookup lookup = (kind, namespace, name) -> objects.stream()
                .filter(o -> o.kind().equals(kind) && o.namespace().equals(namespace) && o.name().equals(name))
                .findFirst();
        List<EventListenerHandler> handlers = new ArrayList<>();
        for (EventListener listener : catalog.value().listeners()) {
            handlers.add(new EventListenerHandler(listener, catalog.value(), lookup, run -> launched.incrementAndGet()));
        }
        return handlers;
    }

    /** What one batch of posts gave: latencies and the count of 202 answers. */
    private record Run(Latencies latencies, long accepted) {
    }

    private static Run post(HttpClient client, URI uri, List<SignedPushEvents.Delivery> deliveries, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Latencies>> parts = new ArrayList<>();
            AtomicLong accepted = new AtomicLong();
            for (int t = 0; t < threads; t++) {
                List<SignedPushEvents.Delivery> mine = slice(deliveries, t, threads);
                parts.add(pool.submit(() -> send(client, uri, mine, accepted)));
            }
            List<Latencies> all = new ArrayList<>();
            for (Future<Latencies> part : parts) {
                all.add(part.get());
            }
            return new Run(Latencies.merge(all), accepted.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Latencies send(HttpClient client, URI uri, List<SignedPushEvents.Delivery> mine, AtomicLong accepted)
            throws IOException, InterruptedException {
        Latencies latencies = new Latencies(mine.size());
        for (SignedPushEvents.Delivery delivery : mine) {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .header("X-GitHub-Event", "push")
                    .header("X-Hub-Signature-256", delivery.signature())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                    .build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            latencies.add(System.nanoTime() - start);
            if (response.statusCode() == 202) {
                accepted.incrementAndGet();
            }
        }
        return latencies;
    }

    private static <T> List<T> slice(List<T> all, int index, int parts) {
        int from = all.size() * index / parts;
        int to = all.size() * (index + 1) / parts;
        return all.subList(from, to);
    }

    /** The webhook token: the github-webhook-secret Secret's secretToken, base64-decoded. */
    private static String token(List<KubeObject> objects) {
        KubeObject secret = objects.stream().filter(o -> o.kind().equals("Secret")
                && o.name().equals("github-webhook-secret")).findFirst()
                .orElseThrow(() -> new IllegalStateException("secrets.yaml has no github-webhook-secret"));
        String data = secret.content().getMap("data").flatMap(d -> d.getText("secretToken")).orElseThrow();
        return new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
    }

    private static List<KubeObject> read(Path file) throws IOException {
        List<KubeObject> objects = new ArrayList<>();
        for (ParsedDocument doc : YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                .read(file.getFileName().toString(), Files.readString(file)).documents()) {
            if (doc.content() instanceof MapNode map) {
                objects.add(KubeObject.of(map));
            }
        }
        return objects;
    }
}
