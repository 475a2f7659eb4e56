package dev.windlass.sandbox.persist;

import static dev.windlass.sandbox.persist.Fixtures.configMapKey;
import static dev.windlass.sandbox.persist.Fixtures.create;
import static dev.windlass.sandbox.persist.Fixtures.open;
import static dev.windlass.sandbox.persist.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecoveryDamageTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Path log;
    /** Sizes of the log after its first, second and third write. */
    private final long[] ends = new long[3];

    @BeforeEach
    void writeThreeObjects() throws IOException {
        Logger.getLogger(Recovery.class.getName()).addHandler(capture);
        try (Fixtures.Opened opened = open(dir)) {
            log = opened.journal().currentLog();
            for (int i = 0; i < 3; i++) {
                create(opened.store(), "default", "cm-" + i, "value-" + i);
                ends[i] = Files.size(log);
            }
        }
    }

    @AfterEach
    void removeHandler() {
        Logger.getLogger(Recovery.class.getName()).removeHandler(capture);
    }

    /** A way a crash can leave the end of the log, and whether the third object survives it. */
    interface Tear {
        void apply(Path log, long lastStart, long end) throws IOException;
    }

    static Stream<Arguments> tornTails() {
        return Stream.of(
                Arguments.of("header cut short", (Tear) (log, start, end) -> truncate(log, start + 5), false),
                Arguments.of("payload cut short", (Tear) (log, start, end) -> truncate(log, start + 20), false),
                Arguments.of("last checksum fails", (Tear) (log, start, end) -> flip(log, end - 1), false),
                Arguments.of("last record zeroed", (Tear) (log, start, end) -> zero(log, start, end), false),
                Arguments.of("zeros after the last record", (Tear) (log, start, end) -> zero(log, end, end + 4096), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tornTails")
    void reopen_cutsATornLastRecordAndSaysHowManyBytes(String name, Tear tear, boolean lastSurvives) throws Exception {
        tear.apply(log, ends[1], ends[2]);
        long damagedSize = Files.size(log);
        long keptSize = lastSurvives ? ends[2] : ends[1];

        try (Fixtures.Opened opened = open(dir)) {
            assertThat(values(opened.store())).containsOnlyKeys(expectedKeys(lastSurvives));
            assertThat(opened.store().currentVersion()).isEqualTo(lastSurvives ? 3 : 2);
            assertThat(create(opened.store(), "default", "next", "x").resourceVersion()).isEqualTo(lastSurvives ? 4 : 3);
        }
        assertThat(Files.size(log)).isEqualTo(keptSize);
        assertThat(warnings).singleElement().asString()
                .contains(log.toString(), "partly written record", "dropped its last " + (damagedSize - keptSize) + " bytes");
    }

    private static List<dev.windlass.sandbox.store.ObjectKey> expectedKeys(boolean lastSurvives) {
        List<dev.windlass.sandbox.store.ObjectKey> keys = new ArrayList<>(List.of(
                configMapKey("default", "cm-0"), configMapKey("default", "cm-1")));
        if (lastSurvives) {
            keys.add(configMapKey("default", "cm-2"));
        }
        return keys;
    }

    @Test
    void reopen_refusesABadChecksumBeforeTheLastRecordNamingFileAndOffset() throws Exception {
        flip(log, 12);
        byte[] before = Files.readAllBytes(log);

        assertThatThrownBy(() -> open(dir))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining(log + " is damaged at byte offset 0: a record whose CRC32C checksum does not match")
                .hasMessageContaining("Move the data directory aside (mv " + dir.toAbsolutePath());
        assertThat(Files.readAllBytes(log)).isEqualTo(before);
        assertThatThrownBy(() -> open(dir)) // again damaged, not "in use": the failed open released the lock
                .hasMessageContaining(log + " is damaged");
    }

    @Test
    void reopen_refusesAGarbageLengthInTheMiddle() throws Exception {
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(4).putInt(0, 0x7fff_0000), ends[0]);
        }

        assertThatThrownBy(() -> open(dir))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining(log + " is damaged at byte offset " + ends[0] + ": an impossible record length");
    }

    @Test
    void reopen_refusesATornRecordInALogThatIsNotTheLast() throws Exception {
        try (Fixtures.Opened opened = open(dir)) {
            create(opened.store(), "default", "later", "x");
        }
        truncate(log, ends[2] - 3);

        assertThatThrownBy(() -> open(dir))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining(log + " is damaged at byte offset " + ends[1] + ": a record of");
    }

    @Test
    void reopen_refusesAMissingLogBetweenOthers() throws Exception {
        for (int i = 0; i < 2; i++) {
            try (Fixtures.Opened opened = open(dir)) {
                create(opened.store(), "default", "more-" + i, "x");
            }
        }
        Path second = dir.resolve("journal/log-0000000002");
        Files.delete(second);

        assertThatThrownBy(() -> open(dir))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining(second + " is damaged at byte offset 0: this log is missing, but later ones exist");
    }

    @Test
    void reopen_refusesADamagedSnapshot() throws Exception {
        try (Fixtures.Opened opened = open(dir)) {
            opened.journal().compact();
        }
        Path snapshot = dir.resolve("journal/snapshot-0000000003");
        flip(snapshot, Files.size(snapshot) - 1);

        assertThatThrownBy(() -> open(dir))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining(snapshot + " is damaged at byte offset");
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    private static void flip(Path file, long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, offset);
            one.put(0, (byte) (one.get(0) ^ 0x5a)).rewind();
            channel.write(one, offset);
        }
    }

    private static void zero(Path file, long from, long to) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate((int) (to - from)), from);
        }
    }
}
