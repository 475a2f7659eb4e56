package dev.windlass.sandbox.controller;

import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.store.WatchEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the controllers on one thread. Store changes are handed over from inside the store's
 * write lock and processed afterwards in commit order; scheduled tasks run on the same thread, so
 * controllers need no locking of their own.
 */
public final class ControllerRuntime implements ControllerContext, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ControllerRuntime.class.getName());

    private final ObjectService api;
    private final Clock clock;
    private final Duration readyDelay;
    private final List<Controller> controllers;
    private final ScheduledExecutorService thread;

    public ControllerRuntime(ObjectService api, Clock clock, Duration readyDelay, List<Controller> controllers) {
        this.api = api;
        this.clock = clock;
        this.readyDelay = readyDelay;
        this.controllers = List.copyOf(controllers);
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "sandbox-controllers");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts receiving the store's changes. */
    public void start() {
        api.store().addListener(event -> {
            try {
                thread.execute(() -> dispatch(event));
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                // the sandbox is shutting down: later changes have no controller to act on them
            }
        });
    }

    @Override
    public ObjectService api() {
        return api;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Duration readyDelay() {
        return readyDelay;
    }

    @Override
    public void schedule(Duration delay, Runnable task) {
        if (!thread.isShutdown()) {
            thread.schedule(() -> run("scheduled task", task), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Waits until every change committed so far has been handled (for tests and shutdown). */
    public void awaitIdle(Duration timeout) throws InterruptedException {
        var done = new java.util.concurrent.CountDownLatch(1);
        thread.execute(done::countDown);
        done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private void dispatch(WatchEvent event) {
        for (Controller controller : controllers) {
            if (controller.interestedIn(event.key())) {
                run(controller.name(), () -> controller.handle(event, this));
            }
        }
    }

    private static void run(String what, Runnable task) {
        try {
            task.run();
        } catch (ApiException e) {
            // A 409 means another write came first; the controller sees that write and acts again.
            LOG.log(e.code() == 409 ? Level.FINE : Level.WARNING,
                    what + " failed; it will act again on the next change: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed; it will act again on the next change", e);
        }
    }
}
