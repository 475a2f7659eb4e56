package dev.windlass.bench.loop;

import dev.windlass.engine.source.FetchedSource;
import dev.windlass.engine.source.SourceException;
import dev.windlass.engine.source.SourceFetcher;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wraps the engine's Git fetcher to count the fetches that reach Git (those the engine's own source
 * cache did not answer) and the time spent in them, so the report can show what a phase cost in Git.
 */
final class CountingFetcher implements SourceFetcher {

    private final SourceFetcher delegate;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong resolves = new AtomicLong();
    private final AtomicLong resolveNanos = new AtomicLong();

    CountingFetcher(SourceFetcher delegate) {
        this.delegate = delegate;
    }

    @Override
    public FetchedSource fetch(String repoUrl, String targetRevision) throws SourceException {
        long begin = System.nanoTime();
        try {
            return delegate.fetch(repoUrl, targetRevision);
        } finally {
            nanos.addAndGet(System.nanoTime() - begin);
            calls.incrementAndGet();
        }
    }

    @Override
    public String resolve(String repoUrl, String targetRevision) throws SourceException {
        long begin = System.nanoTime();
        try {
            return delegate.resolve(repoUrl, targetRevision);
        } finally {
            resolveNanos.addAndGet(System.nanoTime() - begin);
            resolves.incrementAndGet();
        }
    }

    /** The counts so far, to subtract from a later {@link #since}. */
    long[] mark() {
        return new long[] {calls.get(), nanos.get(), resolves.get(), resolveNanos.get()};
    }

    /** {@code fetches=… time=…s mean=…ms} since {@code mark}. */
    String since(long[] mark) {
        long count = calls.get() - mark[0];
        double seconds = (nanos.get() - mark[1]) / 1e9;
        long resolveCount = resolves.get() - mark[2];
        double resolveSeconds = (resolveNanos.get() - mark[3]) / 1e9;
        return String.format(Locale.ROOT, "fetches=%d time=%.1fs mean=%.0fms resolves=%d time=%.1fs (what the engine's"
                + " source cache passed on to Git: a fetch reads every file of a commit, a resolve asks the"
                + " repository which commit a revision names)", count, seconds, count == 0 ? 0 : seconds * 1000 / count,
                resolveCount, resolveSeconds);
    }
}
