package dev.windlass.bench.sandbox;

import dev.windlass.sandbox.Sandbox;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time: from the {@code Sandbox.builder().start()} call to the first 200 from
 * {@code /readyz} over HTTPS, with the simulated controllers on. The first start of the JVM is
 * reported apart, since it also loads and compiles the sandbox's classes (what {@code windlass up}
 * pays); the median is over the starts after it.
 */
final class StartupProbe {

    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private StartupProbe() {
    }

    static void measure(ScaleSettings settings, ScaleReport report) {
        long first = timeOneStart();
        Latencies warm = new Latencies(settings.starts());
        for (int i = 0; i < settings.starts(); i++) {
            warm.add(timeOneStart());
        }
        report.put("startup", "first=" + millis(first) + "ms p50=" + millis(warm.percentile(50)) + "ms max="
                + millis(warm.max()) + "ms starts=" + settings.starts() + " (start() call to first 200 from /readyz)");
    }

    /** Starts a sandbox, polls {@code /readyz} until it answers 200, closes it; returns the nanoseconds that took. */
    private static long timeOneStart() {
        long begin = System.nanoTime();
        try (Sandbox sandbox = Sandbox.builder().start()) {
            ApiClient client = new ApiClient(sandbox);
            while (true) {
                HttpResponse<byte[]> response = client.get("/readyz");
                long elapsed = System.nanoTime() - begin;
                if (response.statusCode() == 200) {
                    return elapsed;
                }
                if (elapsed > GIVE_UP_NANOS) {
                    throw new IllegalStateException("/readyz still answers " + response.statusCode() + " after 60 s");
                }
                Thread.onSpinWait();
            }
        }
    }

    private static String millis(long nanos) {
        return Long.toString(Math.round(nanos / 1e6));
    }
}
