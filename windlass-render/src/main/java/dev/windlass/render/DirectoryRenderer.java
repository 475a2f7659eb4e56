package dev.windlass.render;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import dev.windlass.model.snapshot.SnapshotPaths;
import dev.windlass.render.jsonnet.JsonnetRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders an Argo CD directory source ({@code spec.source.directory}): the plain YAML and JSON
 * manifests in one directory of a snapshot, or in its whole tree with {@code recurse}, filtered by
 * the {@code include} and {@code exclude} globs.
 *
 * <p>Files are read in the order Argo CD reads them (Go's {@code filepath.Walk}: names sorted
 * within each directory, depth first), then documents in file order, then list items. Symbolic
 * links are followed only inside the snapshot; one that leaves it is an error. Everything wrong is
 * reported, not only the first problem, and a result with any error carries no objects.
 *
 * <p>{@code *.jsonnet} files are evaluated by the {@link JsonnetRenderer} given to the constructor
 * (Argo CD's {@code directory.jsonnet}), with the source directory as a search path; without one
 * they are skipped with a note.
 *
 * <pre>{@code
 * RenderResult result = new DirectoryRenderer(DirectoryOptions.DEFAULT.withRecurse(true)).render(snapshot, "apps/web");
 * }</pre>
 */
public final class DirectoryRenderer implements Renderer {

    private final DirectoryOptions options;
    private final Result<ArgoGlob> include;
    private final Result<ArgoGlob> exclude;
    private final ManifestFile files;
    private final JsonnetRenderer jsonnet;

    /** A renderer that skips {@code .jsonnet} files with a note. */
    public DirectoryRenderer(DirectoryOptions options) {
        this(options, null);
    }

    /** A renderer that evaluates {@code .jsonnet} files with {@code jsonnet} (null: skip them with a note). */
    public DirectoryRenderer(DirectoryOptions options, JsonnetRenderer jsonnet) {
        this.options = Objects.requireNonNull(options, "options");
        this.jsonnet = jsonnet;
        this.include = compile("directory.include", options.include());
        this.exclude = compile("directory.exclude", options.exclude());
        this.files = new ManifestFile(options);
    }

    /** The options this renderer applies. */
    public DirectoryOptions options() {
        return options;
    }

    /** Renders the directory (or single file) {@code path} of {@code snapshot}; {@code ""} is the root. */
    @Override
    public RenderResult render(Snapshot snapshot, String path) {
        List<Issue> issues = new ArrayList<>();
        issues.addAll(include.issues());
        issues.addAll(exclude.issues());
        Result<String> source = SnapshotPaths.normalize(path);
        issues.addAll(source.issues());
        if (hasErrors(issues)) {
            return new RenderResult(List.of(), issues);
        }
        SnapshotPaths.Resolution resolution = SnapshotPaths.resolve(snapshot, source.value());
        if (!resolution.isFound()) {
            issues.add(resolution.problem().filter(Issue::isError).orElseGet(() -> notFound(snapshot, source.value())));
            return new RenderResult(List.of(), issues);
        }
        List<DirectoryWalk.Candidate> candidates = candidates(snapshot, source.value(), resolution.entry(), issues);
        String sourceDirectory = resolution.entry().isFile() ? SnapshotPaths.parent(source.value()) : source.value();
        List<KubeObject> objects = new ArrayList<>();
        for (DirectoryWalk.Candidate candidate : candidates) {
            ManifestFile.Outcome outcome = jsonnet != null && candidate.format() == ManifestFile.Format.JSONNET
                    ? evaluate(snapshot, candidate.file(), sourceDirectory)
                    : files.read(snapshot, candidate.file(), candidate.real(), candidate.format());
            objects.addAll(outcome.objects());
            issues.addAll(outcome.issues());
        }
        return new RenderResult(hasErrors(issues) ? List.of() : objects, issues, objects);
    }

    private ManifestFile.Outcome evaluate(Snapshot snapshot, String file, String sourceDirectory) {
        RenderResult result = jsonnet.renderFile(snapshot, file, sourceDirectory);
        return new ManifestFile.Outcome(result.readable(), result.issues());
    }

    /** The files to read: the walk of a directory, or the one file the source path names. */
    private List<DirectoryWalk.Candidate> candidates(Snapshot snapshot, String source, SnapshotEntry real, List<Issue> issues) {
        if (real.isFile()) {
            String name = source.substring(source.lastIndexOf('/') + 1);
            ManifestFile.Format format = ManifestFile.Format.ofName(name).orElse(ManifestFile.Format.YAML);
            return List.of(new DirectoryWalk.Candidate(source, name, real, format));
        }
        DirectoryWalk.Outcome walk = DirectoryWalk.walk(snapshot, real, source, options.recurse(),
                include.value(), exclude.value());
        issues.addAll(walk.issues());
        return walk.candidates();
    }

    private static Issue notFound(Snapshot snapshot, String source) {
        return Issue.error(RenderMessages.SOURCE_PATH_NOT_FOUND, Location.nowhere(),
                RenderMessages.sourcePathNotFound(source, snapshot.revision()));
    }

    private static Result<ArgoGlob> compile(String option, String pattern) {
        if (pattern.isEmpty()) {
            return Result.of(null);
        }
        Result<ArgoGlob> compiled = ArgoGlob.compile(pattern);
        List<Issue> issues = compiled.issues().stream()
                .map(i -> new Issue(i.severity(), i.code(), i.location(), RenderMessages.inOption(option, i.message())))
                .toList();
        return Result.of(compiled.value(), issues);
    }

    private static boolean hasErrors(List<Issue> issues) {
        return issues.stream().anyMatch(Issue::isError);
    }
}
