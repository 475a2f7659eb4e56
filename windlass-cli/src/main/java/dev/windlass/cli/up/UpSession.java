package dev.windlass.cli.up;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything {@code windlass up} started, closed in reverse order on exit or Ctrl-C (a shutdown hook
 * closes the session so the sandbox's data directory is flushed before the JVM halts).
 */
final class UpSession implements AutoCloseable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final PrintWriter out;
    private final PrintWriter err;
    private final Thread hook;
    private boolean closed;

    UpSession(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        this.hook = new Thread(this::close, "windlass-up-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    PrintWriter out() {
        return out;
    }

    <T extends AutoCloseable> T add(T resource) {
        synchronized (started) {
            started.push(resource);
        }
        return resource;
    }

    void onClose(AutoCloseable action) {
        add(action);
    }

    @Override
    public void close() {
        synchronized (started) {
            if (closed) {
                return;
            }
            closed = true;
            while (!started.isEmpty()) {
                try {
                    started.pop().close();
                } catch (Exception e) {
                    err.println("windlass up: while stopping: " + e.getMessage());
                }
            }
        }
        err.flush();
        if (Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping; the hook runs this method and finds nothing left to close
            }
        }
    }
}
