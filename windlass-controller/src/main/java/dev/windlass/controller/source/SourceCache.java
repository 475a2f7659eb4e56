package dev.windlass.controller.source;

import dev.windlass.engine.source.FetchedSource;
import dev.windlass.engine.source.SourceException;
import dev.windlass.engine.source.SourceFetcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares fetches between applications: many applications usually read one repository at one
 * revision, so a revision resolved in the last {@code freshness} is reused instead of asking the
 * remote again (Argo CD's repo server caches the same way). A forced fetch (a refresh a user asked
 * for, or a webhook) always asks the remote. Failures are not cached.
 */
public final class SourceCache implements SourceFetcher {

    private record Key(String repoUrl, String revision) {
    }

    private record Entry(FetchedSource source, Instant fetchedAt) {
    }

    private final SourceFetcher delegate;
    private final Duration freshness;
    private final Clock clock;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();

    public SourceCache(SourceFetcher delegate, Duration freshness, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public FetchedSource fetch(String repoUrl, String targetRevision) throws SourceException {
        return fetch(repoUrl, targetRevision, false);
    }

    /** The source at {@code targetRevision}; with {@code force} the remote is asked even when a fresh answer is cached. */
    public FetchedSource fetch(String repoUrl, String targetRevision, boolean force) throws SourceException {
        Key key = new Key(repoUrl, targetRevision);
        Instant asked = clock.instant();
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Entry entry = entries.get(key);
            if (entry != null && isUsable(entry, asked, force)) {
                return entry.source();
            }
            FetchedSource fetched = delegate.fetch(repoUrl, targetRevision);
            FetchedSource shared = shareTree(fetched);
            entries.put(key, new Entry(shared, clock.instant()));
            return shared;
        }
    }

    private boolean isUsable(Entry entry, Instant asked, boolean force) {
        if (force) {
            // a forced fetch that started after another finished still needs its own answer
            return !entry.fetchedAt().isBefore(asked);
        }
        return entry.fetchedAt().plus(freshness).isAfter(asked);
    }

    /** Reuses the tree object of an entry at the same commit, so applications share one snapshot per commit. */
    private FetchedSource shareTree(FetchedSource fetched) {
        for (Entry entry : entries.values()) {
            FetchedSource cached = entry.source();
            if (cached.repoUrl().equals(fetched.repoUrl()) && cached.revision().equals(fetched.revision())) {
                return new FetchedSource(fetched.repoUrl(), fetched.revision(), fetched.author(), fetched.date(),
                        fetched.message(), cached.tree());
            }
        }
        return fetched;
    }
}
