package dev.windlass.controller.source;

import dev.windlass.engine.source.FetchedSource;
import dev.windlass.engine.source.SourceException;
import dev.windlass.engine.source.SourceFetcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Shares sources between applications, in two layers like Argo CD's repo server: which commit a
 * revision names ({@link SourceFetcher#resolve}, asked again after {@code freshness}, or at once
 * for a forced refresh), and the files of each commit, kept for good since a commit never changes.
 * Many applications reading one repository at one revision cost one resolve per freshness period
 * and one tree read per new commit. Forced fetches that arrive while a resolve runs share the next
 * one, so a burst of refresh requests costs two resolves, not one each. Failures are not cached.
 */
public final class SourceCache implements SourceFetcher {

    private static final Pattern FULL_SHA = Pattern.compile("[0-9a-f]{40}");

    private record Key(String repoUrl, String revision) {
    }

    /** A resolve that ran from {@code startedAt} and finished at {@code finishedAt}. */
    private record Resolution(String sha, Instant startedAt, Instant finishedAt) {
    }

    private final SourceFetcher delegate;
    private final Duration freshness;
    private final Clock clock;
    private final Map<Key, Resolution> resolutions = new ConcurrentHashMap<>();
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();
    private final Map<Key, FetchedSource> trees;

    /** A cache that keeps the trees of the last {@code commits} commits. */
    public SourceCache(SourceFetcher delegate, Duration freshness, Clock clock, int commits) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.trees = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, FetchedSource> eldest) {
                return size() > commits;
            }
        };
    }

    public SourceCache(SourceFetcher delegate, Duration freshness, Clock clock) {
        this(delegate, freshness, clock, 256);
    }

    @Override
    public FetchedSource fetch(String repoUrl, String targetRevision) throws SourceException {
        return fetch(repoUrl, targetRevision, false);
    }

    @Override
    public String resolve(String repoUrl, String targetRevision) throws SourceException {
        return resolve(new Key(repoUrl, targetRevision), false);
    }

    /** The source at {@code targetRevision}; with {@code force} the remote is asked even when a fresh answer is cached. */
    public FetchedSource fetch(String repoUrl, String targetRevision, boolean force) throws SourceException {
        String sha = resolve(new Key(repoUrl, targetRevision), force);
        return tree(new Key(repoUrl, sha));
    }

    private String resolve(Key key, boolean force) throws SourceException {
        if (FULL_SHA.matcher(key.revision()).matches() && cachedTree(new Key(key.repoUrl(), key.revision())) != null) {
            return key.revision();
        }
        Instant asked = clock.instant();
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Resolution known = resolutions.get(key);
            if (known != null && isUsable(known, asked, force)) {
                return known.sha();
            }
            Instant started = clock.instant();
            String sha = delegate.resolve(key.repoUrl(), key.revision());
            resolutions.put(key, new Resolution(sha, started, clock.instant()));
            return sha;
        }
    }

    private boolean isUsable(Resolution known, Instant asked, boolean force) {
        if (force) {
            // a resolve that started after this request was made answers it
            return !known.startedAt().isBefore(asked);
        }
        return known.finishedAt().plus(freshness).isAfter(asked);
    }

    private FetchedSource tree(Key commit) throws SourceException {
        FetchedSource cached = cachedTree(commit);
        if (cached != null) {
            return cached;
        }
        synchronized (locks.computeIfAbsent(commit, k -> new Object())) {
            cached = cachedTree(commit);
            if (cached != null) {
                return cached;
            }
            FetchedSource fetched = delegate.fetch(commit.repoUrl(), commit.revision());
            synchronized (trees) {
                trees.put(commit, fetched);
            }
            return fetched;
        }
    }

    private FetchedSource cachedTree(Key commit) {
        synchronized (trees) {
            return trees.get(commit);
        }
    }
}
