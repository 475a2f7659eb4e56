package dev.windlass.sandbox.fault;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A fault plan as a value: latency rules (each matching one adds its delay), error rules (tried in
 * order; the first whose draw fires fails the request), a full outage switch, an optional period
 * at which all open watches are dropped, and an optional random seed that makes the draws
 * repeatable. Its JSON form, for the admin API:
 *
 * <pre>{@code
 * {"latency":[{"verb":"list","group":"","resource":"pods","millis":200,"jitterMillis":50}],
 *  "errors":[{"verb":"*","group":"apps","resource":"deployments","rate":0.5,"status":429,"retryAfterSeconds":2}],
 *  "dropWatchesEveryMillis":30000, "seed":42, "outage":false}
 * }</pre>
 *
 * Every field may be left out: {@code verb}, {@code group} and {@code resource} default to {@code *},
 * {@code jitterMillis} to 0, {@code retryAfterSeconds} to 1 for 429 and 0 otherwise.
 */
public record FaultRules(List<LatencyRule> latency, List<ErrorRule> errors, boolean outage,
        Optional<Duration> dropWatchesEvery, OptionalLong seed) {

    /** No faults at all. */
    public static final FaultRules NONE = new FaultRules(List.of(), List.of(), false, Optional.empty(), OptionalLong.empty());
    /** The shortest period at which watches may be dropped. */
    public static final Duration MIN_DROP_PERIOD = Duration.ofMillis(10);

    public FaultRules {
        latency = List.copyOf(latency);
        errors = List.copyOf(errors);
        Objects.requireNonNull(dropWatchesEvery, "dropWatchesEvery");
        Objects.requireNonNull(seed, "seed");
        dropWatchesEvery.ifPresent(period -> {
            if (period.compareTo(MIN_DROP_PERIOD) < 0) {
                throw new IllegalArgumentException("dropWatchesEvery must be at least " + MIN_DROP_PERIOD.toMillis() + " ms");
            }
        });
    }

    /**
     * Reads the JSON form.
     *
     * @throws FaultRulesException naming the first bad field and what it may hold
     */
    public static FaultRules fromJson(Node json) {
        return FaultRulesJson.read(json);
    }

    /** The JSON form, with every default written out; {@link #fromJson} reads it back as an equal plan. */
    public MapNode toJson() {
        return FaultRulesJson.write(this);
    }

    public FaultRules withLatency(LatencyRule rule) {
        return new FaultRules(plus(latency, rule), errors, outage, dropWatchesEvery, seed);
    }

    public FaultRules withError(ErrorRule rule) {
        return new FaultRules(latency, plus(errors, rule), outage, dropWatchesEvery, seed);
    }

    public FaultRules withOutage(boolean on) {
        return new FaultRules(latency, errors, on, dropWatchesEvery, seed);
    }

    /** Drops every open watch each {@code period}; empty stops it. */
    public FaultRules withDropWatchesEvery(Optional<Duration> period) {
        return new FaultRules(latency, errors, outage, period, seed);
    }

    public FaultRules withSeed(long newSeed) {
        return new FaultRules(latency, errors, outage, dropWatchesEvery, OptionalLong.of(newSeed));
    }

    /** Whether this plan does nothing to any request or watch. */
    public boolean isEmpty() {
        return latency.isEmpty() && errors.isEmpty() && !outage && dropWatchesEvery.isEmpty();
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
