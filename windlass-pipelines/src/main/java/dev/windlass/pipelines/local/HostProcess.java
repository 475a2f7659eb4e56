package dev.windlass.pipelines.local;

import dev.windlass.pipelines.run.Cancellation;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One step or sidecar running as a host process: its output lines pumped to a sink by reader
 * threads (and copied byte for byte to its stdoutConfig / stderrConfig files), waited for with a
 * step deadline, a task deadline and cancellation (checked every 100 ms), and killed with every process it started, as a container's end kills everything in it.
 */
final class HostProcess {

    static final long POLL_MILLIS = 100;
    static final long NO_DEADLINE = Long.MAX_VALUE;
    private static final long DRAIN_MILLIS = 2000;
    private static final int MAX_LINE_BYTES = 64 * 1024;

    /** Receives a process's output lines. */
    interface LineSink {
        void line(String line, boolean stderr);
    }

    /** How the wait ended. */
    enum End { EXITED, STEP_TIMEOUT, TASK_TIMEOUT, CANCELLED }

    /** The end and exit code of a process. */
    record Exit(End end, int exitCode) {
    }

    private final Process process;
    private final List<Thread> readers;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    private HostProcess(Process process, List<Thread> readers) {
        this.process = process;
        this.readers = readers;
    }

    static HostProcess start(StepPlan plan, String threadName, LineSink sink) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(plan.argv()).directory(plan.workingDir().toFile());
        builder.environment().clear();
        builder.environment().putAll(plan.env());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        OutputStream stdoutCopy = copy(plan.stdoutFile());
        OutputStream stderrCopy = copy(plan.stderrFile());
        Process process = builder.start();
        Thread out = pump(process.getInputStream(), stdoutCopy, false, sink, threadName + "-out");
        Thread err = pump(process.getErrorStream(), stderrCopy, true, sink, threadName + "-err");
        return new HostProcess(process, List.of(out, err));
    }

    private static OutputStream copy(Optional<Path> file) throws IOException {
        return file.isPresent() ? Files.newOutputStream(file.get()) : null;
    }

    private static Thread pump(InputStream stream, OutputStream copy, boolean stderr, LineSink sink, String name) {
        Thread thread = new Thread(() -> {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try (InputStream in = stream; OutputStream file = copy) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (file != null) {
                        file.write(buffer, 0, n);
                        file.flush();
                    }
                    split(buffer, n, line, stderr, sink);
                    if (line.size() > MAX_LINE_BYTES) {
                        deliver(sink, line, stderr);
                    }
                }
            } catch (IOException e) {
                // the process was killed while we read: its remaining output is lost, as a killed container's is
            }
            if (line.size() > 0) {
                deliver(sink, line, stderr);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Hands a line to the sink; a failing sink must not stop the draining, or the process would block. */
    private static void deliver(LineSink sink, ByteArrayOutputStream line, boolean stderr) {
        try {
            sink.line(line.toString(StandardCharsets.UTF_8), stderr);
        } catch (RuntimeException e) {
            // the listener's problem; the step keeps running and its output keeps flowing
        }
        line.reset();
    }

    private static void split(byte[] buffer, int length, ByteArrayOutputStream line, boolean stderr, LineSink sink) {
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\n') {
                line.write(buffer, start, i - start);
                deliver(sink, line, stderr);
                start = i + 1;
            }
        }
        line.write(buffer, start, length - start);
    }

    /**
     * Waits for the process to exit, killing it at a deadline ({@code System.nanoTime()} values,
     * {@link #NO_DEADLINE} for none) or on cancellation.
     */
    Exit await(long stepDeadline, long taskDeadline, Cancellation cancellation) throws InterruptedException {
        try {
            return poll(stepDeadline, taskDeadline, cancellation);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            killLeftovers();
            throw e;
        }
    }

    private Exit poll(long stepDeadline, long taskDeadline, Cancellation cancellation) throws InterruptedException {
        while (true) {
            remember();
            if (process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                killLeftovers();
                drain();
                return new Exit(End.EXITED, process.exitValue());
            }
            long now = System.nanoTime();
            End end = cancellation.isCancelled() ? End.CANCELLED
                    : passed(taskDeadline, now) ? End.TASK_TIMEOUT
                    : passed(stepDeadline, now) ? End.STEP_TIMEOUT : null;
            if (end != null) {
                stop();
                return new Exit(end, process.exitValue());
            }
        }
    }

    static boolean passed(long deadline, long now) {
        return deadline != NO_DEADLINE && now - deadline >= 0;
    }

    /** Kills the process and everything it started, and waits for its output to end. */
    void stop() throws InterruptedException {
        remember();
        process.destroyForcibly();
        killLeftovers();
        process.waitFor(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        killLeftovers();
        drain();
    }

    private void remember() {
        process.descendants().forEach(seen::add);
    }

    private void killLeftovers() {
        seen.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void drain() throws InterruptedException {
        for (Thread reader : readers) {
            reader.join(DRAIN_MILLIS);
        }
    }
}
