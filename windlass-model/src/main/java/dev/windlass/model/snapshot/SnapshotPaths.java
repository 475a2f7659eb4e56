package dev.windlass.model.snapshot;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Paths inside a {@link Snapshot}: cleaning a path a user typed, and following symbolic links
 * without ever leaving the snapshot's root.
 *
 * <p>Links are resolved the way a POSIX system resolves them, but against the snapshot instead of
 * the file system: a relative target is read from the link's directory, {@code ..} moves up, and a
 * target that is absolute or climbs above the root is refused. Chains of links are followed up to
 * {@value #MAX_LINK_HOPS} hops, as Linux does; more is reported as a loop.
 */
public final class SnapshotPaths {

    /** Reason code for a path or a link target that leads outside the root. */
    public static final String PATH_ESCAPES_ROOT = "PathEscapesRoot";
    /** Reason code for links that point at each other (or a chain longer than {@value #MAX_LINK_HOPS}). */
    public static final String SYMLINK_LOOP = "SymlinkLoop";
    /** Reason code for a link whose target does not exist in the snapshot. */
    public static final String SYMLINK_TARGET_MISSING = "SymlinkTargetMissing";
    /** Reason code for a path that is not a usable relative path (absolute, or containing a NUL). */
    public static final String INVALID_PATH = "InvalidPath";
    /** Most links followed while resolving one path (Linux's limit). */
    public static final int MAX_LINK_HOPS = 40;

    private SnapshotPaths() {
    }

    /**
     * Cleans a relative path a user supplied: {@code ./a//b/} becomes {@code a/b}, {@code a/../b}
     * becomes {@code b}, {@code .} and {@code ""} become the root {@code ""}. A path that is
     * absolute or climbs above the root with {@code ..} yields an error issue and no value.
     */
    public static Result<String> normalize(String path) {
        String text = path == null ? "" : path;
        if (text.indexOf('\0') >= 0) {
            return failed(INVALID_PATH, "path " + quote(text) + " contains a NUL character; give a plain relative path");
        }
        if (text.startsWith("/")) {
            return failed(INVALID_PATH, "path " + quote(text)
                    + " is absolute; give a path relative to the source root, e.g. " + quote(text.replaceFirst("^/+", "")));
        }
        Deque<String> kept = new ArrayDeque<>();
        for (String segment : text.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (kept.isEmpty()) {
                    return failed(PATH_ESCAPES_ROOT, "path " + quote(text)
                            + " leads outside the source root; Windlass never reads outside the source root:"
                            + " give a path inside it");
                }
                kept.removeLast();
            } else {
                kept.addLast(segment);
            }
        }
        return Result.of(String.join("/", kept));
    }

    /**
     * Finds what {@code path} really is, following every symbolic link on the way (in the last
     * segment and in the directories above it) without leaving the root. {@code path} must be in
     * the snapshot's path form (see {@link Snapshot}).
     *
     * @return the entry at the resolved path (never a link), or the issue that stopped resolution
     *         (located at the offending link), or {@link Resolution#isMissing() missing} when
     *         {@code path} itself does not exist and no link was involved
     */
    public static Resolution resolve(Snapshot snapshot, String path) {
        requireValid(path);
        return new Resolver(snapshot, path).run();
    }

    /** Joins a directory path and a name; the root directory is {@code ""}. */
    public static String join(String directory, String name) {
        if (directory.isEmpty()) {
            return name;
        }
        return name.isEmpty() ? directory : directory + "/" + name;
    }

    /** The directory containing {@code path}; {@code ""} for a top-level entry. */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** Whether {@code path} has the form snapshot paths have (relative, clean, {@code /}-separated). */
    public static boolean isValid(String path) {
        return problemWith(path) == null;
    }

    /** Throws {@link IllegalArgumentException} unless {@code path} {@link #isValid(String) is valid}: a caller's bug. */
    static void requireValid(String path) {
        String problem = problemWith(path);
        if (problem != null) {
            throw new IllegalArgumentException("invalid snapshot path " + quote(String.valueOf(path)) + ": " + problem
                    + " (clean user input with SnapshotPaths.normalize first)");
        }
    }

    private static String problemWith(String path) {
        if (path == null) {
            return "null";
        }
        if (path.isEmpty()) {
            return null;
        }
        if (path.indexOf('\0') >= 0) {
            return "contains a NUL character";
        }
        if (path.startsWith("/")) {
            return "is absolute";
        }
        if (path.endsWith("/")) {
            return "ends with '/'";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "has an empty, '.' or '..' segment";
            }
        }
        return null;
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (!segment.isEmpty()) {
                out.add(segment);
            }
        }
        return out;
    }

    private static Resolution notFound(SnapshotEntry link) {
        if (link == null) {
            return Resolution.missing();
        }
        return Resolution.failed(Issue.warning(SYMLINK_TARGET_MISSING, Location.file(link.path()),
                "symlink " + quote(link.path()) + " points to " + quote(link.linkTarget())
                        + " which does not exist in the source; fix the link or remove it"));
    }

    private static Issue escapes(SnapshotEntry link) {
        return Issue.error(PATH_ESCAPES_ROOT, Location.file(link.path()),
                "symlink " + quote(link.path()) + " points to " + quote(link.linkTarget())
                        + " which is outside the source root; Windlass never reads outside the source root:"
                        + " replace the link with the files it points to");
    }

    private static Issue loop(SnapshotEntry link) {
        return Issue.error(SYMLINK_LOOP, Location.file(link.path()),
                "symlink " + quote(link.path()) + " points to " + quote(link.linkTarget())
                        + " and following it never ends (a loop, or more than " + MAX_LINK_HOPS
                        + " links in a chain); point the link at a real file or directory");
    }

    private static Result<String> failed(String code, String message) {
        return Result.of(null, List.of(Issue.error(code, Location.nowhere(), message)));
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    /** One resolution in progress: segments still to visit, and the real directories walked so far. */
    private static final class Resolver {
        private final Snapshot snapshot;
        private final Deque<Pending> todo = new ArrayDeque<>();
        private final List<String> done = new ArrayList<>();
        private SnapshotEntry current;
        private int hops;

        Resolver(Snapshot snapshot, String path) {
            this.snapshot = snapshot;
            for (String segment : segments(path)) {
                todo.addLast(new Pending(segment, null));
            }
        }

        Resolution run() {
            while (!todo.isEmpty()) {
                Resolution stop = step(todo.removeFirst());
                if (stop != null) {
                    return stop;
                }
            }
            if (current == null) {
                // the root, or a directory reached through ".." or a link to "."
                return snapshot.entry(String.join("/", done)).map(Resolution::found).orElseGet(Resolution::missing);
            }
            return Resolution.found(current);
        }

        /** Visits one segment; returns the final resolution when it ends the walk, else null. */
        private Resolution step(Pending next) {
            if (current != null && !current.isDirectory()) {
                return notFound(next.link());
            }
            if (next.name().equals(".")) {
                return null;
            }
            if (next.name().equals("..")) {
                if (done.isEmpty()) {
                    return Resolution.failed(escapes(next.link()));
                }
                done.remove(done.size() - 1);
                current = null;
                return null;
            }
            Optional<SnapshotEntry> found = snapshot.entry(join(String.join("/", done), next.name()));
            if (found.isEmpty()) {
                return notFound(next.link());
            }
            SnapshotEntry entry = found.get();
            if (entry.isSymlink()) {
                return follow(entry);
            }
            done.add(next.name());
            current = entry;
            return null;
        }

        private Resolution follow(SnapshotEntry link) {
            if (++hops > MAX_LINK_HOPS) {
                return Resolution.failed(loop(link));
            }
            if (link.linkTarget().startsWith("/")) {
                return Resolution.failed(escapes(link));
            }
            List<String> target = segments(link.linkTarget());
            for (int i = target.size() - 1; i >= 0; i--) {
                todo.addFirst(new Pending(target.get(i), link));
            }
            current = null;
            return null;
        }
    }

    /** A segment still to resolve, and the link whose target it came from ({@code null} for the original path). */
    private record Pending(String name, SnapshotEntry link) {
    }

    /**
     * The outcome of {@link #resolve}: the real entry (never a link), or the issue that stopped
     * resolution, or neither when the path does not exist and no link was involved.
     */
    public record Resolution(SnapshotEntry entry, Issue issue) {

        public Resolution {
            if (entry != null && issue != null) {
                throw new IllegalArgumentException("a resolution has an entry or an issue, not both");
            }
            if (entry != null && entry.isSymlink()) {
                throw new IllegalArgumentException("a resolution never ends at a link: " + entry.path());
            }
        }

        public static Resolution found(SnapshotEntry entry) {
            return new Resolution(entry, null);
        }

        public static Resolution failed(Issue issue) {
            return new Resolution(null, issue);
        }

        public static Resolution missing() {
            return new Resolution(null, null);
        }

        /** The resolved entry, at its real path. */
        public Optional<SnapshotEntry> target() {
            return Optional.ofNullable(entry);
        }

        /** Why the path could not be resolved, when a link was at fault. */
        public Optional<Issue> problem() {
            return Optional.ofNullable(issue);
        }

        public boolean isFound() {
            return entry != null;
        }

        /** The path does not exist, and no link led there. */
        public boolean isMissing() {
            return entry == null && issue == null;
        }
    }
}
