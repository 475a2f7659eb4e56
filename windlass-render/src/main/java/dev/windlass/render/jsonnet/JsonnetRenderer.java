package dev.windlass.render.jsonnet;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotPaths;
import dev.windlass.render.RenderResult;
import dev.windlass.render.Renderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates a {@code .jsonnet} file of a snapshot with sjsonnet, as Argo CD's directory source
 * does with {@code directory.jsonnet}: imports are searched in the file's directory, then in the
 * {@code libs} (last first), then in the source directory; {@code extVars} and {@code tlas} are
 * passed as strings or code. The output must be one Kubernetes object or an array of them.
 * Evaluation runs on its own thread within a time and an output budget; every failure is an issue.
 *
 * <pre>{@code
 * RenderResult result = new JsonnetRenderer(JsonnetOptions.DEFAULT.withLibs(List.of("vendor")))
 *         .render(snapshot, "apps/web/main.jsonnet");
 * }</pre>
 */
public final class JsonnetRenderer implements Renderer {

    private final JsonnetOptions options;

    public JsonnetRenderer(JsonnetOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public JsonnetOptions options() {
        return options;
    }

    /** Renders the {@code .jsonnet} file at {@code path}; its directory is the source directory. */
    @Override
    public RenderResult render(Snapshot snapshot, String path) {
        Result<String> file = SnapshotPaths.normalize(path);
        if (file.value() == null) {
            return new RenderResult(List.of(), file.issues());
        }
        return renderFile(snapshot, file.value(), SnapshotPaths.parent(file.value()));
    }

    /**
     * Renders the {@code .jsonnet} file {@code file} of a directory source at {@code sourceDirectory}
     * (both clean snapshot paths); the source directory is searched for imports after the libs.
     */
    public RenderResult renderFile(Snapshot snapshot, String file, String sourceDirectory) {
        List<Issue> issues = new ArrayList<>();
        List<String> searchPaths = searchPaths(sourceDirectory, issues);
        if (!issues.isEmpty()) {
            return new RenderResult(List.of(), issues);
        }
        SnapshotImporter importer = new SnapshotImporter(snapshot, searchPaths, options.limits());
        Result<String> text = importer.readText(file);
        if (text.value() == null) {
            return new RenderResult(List.of(), text.issues());
        }
        Result<String> json = new JsonnetEvaluation(importer, options).run(file, text.value(), sourceDirectory);
        if (json.value() == null) {
            return new RenderResult(List.of(), json.issues());
        }
        Result<List<KubeObject>> objects = JsonnetOutput.objects(file, json.value(), options.limits());
        return new RenderResult(objects.value(), objects.issues());
    }

    /** The source directory, then the libs, each checked to stay inside the root (go-jsonnet searches them last first). */
    private List<String> searchPaths(String sourceDirectory, List<Issue> issues) {
        List<String> paths = new ArrayList<>();
        paths.add(sourceDirectory);
        for (String lib : options.libs()) {
            Result<String> clean = SnapshotPaths.normalize(lib);
            if (clean.value() == null) {
                issues.add(Issue.error(JsonnetMessages.IMPORT_OUTSIDE_ROOT, Location.nowhere(), JsonnetMessages.libOutsideRoot(lib)));
            } else {
                paths.add(clean.value());
            }
        }
        return paths;
    }
}
