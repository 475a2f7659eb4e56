package dev.windlass.helm.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.helm.repo.ChartDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryChartCacheTest {

    @TempDir
    Path dir;

    @Test
    void put_thenGetReturnsTheBytes() {
        DirectoryChartCache cache = new DirectoryChartCache(dir.resolve("cache"));
        byte[] data = "chart".getBytes();
        String digest = ChartDigest.ociDigest(data);
        cache.put(digest, data);
        assertThat(cache.get(digest)).contains(data);
        assertThat(dir.resolve("cache").resolve(digest.replace(':', '-') + ".tgz")).exists();
    }

    @Test
    void get_corruptEntryIsDeletedAndMissing() throws IOException {
        DirectoryChartCache cache = new DirectoryChartCache(dir);
        byte[] data = "chart".getBytes();
        String digest = ChartDigest.ociDigest(data);
        cache.put(digest, data);
        Path file = dir.resolve(digest.replace(':', '-') + ".tgz");
        Files.writeString(file, "tampered");
        assertThat(cache.get(digest)).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void put_ignoresBytesThatDoNotMatchTheKeyAndBadKeys() throws IOException {
        DirectoryChartCache cache = new DirectoryChartCache(dir);
        cache.put(ChartDigest.ociDigest("a".getBytes()), "b".getBytes());
        cache.put("../../etc/passwd", "x".getBytes());
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(cache.get("../../etc/passwd")).isEmpty();
    }
}
