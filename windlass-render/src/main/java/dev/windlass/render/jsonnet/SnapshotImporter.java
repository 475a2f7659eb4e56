package dev.windlass.render.jsonnet;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import scala.Option;

/**
 * Resolves and reads Jsonnet imports from a snapshot, the way go-jsonnet's file importer (which
 * Argo CD uses) searches: first the importing file's directory, then the search paths from the last
 * to the first. Nothing outside the snapshot root is ever read: an absolute import, a {@code ..}
 * that climbs above the root and a link leaving it are refused and remembered as issues.
 * One importer serves one evaluation.
 */
final class SnapshotImporter extends sjsonnet.Importer {

    private final Snapshot snapshot;
    private final List<String> searchPaths;
    private final CodecLimits limits;
    private final Map<String, String> contents = new ConcurrentHashMap<>();
    private final List<Issue> refusals = Collections.synchronizedList(new ArrayList<>());

    /** {@code searchPaths} are clean snapshot paths, searched after the importing file's directory, last first. */
    SnapshotImporter(Snapshot snapshot, List<String> searchPaths, CodecLimits limits) {
        this.snapshot = snapshot;
        this.searchPaths = List.copyOf(searchPaths);
        this.limits = limits;
    }

    @Override
    public Option<sjsonnet.Path> resolve(sjsonnet.Path docBase, String importName) {
        if (importName.startsWith("/")) {
            refuse(JsonnetMessages.importAbsolute(importName));
            return Option.empty();
        }
        List<String> bases = new ArrayList<>();
        bases.add(((SnapshotJsonnetPath) docBase).path());
        for (int i = searchPaths.size() - 1; i >= 0; i--) {
            bases.add(searchPaths.get(i));
        }
        for (String base : bases) {
            Result<String> candidate = SnapshotPaths.normalize(SnapshotPaths.join(base, importName));
            if (candidate.value() == null) {
                refuse(JsonnetMessages.importEscapes(importName));
                continue;
            }
            SnapshotPaths.Resolution resolution = SnapshotPaths.resolve(snapshot, candidate.value());
            resolution.problem().filter(Issue::isError).ifPresent(refusals::add);
            if (resolution.target().filter(e -> e.isFile()).isPresent()) {
                return Option.apply(new SnapshotJsonnetPath(candidate.value()));
            }
        }
        return Option.empty();
    }

    @Override
    public Option<sjsonnet.ResolvedFile> read(sjsonnet.Path path) {
        String text = contents.get(((SnapshotJsonnetPath) path).path());
        if (text == null) {
            Result<String> read = readText(((SnapshotJsonnetPath) path).path());
            if (read.value() == null) {
                refusals.addAll(read.issues());
                return Option.empty();
            }
            text = read.value();
        }
        return Option.apply(new sjsonnet.StaticResolvedFile(text));
    }

    /** Reads a file of the snapshot as text, following links inside the root, within the size limit. */
    Result<String> readText(String path) {
        SnapshotPaths.Resolution resolution = SnapshotPaths.resolve(snapshot, path);
        if (resolution.target().filter(e -> e.isFile()).isEmpty()) {
            return Result.of(null, List.of(resolution.problem().orElseGet(() -> Issue.error(JsonnetMessages.FILE_NOT_FOUND,
                    Location.file(path), JsonnetMessages.fileNotFound(path)))));
        }
        if (resolution.entry().size() > limits.maxFileBytes()) {
            return Result.of(null, List.of(Issue.error(JsonnetMessages.SOURCE_TOO_LARGE, Location.file(path),
                    JsonnetMessages.sourceTooLarge(resolution.entry().size(), limits.maxFileBytes()))));
        }
        try {
            String text = new String(snapshot.read(resolution.entry().path(), limits.maxFileBytes()), StandardCharsets.UTF_8);
            contents.put(path, text);
            return Result.of(text);
        } catch (IOException e) {
            return Result.of(null, List.of(Issue.error(JsonnetMessages.READ_FAILED, Location.file(path),
                    JsonnetMessages.readFailed(String.valueOf(e.getMessage())))));
        }
    }

    /** The text of a file read so far, for turning offsets into lines and columns. */
    String contentOf(String path) {
        return contents.get(path);
    }

    /** Imports refused because they would leave the root, or files that could not be read. */
    List<Issue> refusals() {
        synchronized (refusals) {
            return refusals.stream().distinct().toList();
        }
    }

    private void refuse(String message) {
        refusals.add(Issue.error(JsonnetMessages.IMPORT_OUTSIDE_ROOT, Location.nowhere(), message));
    }
}
