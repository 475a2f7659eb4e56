package dev.windlass.sandbox.kubectl;

import dev.windlass.sandbox.Sandbox;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real {@code kubectl} binary against a sandbox: no shell, its own kubeconfig and
 * discovery cache, standard input from a string, a time limit per call, and standard output and
 * error captured apart.
 */
final class Kubectl {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path binary;
    private final Path kubeconfig;
    private final Path workDir;
    private final AtomicInteger calls = new AtomicInteger();

    private Kubectl(Path binary, Path kubeconfig, Path workDir) {
        this.binary = binary;
        this.kubeconfig = kubeconfig;
        this.workDir = workDir;
    }

    /** The installed kubectl: {@code /usr/bin/kubectl}, else the first one on {@code PATH}. */
    static Optional<Path> binary() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("/usr/bin/kubectl"));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, "kubectl"));
                }
            }
        }
        return candidates.stream().filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
    }

    /** Skips the calling test class, visibly, when kubectl is not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(binary().isPresent(),
                "kubectl is not installed; install it to run the kubectl conformance tests");
        int minor = clientMinor(binary().get());
        Assumptions.assumeTrue(minor >= MIN_MINOR, "kubectl 1." + minor + " is older than 1." + MIN_MINOR
                + ", whose behaviour (aggregated discovery, server-side field validation, apply) these tests expect;"
                + " install a newer kubectl to run them");
    }

    /** The oldest kubectl minor version the tests are written against. */
    static final int MIN_MINOR = 27;

    /** The client's minor version from {@code kubectl version --client -o json}, or 0 when it cannot tell. */
    private static int clientMinor(Path kubectl) {
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "version", "--client", "-o", "json")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            java.util.regex.Matcher minor = java.util.regex.Pattern.compile("\"minor\"\\s*:\\s*\"(\\d+)")
                    .matcher(out);
            return minor.find() ? Integer.parseInt(minor.group(1)) : 0;
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** A kubectl for {@code sandbox}, keeping its kubeconfig and cache under {@code workDir}. */
    static Kubectl forSandbox(Sandbox sandbox, Path workDir) {
        Path kubeconfig = workDir.resolve("kubeconfig");
        sandbox.writeKubeconfig(kubeconfig);
        return new Kubectl(binary().orElseThrow(() -> new IllegalStateException(
                "kubectl is not installed; call Kubectl.assumeInstalled() first")), kubeconfig, workDir);
    }

    Path kubeconfig() {
        return kubeconfig;
    }

    /** Runs {@code kubectl <args>} with nothing on standard input. */
    Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs {@code kubectl <args>} with {@code input} on standard input (for {@code -f -}). */
    Result runWithInput(String input, String... args) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.add("--kubeconfig=" + kubeconfig);
        command.add("--cache-dir=" + workDir.resolve("cache"));
        command.addAll(List.of(args));
        int call = calls.incrementAndGet();
        Path in = workDir.resolve("stdin-" + call);
        Path out = workDir.resolve("stdout-" + call);
        Path err = workDir.resolve("stderr-" + call);
        try {
            Files.writeString(in, input, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("KUBECONFIG");
            builder.environment().put("HOME", workDir.toString());
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError("kubectl " + String.join(" ", args) + " did not finish within "
                        + TIMEOUT_SECONDS + "s; stderr so far: " + Files.readString(err));
            }
            return new Result(args, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + binary, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while kubectl ran", e);
        }
    }

    /** What one kubectl call printed and how it exited. */
    record Result(List<String> args, int exitCode, String stdout, String stderr) {

        Result(String[] args, int exitCode, String stdout, String stderr) {
            this(List.of(args), exitCode, stdout, stderr);
        }

        /** The call's standard output, or an AssertionError with everything kubectl said when it failed. */
        String ok() {
            if (exitCode != 0) {
                throw new AssertionError(this.toString());
            }
            return stdout;
        }

        /** Standard output split into non-blank lines. */
        List<String> lines() {
            return stdout.lines().filter(line -> !line.isBlank()).toList();
        }

        @Override
        public String toString() {
            return "kubectl " + String.join(" ", args) + " exited " + exitCode + "\n--- stdout\n" + stdout
                    + "--- stderr\n" + stderr;
        }
    }
}
