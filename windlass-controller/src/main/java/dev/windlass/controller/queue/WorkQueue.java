package dev.windlass.controller.queue;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A de-duplicating work queue with a fixed number of workers, the shape of client-go's rate-limited
 * queue that Kubernetes controllers use: a key waiting in the queue is held once however often it is
 * added; a key is never handled by two workers at once (adding it while it is handled queues it
 * again afterwards); delayed adds and per-key exponential back-off after failures.
 *
 * @param <K> the key type, e.g. an application's {@code namespace/name}
 */
public final class WorkQueue<K> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WorkQueue.class.getName());

    private final Object lock = new Object();
    private final LinkedHashSet<K> queued = new LinkedHashSet<>();
    private final Set<K> active = new HashSet<>();
    private final Set<K> dirty = new HashSet<>();
    private final Map<K, Integer> failures = new HashMap<>();
    private final Backoff backoff;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;
    private final Consumer<K> handler;
    private volatile boolean closed;

    /**
     * Starts {@code workerCount} workers that call {@code handler} for each key; a handler that throws
     * has its key retried with back-off.
     */
    public WorkQueue(String name, int workerCount, Backoff backoff, Consumer<K> handler) {
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon(name + "-timer"));
        this.workers = Executors.newFixedThreadPool(workerCount, daemon(name + "-worker"));
        for (int i = 0; i < workerCount; i++) {
            workers.execute(this::work);
        }
    }

    /** Queues {@code key} now; a no-op when it already waits. */
    public void add(K key) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (active.contains(key)) {
                dirty.add(key);
            } else if (queued.add(key)) {
                lock.notify();
            }
        }
    }

    /** Queues {@code key} after {@code delay}. */
    public void addAfter(K key, Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            add(key);
            return;
        }
        if (!closed) {
            timer.schedule(() -> add(key), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Queues {@code key} after its next back-off delay, which grows with each call until {@link #forget}. */
    public Duration addRateLimited(K key) {
        int attempt;
        synchronized (lock) {
            attempt = failures.merge(key, 1, Integer::sum);
        }
        Duration delay = backoff.delay(attempt);
        addAfter(key, delay);
        return delay;
    }

    /** Resets the back-off of {@code key} after a success. */
    public void forget(K key) {
        synchronized (lock) {
            failures.remove(key);
        }
    }

    /** How many keys wait (not counting those being handled). */
    public int depth() {
        synchronized (lock) {
            return queued.size();
        }
    }

    private void work() {
        while (true) {
            K key = take();
            if (key == null) {
                return;
            }
            try {
                handler.accept(key);
            } catch (RuntimeException | Error failure) {
                LOG.log(Level.WARNING, "handling " + key + " failed; retrying with back-off", failure);
                addRateLimited(key);
            } finally {
                done(key);
            }
        }
    }

    private K take() {
        synchronized (lock) {
            while (queued.isEmpty() && !closed) {
                try {
                    lock.wait();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            if (closed) {
                return null;
            }
            K key = queued.iterator().next();
            queued.remove(key);
            active.add(key);
            return key;
        }
    }

    private void done(K key) {
        synchronized (lock) {
            active.remove(key);
            if (dirty.remove(key) && !closed && queued.add(key)) {
                lock.notify();
            }
        }
    }

    /** Stops the workers after the keys being handled finish; queued keys are dropped. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        timer.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
