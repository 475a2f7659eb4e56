package dev.windlass.pipelines.local;

import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.run.Cancellation;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Waits for a sidecar to be ready before the steps start, as Tekton waits for the Pod's sidecars:
 * its {@code startupProbe} then its {@code readinessProbe} ({@code exec} run as a host process,
 * {@code httpGet} and {@code tcpSocket} against 127.0.0.1) are retried until they pass, honouring
 * {@code initialDelaySeconds} and {@code timeoutSeconds}; retries come every
 * {@code min(periodSeconds, 1s)}. A sidecar without probes gets a short settle time instead.
 */
final class SidecarProbe {

    static final long SETTLE_MILLIS = 250;
    private static final long MAX_PERIOD_MILLIS = 1000;

    private final StepPlan sidecar;
    private final MapNode container;
    private final Mounts mounts;

    SidecarProbe(StepPlan sidecar, MapNode container, Mounts mounts) {
        this.sidecar = sidecar;
        this.container = container;
        this.mounts = mounts;
    }

    /** Whether the sidecar became ready (false when the task's deadline passed or it was cancelled first). */
    boolean await(Cancellation cancellation, long taskDeadline) throws InterruptedException {
        List<MapNode> probes = new ArrayList<>();
        container.getMap("startupProbe").ifPresent(probes::add);
        container.getMap("readinessProbe").ifPresent(probes::add);
        if (probes.isEmpty()) {
            Thread.sleep(SETTLE_MILLIS);
            return true;
        }
        for (MapNode probe : probes) {
            if (!passes(probe, cancellation, taskDeadline)) {
                return false;
            }
        }
        return true;
    }

    private boolean passes(MapNode probe, Cancellation cancellation, long taskDeadline) throws InterruptedException {
        Thread.sleep(seconds(probe, "initialDelaySeconds", 0) * 1000L);
        long period = Math.min(seconds(probe, "periodSeconds", 10) * 1000L, MAX_PERIOD_MILLIS);
        long timeout = Math.max(1, seconds(probe, "timeoutSeconds", 1)) * 1000L;
        while (!cancellation.isCancelled() && !HostProcess.passed(taskDeadline, System.nanoTime())) {
            if (attempt(probe, timeout, cancellation, taskDeadline)) {
                return true;
            }
            Thread.sleep(period);
        }
        return false;
    }

    private boolean attempt(MapNode probe, long timeoutMillis, Cancellation cancellation, long taskDeadline)
            throws InterruptedException {
        if (probe.getMap("exec").isPresent()) {
            List<String> argv = new ArrayList<>();
            StepTemplates.strings(probe.getMap("exec").get(), "command").forEach(a -> argv.add(mounts.rewrite(a)));
            if (argv.isEmpty()) {
                return true;
            }
            try {
                HostProcess process = HostProcess.start(sidecar.withArgv(argv, sidecar.env()),
                        sidecar.name() + "-probe", (line, stderr) -> { });
                long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
                HostProcess.Exit exit = process.await(deadline, taskDeadline, cancellation);
                return exit.end() == HostProcess.End.EXITED && exit.exitCode() == 0;
            } catch (IOException e) {
                return false;
            }
        }
        Optional<MapNode> http = probe.getMap("httpGet");
        Optional<MapNode> tcp = probe.getMap("tcpSocket");
        int port = port(http.or(() -> tcp).orElse(MapNode.empty()));
        if (port <= 0) {
            return true;
        }
        return http.isPresent() ? httpOk(port, http.get().getText("path").orElse("/"), (int) timeoutMillis)
                : tcpOpen(port, (int) timeoutMillis);
    }

    private int port(MapNode probe) {
        Optional<Node> port = probe.get("port");
        if (port.isPresent() && port.get() instanceof IntNode number) {
            return (int) number.value();
        }
        String name = port.flatMap(Node::asText).orElse("");
        return container.getList("ports").map(list -> list.items().stream()
                .map(n -> n.asMap().orElse(MapNode.empty()))
                .filter(p -> name.equals(p.getText("name").orElse("")))
                .map(p -> p.get("containerPort").filter(n -> n instanceof IntNode).map(n -> (int) ((IntNode) n).value())
                        .orElse(0))
                .findFirst().orElse(0)).orElse(0);
    }

    private static boolean tcpOpen(int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean httpOk(int port, String path, int timeoutMillis) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port
                    + (path.startsWith("/") ? path : "/" + path)).toURL().openConnection();
            connection.setConnectTimeout(timeoutMillis);
            connection.setReadTimeout(timeoutMillis);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status >= 200 && status < 400;
        } catch (IOException e) {
            return false;
        }
    }

    private static long seconds(MapNode probe, String key, long fallback) {
        return probe.get(key).filter(n -> n instanceof IntNode).map(n -> ((IntNode) n).value()).orElse(fallback);
    }
}
