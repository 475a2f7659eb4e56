package dev.windlass.controller.source;

import dev.windlass.engine.source.SourceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Remembers pulled charts so refreshes do not download them again: an exact version ({@code 1.2.3})
 * is kept for good, since a published chart version does not change; a constraint ({@code 1.x},
 * {@code >=1.0}) is asked again after {@code freshness}, as a Git branch is. Failures are not kept.
 */
public final class CachedCharts implements ChartFetcher {

    private static final Pattern EXACT = Pattern.compile("v?\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]*)?");

    private record Key(String repoURL, String chart, String version, boolean passCredentials) {
    }

    private record Entry(FetchedChart chart, Instant at) {
    }

    private final ChartFetcher delegate;
    private final Duration freshness;
    private final Clock clock;
    private final Map<Key, Entry> entries;

    /** A cache of the last {@code capacity} pulls over {@code delegate}. */
    public CachedCharts(ChartFetcher delegate, Duration freshness, Clock clock, int capacity) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public FetchedChart fetch(String repoURL, String chart, String version, boolean passCredentials)
            throws SourceException {
        Key key = new Key(repoURL, chart, version, passCredentials);
        Instant now = clock.instant();
        synchronized (entries) {
            Entry known = entries.get(key);
            if (known != null && (EXACT.matcher(version).matches() || known.at().plus(freshness).isAfter(now))) {
                return known.chart();
            }
        }
        FetchedChart fetched = delegate.fetch(repoURL, chart, version, passCredentials);
        synchronized (entries) {
            entries.put(key, new Entry(fetched, now));
        }
        return fetched;
    }
}
