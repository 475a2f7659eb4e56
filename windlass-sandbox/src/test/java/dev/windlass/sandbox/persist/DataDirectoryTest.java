package dev.windlass.sandbox.persist;

import static dev.windlass.sandbox.persist.Fixtures.configMap;
import static dev.windlass.sandbox.persist.Fixtures.configMapKey;
import static dev.windlass.sandbox.persist.Fixtures.create;
import static dev.windlass.sandbox.persist.Fixtures.open;
import static dev.windlass.sandbox.persist.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.ObjectStore;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void reopen_keepsCreatesUpdatesAndDeletes() throws Exception {
        try (Fixtures.Opened first = open(dir)) {
            create(first.store(), "default", "a", "1");
            create(first.store(), "default", "b", "1");
            create(first.store(), "other", "a", "1");
            first.store().update(configMapKey("default", "a"), configMap("default", "a", "2"), 0);
            first.store().delete(configMapKey("default", "b"), 0);
        }

        try (Fixtures.Opened second = open(dir)) {
            assertThat(values(second.store())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    configMapKey("default", "a"), "2",
                    configMapKey("other", "a"), "1"));
            assertThat(second.store().get(configMapKey("default", "a")).orElseThrow().resourceVersion()).isEqualTo(4);
        }
    }

    @Test
    void reopen_continuesResourceVersionsWithoutReusingDeletedOnes() throws Exception {
        try (Fixtures.Opened first = open(dir)) {
            create(first.store(), "default", "a", "1");
            create(first.store(), "default", "b", "1");
            first.store().delete(configMapKey("default", "b"), 0);
        }

        try (Fixtures.Opened second = open(dir)) {
            assertThat(second.store().currentVersion()).isEqualTo(3);
            assertThat(create(second.store(), "default", "c", "1").resourceVersion()).isEqualTo(4);
        }
        try (Fixtures.Opened third = open(dir)) {
            assertThat(third.store().currentVersion()).isEqualTo(4);
        }
    }

    @Test
    void reopen_keepsObjectTreesExactly() throws Exception {
        MapNode object = (MapNode) JsonReader.create(CodecLimits.DEFAULT).read("cm.json", """
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"ü","namespace":"ns",
                 "labels":{"a":"b"}},"data":{"k":"line1\\nline2 \\u2603"},
                 "spec":{"n":-12,"f":1.5,"t":true,"z":null,"list":[1,"two",{"three":[]}],"empty":{}}}
                """).documents().get(0).content();
        ObjectKey key = configMapKey("ns", "ü");
        MapNode stored;
        try (Fixtures.Opened first = open(dir)) {
            stored = first.store().create(key, object).object();
        }

        try (Fixtures.Opened second = open(dir)) {
            assertThat(second.store().get(key).orElseThrow().object()).isEqualTo(stored);
        }
    }

    @Test
    void open_refusesADirectoryThatIsAlreadyOpenNamingItAndThePid() throws Exception {
        try (Fixtures.Opened first = open(dir)) {
            assertThatThrownBy(() -> open(dir))
                    .isInstanceOf(DataDirectoryException.class)
                    .hasMessageContaining("the data directory " + dir + " is in use by another sandbox")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid())
                    .hasMessageContaining("--data-dir");
        }
    }

    @Test
    void close_releasesTheDirectoryForTheNextSandbox() throws Exception {
        open(dir).close();

        try (Fixtures.Opened again = open(dir)) {
            assertThat(again.store().size()).isZero();
        }
    }

    @Test
    void open_writesTheFormatMarkerInANewDirectory() throws Exception {
        Path nested = dir.resolve("a/b");
        open(nested).close();

        assertThat(Files.readString(nested.resolve("VERSION"))).isEqualTo("windlass-sandbox-data 1\n");
        assertThat(nested.resolve("journal")).isDirectory();
    }

    @Test
    void open_refusesAnUnknownFormatWithoutTouchingTheJournal() throws Exception {
        Files.writeString(dir.resolve("VERSION"), "windlass-sandbox-data 7\n");

        assertThatThrownBy(() -> open(dir))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining(dir.resolve("VERSION") + " says the data format is 'windlass-sandbox-data 7'")
                .hasMessageContaining("move " + dir + " aside");
        assertThat(dir.resolve("journal")).doesNotExist();
    }

    @Test
    void open_refusesAJournalWithoutAFormatMarker() throws Exception {
        open(dir).close();
        Files.delete(dir.resolve("VERSION"));

        assertThatThrownBy(() -> open(dir))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining("has a journal but no VERSION file");
    }

    @Test
    void open_refusesAStoreThatAlreadyHoldsObjects() {
        ObjectStore store = new ObjectStore();
        create(store, "default", "early", "1");

        assertThatThrownBy(() -> DataDirectory.open(dir, store))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before anything is written to the store");
    }

    @Test
    void write_afterClose_failsAndLeavesTheStoreUnchanged() throws Exception {
        Fixtures.Opened opened = open(dir);
        create(opened.store(), "default", "a", "1");
        opened.close();

        assertThatThrownBy(() -> create(opened.store(), "default", "b", "1"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("is closed");
        assertThat(values(opened.store())).containsOnlyKeys(configMapKey("default", "a"));
        assertThat(opened.store().currentVersion()).isEqualTo(1);
    }

    @Test
    void eachOpen_appendsToANewLog() throws Exception {
        for (int i = 0; i < 3; i++) {
            try (Fixtures.Opened opened = open(dir)) {
                create(opened.store(), "default", "cm-" + i, "1");
                assertThat(opened.journal().currentLog().getFileName().toString()).isEqualTo("log-000000000" + (i + 1));
            }
        }

        try (Fixtures.Opened opened = open(dir)) {
            assertThat(opened.store().size()).isEqualTo(3);
        }
    }
}
