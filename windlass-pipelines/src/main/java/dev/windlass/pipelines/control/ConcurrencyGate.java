package dev.windlass.pipelines.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Limits how many runs with the same key run at once, first come first served: {@link #acquire}
 * blocks until a slot is free and every run queued earlier under that key has started (the queueing
 * tektoncd/pipeline#5835 asks for). The queue is visible, so a caller can say "queued behind N runs".
 * One gate serves one process; thread-safe.
 */
public final class ConcurrencyGate {

    /** A held slot; closing it (once or more) frees the slot for the next queued run. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** One waiter; compared by identity, as two waiters may share a name. */
    private static final class Ticket {
        final String who;

        Ticket(String who) {
            this.who = who;
        }
    }

    private static final class Lane {
        int running;
        final Deque<Ticket> waiting = new ArrayDeque<>();
    }

    private final Map<String, Lane> lanes = new HashMap<>();

    /** Waits for a slot under {@code key} with at most {@code limit} holders. */
    public Permit acquire(String key, int limit) throws InterruptedException {
        return acquire(key, limit, "");
    }

    /** Waits for a slot; {@code who} names the waiter in {@link #waiting}. */
    public synchronized Permit acquire(String key, int limit, String who) throws InterruptedException {
        if (limit < 1) {
            throw new IllegalArgumentException("a concurrency limit is at least 1, was " + limit);
        }
        Lane lane = lanes.computeIfAbsent(key, k -> new Lane());
        Ticket ticket = new Ticket(who);
        lane.waiting.addLast(ticket);
        try {
            while (lane.waiting.peekFirst() != ticket || lane.running >= limit) {
                wait();
            }
        } catch (InterruptedException e) {
            lane.waiting.remove(ticket);
            notifyAll();
            throw e;
        }
        lane.waiting.removeFirst();
        lane.running++;
        notifyAll();
        return permit(key, lane);
    }

    private Permit permit(String key, Lane lane) {
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                release(key, lane);
            }
        };
    }

    private synchronized void release(String key, Lane lane) {
        lane.running--;
        if (lane.running == 0 && lane.waiting.isEmpty()) {
            lanes.remove(key);
        }
        notifyAll();
    }

    /** How many runs wait under {@code key}. */
    public synchronized int queued(String key) {
        Lane lane = lanes.get(key);
        return lane == null ? 0 : lane.waiting.size();
    }

    /** Who waits under {@code key}, first in line first. */
    public synchronized List<String> waiting(String key) {
        Lane lane = lanes.get(key);
        List<String> names = new ArrayList<>();
        if (lane != null) {
            lane.waiting.forEach(t -> names.add(t.who));
        }
        return names;
    }

    /** How many slots under {@code key} are held. */
    public synchronized int running(String key) {
        Lane lane = lanes.get(key);
        return lane == null ? 0 : lane.running;
    }
}
