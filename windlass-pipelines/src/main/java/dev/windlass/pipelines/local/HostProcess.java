package dev.windlass.pipelines.local;

import dev.windlass.pipelines.run.Cancellation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One step or sidecar running as a host process: its output lines pumped to a sink by reader
 * threads, waited for with a step deadline, a task deadline and cancellation (checked every 100 ms),
 * and killed with every process it started, as a container's end kills everything in it.
 */
final class HostProcess {

    static final long POLL_MILLIS = 100;
    static final long NO_DEADLINE = Long.MAX_VALUE;
    private static final long DRAIN_MILLIS = 2000;

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
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        Thread out = pump(process.getInputStream(), false, sink, threadName + "-out");
        Thread err = pump(process.getErrorStream(), true, sink, threadName + "-err");
        return new HostProcess(process, List.of(out, err));
    }

    private static Thread pump(InputStream stream, boolean stderr, LineSink sink, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    sink.line(line, stderr);
                }
            } catch (IOException e) {
                // the process was killed while we read: its remaining output is lost, as a killed container's is
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Waits for the process to exit, killing it at a deadline ({@code System.nanoTime()} values,
     * {@link #NO_DEADLINE} for none) or on cancellation.
     */
    Exit await(long stepDeadline, long taskDeadline, Cancellation cancellation) throws InterruptedException {
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
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
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
