package dev.windlass.sandbox.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The sandbox's live fault plan. The HTTP layer calls {@link #decide} on every request (lock-free:
 * it reads one immutable {@link FaultRules}), sleeps the delay, and answers with the error if there
 * is one; it {@link #register registers} every open watch so that faults can drop it. Changing the
 * plan is atomic and may happen from any thread (the admin API, a test).
 *
 * <p>While an outage is on, every request fails with 503 ServiceUnavailable, and turning it on
 * drops all open watches. Without a seed, draws come from {@link ThreadLocalRandom}; with one
 * ({@link #seeded}, or a plan carrying {@code seed}) from one seeded generator, so that a test
 * making requests one after another sees the same failures on every run.
 *
 * <pre>{@code
 * FaultDecision decision = faults.decide("list", "apps", "deployments");
 * Thread.sleep(decision.delayMillis());
 * decision.error().ifPresent(e -> { throw e.toApiException(); });
 * }</pre>
 */
public final class Faults implements AutoCloseable {

    private final Object lock = new Object();
    private final Set<Registration> watches = ConcurrentHashMap.newKeySet();
    private volatile FaultRules rules = FaultRules.NONE;
    private volatile Random seeded;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> dropping;

    /** A plan with no faults, drawing from {@link ThreadLocalRandom}. */
    public Faults() {
    }

    /** A plan with no faults whose draws repeat for the same {@code seed}. */
    public static Faults seeded(long seed) {
        Faults faults = new Faults();
        faults.seeded = new Random(seed);
        return faults;
    }

    public FaultRules rules() {
        return rules;
    }

    /**
     * Replaces the plan. A plan with a seed restarts the draws from it; turning the outage on drops
     * every open watch; the watch-dropping timer follows {@link FaultRules#dropWatchesEvery()}.
     */
    public void rules(FaultRules next) {
        synchronized (lock) {
            next.seed().ifPresent(seed -> seeded = new Random(seed));
            apply(next);
        }
    }

    /** Changes the plan atomically, e.g. {@code faults.update(r -> r.withError(rule))}; the seed is not restarted. */
    public void update(UnaryOperator<FaultRules> change) {
        synchronized (lock) {
            apply(change.apply(rules));
        }
    }

    /** Removes every fault: no latency, errors, outage or watch dropping. Open watches stay open. */
    public void clear() {
        update(current -> FaultRules.NONE);
    }

    /** Starts or ends a full outage: every request fails with 503 and, when it starts, every watch drops. */
    public void outage(boolean on) {
        update(current -> current.withOutage(on));
    }

    public boolean outage() {
        return rules.outage();
    }

    /** Drops every open watch each {@code period} from now on; {@code null} stops it. */
    public void dropWatchesEvery(Duration period) {
        update(current -> current.withDropWatchesEvery(Optional.ofNullable(period)));
    }

    /** What to do to one request, drawing from this plan's random source. */
    public FaultDecision decide(String verb, String group, String resource) {
        Random seed = seeded;
        if (seed == null) {
            return decide(verb, group, resource, ThreadLocalRandom.current());
        }
        synchronized (seed) {
            return decide(verb, group, resource, seed);
        }
    }

    /**
     * What to do to one request with verb {@code verb} (Kubernetes' request verb: get, list, watch,
     * create, update, patch, delete, deletecollection) on {@code resource} ({@code pods},
     * {@code pods/status}; {@code ""} for non-resource paths) in {@code group} ({@code ""} for core).
     * Every matching latency rule adds its delay; the first error rule whose draw fires gives the error.
     */
    public FaultDecision decide(String verb, String group, String resource, RandomGenerator random) {
        FaultRules current = rules;
        if (current.outage()) {
            return FaultDecision.fail(0, InjectedError.outage());
        }
        if (current.isEmpty()) {
            return FaultDecision.NONE;
        }
        long delay = 0;
        for (LatencyRule rule : current.latency()) {
            if (rule.match().matches(verb, group, resource)) {
                delay += rule.delay(random);
            }
        }
        for (ErrorRule rule : current.errors()) {
            if (rule.match().matches(verb, group, resource) && rule.fires(random)) {
                return FaultDecision.fail(delay, rule.error(group, resource));
            }
        }
        return FaultDecision.delay(delay);
    }

    /**
     * Records an open watch until the returned registration is closed (when the watch ends on its
     * own). During an outage the watch is closed at once.
     */
    public Registration register(WatchHandle handle) {
        Registration registration = new Registration(handle);
        watches.add(registration);
        if (rules.outage()) {
            registration.drop();
        }
        return registration;
    }

    /** Closes every open watch now; returns how many were closed. */
    public int dropWatches() {
        List<Registration> open = new ArrayList<>(watches);
        int dropped = 0;
        for (Registration registration : open) {
            if (registration.drop()) {
                dropped++;
            }
        }
        return dropped;
    }

    /** How many watches are registered and open. */
    public int openWatches() {
        return watches.size();
    }

    /** Stops the watch-dropping timer thread, if one was started. */
    @Override
    public void close() {
        synchronized (lock) {
            if (timer != null) {
                timer.shutdownNow();
                timer = null;
                dropping = null;
            }
        }
    }

    private void apply(FaultRules next) {
        FaultRules previous = rules;
        rules = next;
        if (next.outage() && !previous.outage()) {
            dropWatches();
        }
        if (!next.dropWatchesEvery().equals(previous.dropWatchesEvery())) {
            schedule(next.dropWatchesEvery());
        }
    }

    private void schedule(Optional<Duration> period) {
        if (dropping != null) {
            dropping.cancel(false);
            dropping = null;
        }
        if (period.isEmpty()) {
            return;
        }
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "sandbox-fault-watch-dropper");
                thread.setDaemon(true);
                return thread;
            });
        }
        long millis = period.get().toMillis();
        dropping = timer.scheduleAtFixedRate(this::dropWatches, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One open watch as {@link Faults} knows it; close it when the watch ends on its own. */
    public final class Registration implements AutoCloseable {

        private final WatchHandle handle;

        private Registration(WatchHandle handle) {
            this.handle = handle;
        }

        /** Forgets the watch (it ended); does not call {@link WatchHandle#close()}. */
        @Override
        public void close() {
            watches.remove(this);
        }

        /** Closes the watch if it is still registered; true when this call closed it. */
        private boolean drop() {
            if (!watches.remove(this)) {
                return false;
            }
            try {
                handle.close();
            } catch (RuntimeException e) {
                // a watch that fails while closing is gone all the same
            }
            return true;
        }
    }
}
