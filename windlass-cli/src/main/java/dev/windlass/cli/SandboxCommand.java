package dev.windlass.cli;

import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.SandboxBuilder;
import dev.windlass.sandbox.SandboxStartException;
import dev.windlass.sandbox.kubeconfig.KubeconfigException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code windlass sandbox}: runs the in-memory Kubernetes API server until interrupted. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Run a local Kubernetes API server in memory, with simulated workload controllers, "
                + "for kubectl, fabric8 and Windlass itself. Stop it with Ctrl-C."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass sandbox --kubeconfig-out sandbox.kubeconfig",
            "  KUBECONFIG=sandbox.kubeconfig kubectl get namespaces",
            "  windlass sandbox --data-dir .sandbox      keep objects across restarts"})
final class SandboxCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep objects and the CA in DIR so they survive a restart (default: memory only).")
    Path dataDir;

    @Option(names = "--kubeconfig-out", paramLabel = "FILE",
            description = "Write (or merge into) a kubeconfig for the sandbox, context windlass-sandbox.")
    Path kubeconfigOut;

    @Option(names = "--no-controllers", description = "Do not simulate workload controllers; objects stay as written.")
    boolean noControllers;

    @Option(names = "--ready-delay", paramLabel = "DURATION", defaultValue = "2s",
            description = "How long simulated workloads take to become ready (default: ${DEFAULT-VALUE}).",
            converter = Durations.class)
    Duration readyDelay;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        SandboxBuilder builder = Sandbox.builder().host(host).port(port).controllers(!noControllers)
                .readyDelay(readyDelay);
        if (dataDir != null) {
            builder.dataDir(dataDir);
        }
        try (Sandbox sandbox = builder.start()) {
            Path kubeconfig = kubeconfigOut != null ? kubeconfigOut : defaultKubeconfig();
            sandbox.writeKubeconfig(kubeconfig);
            printHowToConnect(out, sandbox, kubeconfig);
            // Ctrl-C or SIGTERM: close inside the hook, so the data directory is closed before the JVM halts.
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                sandbox.close();
                stopped.countDown();
            }, "sandbox-shutdown"));
            stopped.await();
        } catch (SandboxStartException | KubeconfigException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("windlass sandbox: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        return ExitCodes.OK;
    }

    /**
     * Where the kubeconfig goes without {@code --kubeconfig-out}: the data directory, or a private
     * temporary file; never standard output, since it holds the token.
     */
    private Path defaultKubeconfig() {
        if (dataDir != null) {
            return dataDir.resolve("kubeconfig");
        }
        try {
            Path dir = java.nio.file.Files.createTempDirectory("windlass-sandbox-");
            return dir.resolve("kubeconfig");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not create a temporary directory for the kubeconfig; "
                    + "pass --kubeconfig-out FILE", e);
        }
    }

    private void printHowToConnect(PrintWriter out, Sandbox sandbox, Path kubeconfig) {
        out.println("Sandbox API server listening on " + sandbox.url()
                + (dataDir == null ? " (in memory)" : " (data in " + dataDir + ")"));
        out.println("Kubeconfig written to " + kubeconfig + " (context windlass-sandbox). Try:");
        out.println("  export KUBECONFIG=" + kubeconfig);
        out.println("  kubectl get namespaces");
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    /** Parses {@code 500ms}, {@code 2s}, {@code 1m}. */
    static final class Durations implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            String value = text.trim();
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + text + "' is not a duration; write it like 500ms, 2s or 1m");
            };
        }
    }
}
