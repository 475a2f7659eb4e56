package dev.windlass.bench.sandbox;

import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.resource.ApiResource;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sandbox against the tool a Java test would otherwise run: fabric8's
 * {@code kubernetes-server-mock} in CRUD mode. Loads the same ConfigMaps into both (the sandbox
 * through its Java API, the mock through HTTP POSTs), then measures both with the same
 * {@link ApiClient} code: random gets and lists of one namespace with an equality label selector
 * (the mock ignores set-based requirements). Sizes come from {@link BaselineSettings}.
 *
 * <p>Progress goes to standard error; the report ({@code baseline.<metric> sandbox=… mock=…
 * ratio=…x}, where the ratio is mock time over sandbox time, so above 1 means the sandbox is faster,
 * then notes) to standard output. Run it with {@code bench/run.sh sandbox-baseline}.
 */
public final class SandboxBaseline {

    /** Every report line starts with this. */
    static final String PREFIX = "baseline.";
    private static final WriteOptions LOADER = WriteOptions.as("windlass-bench");

    private final BaselineSettings settings;
    private final PrintStream progress;

    SandboxBaseline(BaselineSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs the comparison with the sizes given as system properties and prints the report lines. */
    public static void main(String[] args) throws Exception {
        List<String> lines = new SandboxBaseline(BaselineSettings.fromSystemProperties(), System.err).run();
        lines.forEach(System.out::println);
        System.out.flush();
    }

    /** Measures the sandbox, then the mock (one server running at a time); returns the report lines. */
    List<String> run() throws Exception {
        ConfigMaps configMaps = new ConfigMaps(settings.asScale());
        BaselinePhases.Outcome sandbox;
        double sandboxLoad;
        try (Sandbox server = Sandbox.builder().start()) {
            step("sandbox: loading " + settings.objects() + " ConfigMaps through the Java API");
            sandboxLoad = load(server.api(), configMaps);
            step("sandbox: measuring over HTTPS");
            sandbox = new BaselinePhases(new ApiClient(server), settings).measure();
        }
        BaselinePhases.Outcome mock;
        double mockLoad;
        BaselinePhases phases;
        try (Fabric8CrudMock server = Fabric8CrudMock.start()) {
            step("fabric8 mock: loading " + settings.objects() + " ConfigMaps through HTTP POSTs");
            mockLoad = server.load(settings, configMaps);
            step("fabric8 mock: measuring over plain HTTP");
            phases = new BaselinePhases(ApiClient.plain(server.url()), settings);
            mock = phases.measure();
        }
        return report(sandbox, mock, sandboxLoad, mockLoad, phases);
    }

    private List<String> report(BaselinePhases.Outcome sandbox, BaselinePhases.Outcome mock, double sandboxLoad,
                                double mockLoad, BaselinePhases phases) {
        List<String> lines = new ArrayList<>();
        lines.add(PREFIX + "sizes objects=" + settings.objects() + " namespaces=" + settings.namespaces()
                + " objectBytes=" + settings.objectBytes() + " gets=" + settings.gets() + " lists="
                + settings.lists() + " warmup=" + settings.warmup() + " (one client thread)");
        lines.add(time("get.p50", sandbox.gets().percentile(50), mock.gets().percentile(50)));
        lines.add(time("get.p99", sandbox.gets().percentile(99), mock.gets().percentile(99)));
        lines.add(PREFIX + "get.rate sandbox=" + Math.round(sandbox.getsPerSecond()) + "/s mock="
                + Math.round(mock.getsPerSecond()) + "/s ratio=" + ratio(sandbox.getsPerSecond() / mock.getsPerSecond()));
        lines.add(time("list.p50", sandbox.lists().percentile(50), mock.lists().percentile(50)));
        lines.add(time("list.p99", sandbox.lists().percentile(99), mock.lists().percentile(99)));
        lines.add(PREFIX + "note.protocol sandbox=HTTPS (TLS, bearer token checked, HTTP/1.1) mock=plain HTTP"
                + " (no TLS, no auth, HTTP/1.1); same java.net.http client code for both; the sandbox's"
                + " numbers include TLS and authentication, the mock's do not");
        lines.add(PREFIX + "note.selector list selector=\"" + ConfigMaps.SELECTOR + "\" (equality-based, as the"
                + " mock ignores set-based requirements) items sandbox=" + sandbox.listItems() + " mock="
                + mock.listItems() + " expected=" + phases.expectedItems());
        lines.add(PREFIX + "note.set-selector selector=\"" + BaselinePhases.SET_SELECTOR + "\" items sandbox="
                + sandbox.setListItems() + " mock=" + mock.setListItems() + " expected=" + phases.expectedItems()
                + " namespace-total=" + phases.namespaceItems() + " honoured sandbox="
                + honoured(sandbox.setListItems(), phases) + " mock=" + honoured(mock.setListItems(), phases)
                + " (not timed)");
        lines.add(PREFIX + "note.load sandbox=" + Math.round(sandboxLoad) + "/s (Java API create, no HTTP) mock="
                + Math.round(mockLoad) + "/s (HTTP POST, one thread); not comparable, so no ratio");
        return List.copyOf(lines);
    }

    /** Creates the namespaces and ConfigMaps through the Java API; returns objects per second. */
    private double load(ObjectService api, ConfigMaps configMaps) {
        ApiResource namespaces = api.registry().find("", "v1", "namespaces").orElseThrow();
        ApiResource configMapResource = api.registry().find("", "v1", "configmaps").orElseThrow();
        for (int i = 0; i < settings.namespaces(); i++) {
            api.create(namespaces, null, ConfigMaps.namespaceBody(ConfigMaps.namespace(i)), LOADER);
        }
        long begin = System.nanoTime();
        for (int object = 0; object < settings.objects(); object++) {
            api.create(configMapResource, configMaps.namespaceOf(object), configMaps.body(object), LOADER);
        }
        return settings.objects() / ((System.nanoTime() - begin) / 1e9);
    }

    private static String time(String metric, long sandboxNanos, long mockNanos) {
        return PREFIX + metric + " sandbox=" + Latencies.toMicros(sandboxNanos) + "us mock="
                + Latencies.toMicros(mockNanos) + "us ratio=" + ratio((double) mockNanos / sandboxNanos);
    }

    private static String honoured(int items, BaselinePhases phases) {
        return items == phases.expectedItems() ? "yes" : items == phases.namespaceItems() ? "no(ignored)" : "no";
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }

    private void step(String text) {
        if (progress != null) {
            progress.println("sandbox baseline: " + text);
        }
    }
}
