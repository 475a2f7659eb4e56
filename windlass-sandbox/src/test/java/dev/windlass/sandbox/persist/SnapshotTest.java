package dev.windlass.sandbox.persist;

import static dev.windlass.sandbox.persist.Fixtures.configMap;
import static dev.windlass.sandbox.persist.Fixtures.configMapKey;
import static dev.windlass.sandbox.persist.Fixtures.create;
import static dev.windlass.sandbox.persist.Fixtures.open;
import static dev.windlass.sandbox.persist.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.ObjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {

    @TempDir
    Path dir;

    @Test
    void compact_thenMoreWrites_reopenSeesBothAndOnlyTheNewestFilesRemain() throws Exception {
        Map<ObjectKey, String> expected;
        try (Fixtures.Opened opened = open(dir)) {
            writeMix(opened.store(), "before", 30);
            opened.journal().compact();
            writeMix(opened.store(), "after", 30);
            expected = values(opened.store());
        }

        assertThat(journalFiles()).containsExactly("log-0000000002", "snapshot-0000000002");
        try (Fixtures.Opened opened = open(dir)) {
            assertThat(values(opened.store())).isEqualTo(expected);
            assertThat(opened.store().currentVersion()).isEqualTo(240);
        }
    }

    @Test
    void smallThreshold_snapshotsByItselfAndReopenSeesEverything() throws Exception {
        Map<ObjectKey, String> expected;
        long version;
        try (Fixtures.Opened opened = open(dir, 2048)) {
            writeMix(opened.store(), "auto", 200);
            opened.journal().awaitSnapshot();
            expected = values(opened.store());
            version = opened.store().currentVersion();
        }

        List<String> files = journalFiles();
        assertThat(files).filteredOn(name -> name.startsWith("snapshot-")).hasSize(1);
        assertThat(files).filteredOn(name -> name.startsWith("log-")).hasSizeLessThan(4);
        try (Fixtures.Opened opened = open(dir, 2048)) {
            assertThat(values(opened.store())).isEqualTo(expected);
            assertThat(opened.store().currentVersion()).isEqualTo(version);
        }
    }

    @Test
    void snapshot_keepsTheVersionOfATrailingDelete() throws Exception {
        try (Fixtures.Opened opened = open(dir)) {
            create(opened.store(), "default", "a", "1");
            opened.store().delete(configMapKey("default", "a"), 0);
            opened.journal().compact();
        }

        try (Fixtures.Opened opened = open(dir)) {
            assertThat(opened.store().size()).isZero();
            assertThat(create(opened.store(), "default", "b", "1").resourceVersion()).isEqualTo(3);
        }
    }

    @Test
    void crashAfterRolloverBeforeTheSnapshotIsRenamed_recoversFromTheOlderLogs() throws Exception {
        Path saved = Files.createDirectory(dir.resolveSibling(dir.getFileName() + "-saved"));
        Map<ObjectKey, String> expected;
        try (Fixtures.Opened opened = open(dir)) {
            writeMix(opened.store(), "before", 10);
            copyJournal(saved);
            opened.journal().compact();
            writeMix(opened.store(), "after", 10);
            expected = values(opened.store());
        }
        // as if killed before the rename: the old log is still there, the snapshot only half written
        Files.move(journal().resolve("snapshot-0000000002"), journal().resolve("snapshot-0000000002.tmp"));
        restoreJournal(saved);

        try (Fixtures.Opened opened = open(dir)) {
            assertThat(values(opened.store())).isEqualTo(expected);
            assertThat(opened.store().currentVersion()).isEqualTo(80);
        }
        assertThat(journalFiles()).noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void crashAfterTheSnapshotBeforeOldLogsAreDeleted_ignoresAndRemovesThem() throws Exception {
        Path saved = Files.createDirectory(dir.resolveSibling(dir.getFileName() + "-old"));
        Map<ObjectKey, String> expected;
        try (Fixtures.Opened opened = open(dir)) {
            writeMix(opened.store(), "first", 10);
            opened.journal().compact();
            writeMix(opened.store(), "second", 10);
            copyJournal(saved);
            opened.journal().compact();
            expected = values(opened.store());
        }
        restoreJournal(saved);
        assertThat(journalFiles()).contains("log-0000000002", "snapshot-0000000002", "snapshot-0000000003");

        try (Fixtures.Opened opened = open(dir)) {
            assertThat(values(opened.store())).isEqualTo(expected);
        }
        assertThat(journalFiles()).containsExactly("log-0000000003", "log-0000000004", "snapshot-0000000003");
    }

    @Test
    void writers_continueWhileASnapshotIsWritten() throws Exception {
        try (Fixtures.Opened opened = open(dir, 1)) {
            for (int i = 0; i < 50; i++) {
                create(opened.store(), "default", "cm-" + i, "x".repeat(1000));
            }
            opened.journal().awaitSnapshot();
            assertThat(opened.store().currentVersion()).isEqualTo(50);
        }

        try (Fixtures.Opened opened = open(dir, 1)) {
            assertThat(opened.store().size()).isEqualTo(50);
        }
    }

    /** {@code rounds} × (two creates, an update, a delete) of fresh names. */
    private static void writeMix(ObjectStore store, String prefix, int rounds) {
        for (int i = 0; i < rounds; i++) {
            String keep = prefix + "-keep-" + i;
            String gone = prefix + "-gone-" + i;
            create(store, "default", keep, "1");
            create(store, "other", gone, "1");
            store.update(configMapKey("default", keep), configMap("default", keep, "2-" + i), 0);
            store.delete(configMapKey("other", gone), 0);
        }
    }

    private Path journal() {
        return dir.resolve("journal");
    }

    private List<String> journalFiles() throws IOException {
        try (Stream<Path> files = Files.list(journal())) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private void copyJournal(Path to) throws IOException {
        for (String name : journalFiles()) {
            Files.copy(journal().resolve(name), to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void restoreJournal(Path from) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (Files.notExists(journal().resolve(file.getFileName()))) {
                    Files.copy(file, journal().resolve(file.getFileName()));
                }
            }
        }
    }
}
