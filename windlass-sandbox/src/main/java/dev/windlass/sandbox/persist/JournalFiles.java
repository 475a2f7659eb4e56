package dev.windlass.sandbox.persist;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of {@code D/journal}: logs {@code log-<n>} and snapshots {@code snapshot-<n>}, where a
 * snapshot with number n holds the state before {@code log-<n>}'s first record. Numbers are
 * zero-padded so that a directory listing shows them in order; any number of digits is read.
 */
final class JournalFiles {

    private static final Pattern NAME = Pattern.compile("(log|snapshot)-(\\d{1,18})");
    static final String TEMP_SUFFIX = ".tmp";

    /** What the directory holds, by number. */
    record Listing(NavigableMap<Long, Path> logs, NavigableMap<Long, Path> snapshots, List<Path> temporary) {
    }

    private final Path dir;

    JournalFiles(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path log(long number) {
        return dir.resolve(String.format("log-%010d", number));
    }

    Path snapshot(long number) {
        return dir.resolve(String.format("snapshot-%010d", number));
    }

    Listing list() throws IOException {
        NavigableMap<Long, Path> logs = new TreeMap<>();
        NavigableMap<Long, Path> snapshots = new TreeMap<>();
        List<Path> temporary = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Matcher m = NAME.matcher(name);
                if (name.endsWith(TEMP_SUFFIX)) {
                    temporary.add(entry);
                } else if (m.matches()) {
                    (m.group(1).equals("log") ? logs : snapshots).put(Long.parseLong(m.group(2)), entry);
                }
            }
        }
        return new Listing(logs, snapshots, temporary);
    }

    /** Deletes logs and snapshots numbered below {@code number}: what a snapshot numbered so makes redundant. */
    void deleteBefore(long number) throws IOException {
        Listing listing = list();
        for (Path old : listing.snapshots().headMap(number, false).values()) {
            Files.deleteIfExists(old);
        }
        for (Path old : listing.logs().headMap(number, false).values()) {
            Files.deleteIfExists(old);
        }
    }

    /** Makes the directory's entries (files created, renamed or deleted in it) durable. */
    static void syncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
            // Windows cannot open a directory as a channel; NTFS journals its metadata itself
        }
    }
}
