package dev.windlass.pipelines.store;

import dev.windlass.model.Result;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.run.RunState;
import dev.windlass.pipelines.run.RunStateCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps run states in a directory, one {@code runs/<namespace>/<name>/run.yaml} per run (the run
 * object with its Tekton-shaped status, see {@link RunStateCodec}), written atomically through a
 * temporary file so a crash never leaves half a state. A cancel request is a {@code cancel} marker
 * file beside it, so another process ({@code windlass pipeline cancel}) can ask. Thread-safe.
 */
public final class FileRunStore implements PrunableRunStore {

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES);

    private final Path root;

    public FileRunStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The directory this store keeps its runs under. */
    public Path root() {
        return root;
    }

    @Override
    public synchronized void save(RunState state) {
        Path dir = RunPaths.runDir(root, state.namespace(), state.name());
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".run-", ".yaml.tmp");
            Files.writeString(temp, YamlWriter.write(RunStateCodec.write(state)), StandardCharsets.UTF_8);
            try {
                Files.move(temp, dir.resolve("run.yaml"), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dir.resolve("run.yaml"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save run " + state.namespace() + "/" + state.name() + " in " + dir,
                    e);
        }
    }

    @Override
    public Optional<RunState> load(String namespace, String name) {
        return read(RunPaths.runDir(root, namespace, name).resolve("run.yaml")).map(Result::value);
    }

    /**
     * Reads one saved state with the problems met; empty when there is none. A file that is not a
     * run is a value with errors, not an exception.
     */
    public Optional<Result<RunState>> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ParsedStream parsed = YAML.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            if (parsed.hasErrors() || parsed.documents().isEmpty()
                    || parsed.documents().get(0).content().asMap().isEmpty()) {
                return Optional.empty();
            }
            MapNode content = parsed.documents().get(0).content().asMap().get();
            return Optional.of(RunStateCodec.read(content));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read run state " + file, e);
        }
    }

    @Override
    public List<RunState> list() {
        Path runs = RunPaths.runs(root);
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        List<RunState> states = new ArrayList<>();
        try (Stream<Path> files = Files.find(runs, 3, (path, attrs) -> path.getFileName().toString().equals("run.yaml")
                && path.getParent().getParent().getParent().equals(runs))) {
            files.forEach(file -> read(file).ifPresent(result -> states.add(result.value())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list runs in " + runs, e);
        }
        states.sort(NEWEST_FIRST);
        return states;
    }

    /** Newest first: by start time, runs not started yet first, then by namespace and name. */
    static final Comparator<RunState> NEWEST_FIRST = Comparator
            .comparing((RunState s) -> s.started().orElse(Instant.MAX), Comparator.reverseOrder())
            .thenComparing(RunState::namespace).thenComparing(RunState::name);

    @Override
    public void requestCancel(String namespace, String name) {
        Path dir = RunPaths.runDir(root, namespace, name);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("cancel"), "cancel requested at " + Instant.now() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ask run " + namespace + "/" + name + " to cancel", e);
        }
    }

    @Override
    public boolean cancelRequested(String namespace, String name) {
        return Files.exists(RunPaths.runDir(root, namespace, name).resolve("cancel"));
    }

    @Override
    public synchronized void delete(String namespace, String name) {
        Path dir = RunPaths.runDir(root, namespace, name);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete run " + namespace + "/" + name + " in " + dir, e);
        }
    }
}
