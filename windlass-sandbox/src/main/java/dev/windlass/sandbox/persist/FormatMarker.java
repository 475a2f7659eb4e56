package dev.windlass.sandbox.persist;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * {@code D/VERSION}: the on-disk format of a data directory, one line. A new directory gets the
 * current format; a directory with another format, or with a journal but no marker, is refused
 * before anything in it is read or changed.
 */
final class FormatMarker {

    static final String FILE = "VERSION";
    static final String CURRENT = "windlass-sandbox-data 1";

    private FormatMarker() {
    }

    /** Checks {@code dir}'s format, writing the marker when the directory is new. */
    static void checkOrWrite(Path dir, Path journalDir) throws IOException {
        Path file = dir.resolve(FILE);
        if (Files.exists(file)) {
            String found = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!found.equals(CURRENT)) {
                throw new DataDirectoryException(file + " says the data format is '" + abbreviate(found)
                        + "', but this windlass reads only '" + CURRENT + "'; run the windlass version that"
                        + " wrote it, or move " + dir + " aside to start with an empty data directory");
            }
            return;
        }
        if (Files.isDirectory(journalDir) && hasEntries(journalDir)) {
            throw new DataDirectoryException(dir + " has a journal but no " + FILE + " file, so its format"
                    + " is unknown; move " + dir + " aside to start with an empty data directory");
        }
        write(file);
    }

    private static void write(Path file) throws IOException {
        Path temp = file.resolveSibling(FILE + JournalFiles.TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap((CURRENT + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        JournalFiles.syncDirectory(file.getParent());
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    private static String abbreviate(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
