package dev.windlass.sandbox.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.StoredObject;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real writer process with SIGKILL ({@link Process#destroyForcibly()}) and checks that
 * every write it acknowledged is in the reopened directory, exactly as {@link CrashSchedule} says.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CrashTest {

    @TempDir
    Path temp;

    @Test
    void kill9_keepsEveryAcknowledgedWrite_roundAfterRound() throws Exception {
        Path data = temp.resolve("data");
        long acknowledged = 0;
        for (int round = 0; round < 4; round++) {
            try (Child child = Child.start(data, 64 * 1024, 200, temp.resolve("stderr-" + round))) {
                assertThat(child.awaitReady()).isGreaterThanOrEqualTo(acknowledged);
                child.readAcks(250 + 50 * round, () -> true);
                acknowledged = child.killAndDrain();
            }
            System.out.printf("crash round %d: killed after version %d%n", round, acknowledged);
            assertRecovered(data, 64 * 1024, acknowledged);
        }
    }

    @Test
    void kill9_whileASnapshotIsBeingWritten_keepsEveryAcknowledgedWrite() throws Exception {
        Path data = temp.resolve("data");
        boolean diedMidSnapshot = false;
        for (int round = 0; round < 5 && !diedMidSnapshot; round++) {
            try (Child child = Child.start(data, 128 * 1024, 8 * 1024, temp.resolve("stderr-" + round))) {
                child.awaitReady();
                child.readAcks(400, () -> snapshotInProgress(data));
                long acknowledged = child.killAndDrain();
                diedMidSnapshot = snapshotInProgress(data);
                System.out.printf("crash round %d: killed after version %d, mid-snapshot: %s%n",
                        round, acknowledged, diedMidSnapshot);
                assertRecovered(data, 128 * 1024, acknowledged);
            }
        }
        assertThat(diedMidSnapshot).as("a round was killed while a snapshot was being written").isTrue();
    }

    @Test
    void open_isRefusedWhileAnotherProcessHoldsTheDirectory() throws Exception {
        Path data = temp.resolve("data");
        try (Child child = Child.start(data, 64 * 1024, 10, temp.resolve("stderr"))) {
            child.awaitReady();

            assertThatThrownBy(() -> Fixtures.open(data))
                    .isInstanceOf(DataDirectoryException.class)
                    .hasMessageContaining("the data directory " + data + " is in use by another sandbox (pid "
                            + child.pid() + ", recorded in " + data.resolve("lock") + ")");
            child.killAndDrain();
        }
        Fixtures.open(data).close();
    }

    private static void assertRecovered(Path data, long threshold, long acknowledged) throws IOException {
        try (Fixtures.Opened opened = Fixtures.open(data, threshold)) {
            long version = opened.store().currentVersion();
            // the write in flight at the kill may have reached the disk without being acknowledged
            assertThat(version).isBetween(acknowledged, acknowledged + 1);
            Map<ObjectKey, Long> actual = new HashMap<>();
            for (StoredObject stored : opened.store().list("", "configmaps", null)) {
                long step = Long.parseLong(stored.object().getMap("data").orElseThrow().getText("step").orElseThrow());
                assertThat(stored.resourceVersion()).isEqualTo(step);
                actual.put(stored.key(), step);
            }
            assertThat(actual).isEqualTo(CrashSchedule.expected(version));
        }
    }

    private static boolean snapshotInProgress(Path data) {
        try (Stream<Path> files = Files.list(data.resolve("journal"))) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".tmp"));
        } catch (IOException e) {
            return false;
        }
    }

    /** A {@link CrashWriter} process and the acknowledgements it printed. */
    private static final class Child implements AutoCloseable {
        private final Process process;
        private final InputStream out;
        private final Path stderr;
        private long lastAck;

        private Child(Process process, Path stdout, Path stderr) throws IOException {
            this.process = process;
            this.out = new BufferedInputStream(Files.newInputStream(stdout));
            this.stderr = stderr;
        }

        static Child start(Path data, long threshold, int padding, Path stderr) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName(), data.toString(), Long.toString(threshold), Integer.toString(padding)));
            // to files, not pipes: the JDK closes a process's pipes when it kills it, and what the
            // writer printed just before dying must still be read
            Path stdout = stderr.resolveSibling(stderr.getFileName() + ".out");
            builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            return new Child(builder.start(), stdout, stderr);
        }

        long pid() {
            return process.pid();
        }

        long awaitReady() throws IOException {
            String line = line();
            assertThat(line).as("first line of the writer; its stderr: %s", stderrText()).startsWith("ready ");
            return Long.parseLong(line.substring("ready ".length()));
        }

        /** Reads at least {@code count} acknowledgements, then more until {@code stop} says so. */
        void readAcks(int count, BooleanSupplier stop) throws IOException {
            for (int read = 0; read < count || !stop.getAsBoolean(); read++) {
                accept(line());
            }
        }

        /** Kills the process with SIGKILL and reads what it printed before it died; returns the last ack. */
        long killAndDrain() throws Exception {
            process.destroyForcibly();
            process.waitFor();
            for (String line = line(); line != null; line = line()) {
                accept(line);
            }
            return lastAck;
        }

        private void accept(String line) {
            assertThat(line).as("writer output; its stderr: %s", stderrText()).isNotNull().startsWith("ack ");
            long ack = Long.parseLong(line.substring("ack ".length()));
            assertThat(ack).isGreaterThan(lastAck);
            lastAck = ack;
        }

        /** The next complete line, or null once the process is dead; a line cut short by the kill is dropped. */
        private String line() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (true) {
                int b = out.read();
                if (b == '\n') {
                    return bytes.toString(StandardCharsets.UTF_8);
                } else if (b >= 0) {
                    bytes.write(b);
                } else if (process.isAlive()) {
                    pause();
                } else if (out.available() == 0) {
                    return null;
                }
            }
        }

        private static void pause() throws IOException {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading the writer's output", e);
            }
        }

        private String stderrText() {
            try {
                return Files.readString(stderr);
            } catch (IOException e) {
                return "(unreadable: " + e.getMessage() + ")";
            }
        }

        @Override
        public void close() throws Exception {
            process.destroyForcibly();
            process.waitFor();
            out.close();
        }
    }
}
