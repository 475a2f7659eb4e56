package dev.windlass.controller.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.engine.source.FetchedSource;
import dev.windlass.engine.source.SourceException;
import dev.windlass.engine.source.SourceFetcher;
import dev.windlass.model.snapshot.MemorySnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SourceCacheTest {

    private static final String SHA_1 = "1".repeat(40);
    private static final String SHA_2 = "2".repeat(40);

    /** A remote whose branch points at {@code head}; counts what it is asked. */
    private static final class Remote implements SourceFetcher {
        final AtomicInteger resolves = new AtomicInteger();
        final AtomicInteger fetches = new AtomicInteger();
        volatile String head = SHA_1;
        volatile boolean down;

        @Override
        public String resolve(String repoUrl, String targetRevision) throws SourceException {
            resolves.incrementAndGet();
            if (down) {
                throw new SourceException("FETCH_FAILED", "cannot reach " + repoUrl, null);
            }
            return targetRevision.length() == 40 ? targetRevision : head;
        }

        @Override
        public FetchedSource fetch(String repoUrl, String targetRevision) throws SourceException {
            fetches.incrementAndGet();
            String sha = resolve(repoUrl, targetRevision);
            return new FetchedSource(repoUrl, sha, "a <a@b>", Instant.EPOCH, "m", MemorySnapshot.builder(sha).file("a.yaml", "a: 1").build());
        }
    }

    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fetch_sharesOneResolveWithinFreshnessAndOneTreePerCommit() throws Exception {
        Remote remote = new Remote();
        TestClock clock = new TestClock();
        SourceCache cache = new SourceCache(remote, Duration.ofSeconds(3), clock);

        FetchedSource first = cache.fetch("https://r", "main");
        FetchedSource second = cache.fetch("https://r", "main");

        assertThat(second.tree()).isSameAs(first.tree());
        assertThat(remote.resolves).hasValue(2);
        assertThat(remote.fetches).hasValue(1);
    }

    @Test
    void fetch_afterFreshnessAsksAgainButReusesTheTreeOfAnUnchangedCommit() throws Exception {
        Remote remote = new Remote();
        TestClock clock = new TestClock();
        SourceCache cache = new SourceCache(remote, Duration.ofSeconds(3), clock);
        FetchedSource first = cache.fetch("https://r", "main");

        clock.now = clock.now.plusSeconds(4);
        FetchedSource again = cache.fetch("https://r", "main");

        assertThat(again.tree()).isSameAs(first.tree());
        assertThat(remote.fetches).hasValue(1);
    }

    @Test
    void forcedFetch_seesANewCommitAtOnce() throws Exception {
        Remote remote = new Remote();
        TestClock clock = new TestClock();
        SourceCache cache = new SourceCache(remote, Duration.ofMinutes(10), clock);
        cache.fetch("https://r", "main");
        remote.head = SHA_2;
        clock.now = clock.now.plusMillis(1);

        assertThat(cache.fetch("https://r", "main", false).revision()).isEqualTo(SHA_1);
        assertThat(cache.fetch("https://r", "main", true).revision()).isEqualTo(SHA_2);
    }

    @Test
    void fullSha_withACachedTree_doesNotAskTheRemote() throws Exception {
        Remote remote = new Remote();
        SourceCache cache = new SourceCache(remote, Duration.ZERO, new TestClock());
        cache.fetch("https://r", "main");
        int asked = remote.resolves.get();

        assertThat(cache.fetch("https://r", SHA_1, true).revision()).isEqualTo(SHA_1);
        assertThat(remote.resolves).hasValue(asked);
    }

    @Test
    void failures_areNotCached() throws Exception {
        Remote remote = new Remote();
        SourceCache cache = new SourceCache(remote, Duration.ofMinutes(10), new TestClock());
        remote.down = true;
        assertThatThrownBy(() -> cache.fetch("https://r", "main")).isInstanceOf(SourceException.class);

        remote.down = false;
        assertThat(cache.fetch("https://r", "main").revision()).isEqualTo(SHA_1);
    }
}
