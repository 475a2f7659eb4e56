package dev.windlass.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryCacheTest {

    @TempDir
    Path tmp;

    @Test
    void fetch_fromFourThreadsAtOnceYieldsOneConsistentClone() throws Exception {
        try (TestRepo origin = TestRepo.create(tmp.resolve("origin"))) {
            RevCommit commit = origin.commitFile("a.txt", "one");
            RepositoryCache cache = RepositoryCache.open(tmp.resolve("cache"), 1L << 30);
            GitSource source = GitSource.create(cache);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<SourceRevision>> results = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    String url = i % 2 == 0 ? origin.url() : origin.url() + ".git";
                    Callable<SourceRevision> task = () -> {
                        start.await();
                        return source.fetch(url, "main");
                    };
                    results.add(pool.submit(task));
                }
                start.countDown();
                for (Future<SourceRevision> result : results) {
                    assertThat(result.get(60, TimeUnit.SECONDS).commitSha()).isEqualTo(commit.getName());
                }
            } finally {
                pool.shutdownNow();
            }
            try (var entries = Files.list(cache.root())) {
                assertThat(entries.map(p -> p.getFileName().toString()).toList())
                        .containsExactly(RepoUrls.cacheKey(origin.url()));
            }
        }
    }

    @Test
    void use_evictsTheLeastRecentlyUsedRepositoryWhenOverSize() throws Exception {
        try (TestRepo a = TestRepo.create(tmp.resolve("a"));
                TestRepo b = TestRepo.create(tmp.resolve("b"));
                TestRepo c = TestRepo.create(tmp.resolve("c"))) {
            a.commitFile("a.txt", "a");
            b.commitFile("b.txt", "b");
            c.commitFile("c.txt", "c");
            RepositoryCache probe = RepositoryCache.open(tmp.resolve("probe"), 1L << 30);
            probe.fetch(a.url(), RepositoryCredentials.none());
            long oneRepo = probe.sizeOnDisk();
            RepositoryCache cache = RepositoryCache.open(tmp.resolve("cache"), oneRepo * 2 + oneRepo / 2);

            cache.fetch(a.url(), RepositoryCredentials.none());
            cache.fetch(b.url(), RepositoryCredentials.none());
            cache.fetch(a.url(), RepositoryCredentials.none());
            cache.fetch(c.url(), RepositoryCredentials.none());

            assertThat(cache.contains(a.url())).isTrue();
            assertThat(cache.contains(b.url())).as("least recently used").isFalse();
            assertThat(cache.contains(c.url())).isTrue();
            assertThat(cache.sizeOnDisk()).isLessThanOrEqualTo(oneRepo * 2 + oneRepo / 2);
        }
    }

    @Test
    void use_keepsTheRepositoryJustUsedEvenWhenItAloneExceedsTheBound() throws Exception {
        try (TestRepo a = TestRepo.create(tmp.resolve("a")); TestRepo b = TestRepo.create(tmp.resolve("b"))) {
            a.commitFile("a.txt", "a");
            b.commitFile("b.txt", "b");
            RepositoryCache cache = RepositoryCache.open(tmp.resolve("cache"), 1);

            cache.fetch(a.url(), RepositoryCredentials.none());
            cache.fetch(b.url(), RepositoryCredentials.none());

            assertThat(cache.contains(a.url())).isFalse();
            assertThat(cache.contains(b.url())).isTrue();
        }
    }

    @Test
    void open_adoptsEntriesAlreadyOnDiskForEviction() throws Exception {
        try (TestRepo a = TestRepo.create(tmp.resolve("a")); TestRepo b = TestRepo.create(tmp.resolve("b"))) {
            a.commitFile("a.txt", "a");
            b.commitFile("b.txt", "b");
            RepositoryCache.open(tmp.resolve("cache"), 1L << 30).fetch(a.url(), RepositoryCredentials.none());

            RepositoryCache reopened = RepositoryCache.open(tmp.resolve("cache"), 1);
            reopened.fetch(b.url(), RepositoryCredentials.none());

            assertThat(reopened.contains(a.url())).isFalse();
            assertThat(reopened.contains(b.url())).isTrue();
        }
    }

    @Test
    void directoryOf_isTheSameForEverySpellingOfOneUrl() throws Exception {
        RepositoryCache cache = RepositoryCache.open(tmp.resolve("cache"), 1L << 30);
        Path expected = cache.directoryOf("https://github.com/org/repo");

        for (String spelling : List.of("https://github.com/org/repo.git", "https://github.com/org/repo/",
                "https://GitHub.com/org/repo.git/", " https://github.com/org/repo ")) {
            assertThat(cache.directoryOf(spelling)).as(spelling).isEqualTo(expected);
        }
        assertThat(cache.directoryOf("https://github.com/org/Repo")).isNotEqualTo(expected);
    }
}
