package dev.windlass.bench.sandbox;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.resource.ApiResource;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sandbox scale driver: start-up time, load rate and heap per object for 50,000 ConfigMaps,
 * get and list latency over HTTPS, and watch fan-out to 100 watchers. Not JMH: these are latency
 * distributions and one-shot measurements. Sizes come from {@link ScaleSettings} system properties.
 *
 * <p>Progress goes to standard error; the report block ({@code sandbox.<metric> <values>}, one
 * metric per line) to standard output. Run it with {@code bench/run.sh sandbox}.
 */
public final class SandboxScale {

    private static final WriteOptions LOADER = WriteOptions.as("windlass-bench");
    private static final long SETTLE_MILLIS = 1_000;

    private final ScaleSettings settings;
    private final PrintStream progress;

    SandboxScale(ScaleSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs every measurement with the sizes given as system properties and prints the report block. */
    public static void main(String[] args) throws Exception {
        ScaleReport report = new SandboxScale(ScaleSettings.fromSystemProperties(), System.err).run();
        System.out.print(report.block());
        System.out.flush();
    }

    /** Runs every measurement, in order, against sandboxes started here. */
    ScaleReport run() throws Exception {
        ScaleReport report = new ScaleReport(progress);
        report.put("env", environment());
        step("start-up: " + (settings.starts() + 1) + " starts");
        StartupProbe.measure(settings, report);
        try (Sandbox sandbox = Sandbox.builder().start()) {
            ApiResource configMaps = sandbox.api().registry().find("", "v1", "configmaps").orElseThrow();
            load(sandbox.api(), configMaps, report);
            ApiClient client = new ApiClient(sandbox);
            RequestPhases requests = new RequestPhases(client, settings);
            step("get: " + settings.gets() + " random gets on 1 thread, then on " + settings.getThreads());
            requests.gets(1, "get.1-thread", report);
            requests.gets(settings.getThreads(), "get." + settings.getThreads() + "-threads", report);
            step("list: " + settings.lists() + " lists of one namespace with " + ConfigMaps.SELECTOR);
            requests.lists(report);
            step("watch: " + settings.watchers() + " watchers, " + settings.updates() + " updates");
            new WatchFanOut(sandbox, client, settings, configMaps).measure(report);
        }
        return report;
    }

    /** Creates the namespaces and ConfigMaps through the Java API; puts the load rate and heap per object. */
    private void load(ObjectService api, ApiResource configMaps, ScaleReport report) throws InterruptedException {
        step("load: " + settings.objects() + " ConfigMaps in " + settings.namespaces() + " namespaces");
        ApiResource namespaces = api.registry().find("", "v1", "namespaces").orElseThrow();
        for (int i = 0; i < settings.namespaces(); i++) {
            String name = ConfigMaps.namespace(i);
            api.create(namespaces, null, ConfigMaps.namespaceBody(name), LOADER);
        }
        Thread.sleep(SETTLE_MILLIS);
        long before = HeapProbe.usedAfterGc();
        ConfigMaps factory = new ConfigMaps(settings);
        long begin = System.nanoTime();
        for (int object = 0; object < settings.objects(); object++) {
            MapNode body = factory.body(object);
            api.create(configMaps, factory.namespaceOf(object), body, LOADER);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        long after = HeapProbe.usedAfterGc();
        report.put("load", "objects=" + settings.objects() + " namespaces=" + settings.namespaces() + " rate="
                + Math.round(settings.objects() / seconds) + "/s time=" + Math.round(seconds * 1000) + "ms"
                + " (Java API create, one thread)");
        double perObject = (after - before) / 1024.0 / settings.objects();
        report.put("heap.per-object", String.format(Locale.ROOT, "%.2fKiB total=%.1fMiB (approximate: used heap"
                + " after System.gc() before vs after the load; data about %d bytes per object)",
                perObject, (after - before) / 1048576.0, settings.objectBytes()));
    }

    private static String environment() {
        Runtime runtime = Runtime.getRuntime();
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(","));
        return "jvm=" + System.getProperty("java.vm.version") + " vm=\"" + System.getProperty("java.vm.name")
                + "\" heap.max=" + HeapProbe.maxHeap() / 1048576 + "MiB cpus=" + runtime.availableProcessors()
                + " gc=\"" + collectors + "\" client=java.net.http(HTTP/1.1,TLS)";
    }

    private void step(String text) {
        if (progress != null) {
            progress.println("sandbox scale: " + text);
        }
    }
}
