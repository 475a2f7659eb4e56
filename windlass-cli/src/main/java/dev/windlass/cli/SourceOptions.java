package dev.windlass.cli;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.snapshot.LocalSnapshot;
import dev.windlass.kustomize.KustomizeOptions;
import dev.windlass.render.DirectoryOptions;
import dev.windlass.render.DirectoryRenderer;
import dev.windlass.render.jsonnet.JsonnetOptions;
import dev.windlass.render.jsonnet.JsonnetRenderer;
import dev.windlass.render.kustomize.KustomizeOverrides;
import dev.windlass.render.kustomize.KustomizeRenderer;
import dev.windlass.render.RenderResult;
import dev.windlass.model.codec.SourceText;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.snapshot.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What to read: the PATH argument and Argo CD's directory options ({@code --recurse},
 * {@code --include}, {@code --exclude}). Shared by the commands that render (a picocli {@code @Mixin}).
 * Renders PATH through a {@link LocalSnapshot} and returns the result with file names as the user typed them.
 */
public final class SourceOptions {

    /** The PATH that means standard input, as in {@code kubectl apply -f -}. */
    static final String STDIN = "-";
    /** How standard input is named in messages. */
    static final String STDIN_NAME = "<stdin>";
    private static final String STDIN_FILE = "stdin.yaml";
    static final String DIRECTORY_OPTIONS_IGNORED = "DirectoryOptionsIgnored";

    @Parameters(index = "0", paramLabel = "PATH",
            description = "A directory of manifests (YAML, JSON, Jsonnet), a directory holding a kustomization"
                    + " (built as Kustomize), a single manifest file, or - for standard input.")
    String path;

    @Option(names = "--recurse", order = 1, description = "Also read the subdirectories of PATH (Argo CD's directory.recurse).")
    boolean recurse;

    @Option(names = "--include", paramLabel = "GLOB", order = 2,
            description = "Only read files whose path below PATH matches GLOB, e.g. '*.yaml' or '{web,db}/*' "
                    + "(Argo CD's directory.include).")
    String include = "";

    @Option(names = "--exclude", paramLabel = "GLOB", order = 3,
            description = "Skip files whose path below PATH matches GLOB (Argo CD's directory.exclude).")
    String exclude = "";

    /** Renders PATH ({@code -} reads {@code stdin}); issues and object origins name files as the user typed PATH. */
    public RenderResult render(CodecLimits limits, InputStream stdin) {
        DirectoryOptions options = DirectoryOptions.DEFAULT.withRecurse(recurse).withInclude(include).withExclude(exclude)
                .withLimits(limits);
        if (STDIN.equals(path)) {
            return renderStdin(stdin, options);
        }
        try {
            Path local = Path.of(path);
            if (Files.isDirectory(local) && KustomizeRenderer.isKustomization(LocalSnapshot.of(local), "")) {
                return renderKustomization(local);
            }
            if (Files.isDirectory(local)) {
                return shown(render(local, "", options), DisplayPaths.forDirectory(path));
            }
            if (Files.isRegularFile(local)) {
                Path real = local.toRealPath();
                String name = real.getFileName().toString();
                DisplayPaths display = DisplayPaths.forFile(local.getParent() == null ? "" : local.getParent().toString(), name, path);
                return shown(render(real.getParent(), name, options), display);
            }
            String problem = Files.exists(local) ? CliMessages.PATH_SPECIAL : CliMessages.PATH_MISSING;
            String code = Files.exists(local) ? CliMessages.PATH_NOT_READABLE : CliMessages.PATH_NOT_FOUND;
            return failed(code, problem);
        } catch (InvalidPathException e) {
            return failed(CliMessages.PATH_NOT_FOUND, CliMessages.PATH_MISSING);
        } catch (IOException e) {
            return failed(CliMessages.PATH_NOT_READABLE, CliMessages.cannotRead(e.toString()));
        } catch (UncheckedIOException e) {
            return failed(CliMessages.PATH_NOT_READABLE, CliMessages.cannotRead(e.getMessage()));
        }
    }

    /** The user's PATH argument, as typed. */
    public String path() {
        return path;
    }

    /** Reads standard input as one YAML (or JSON) stream, bounded like a file, shown as {@code <stdin>}. */
    private RenderResult renderStdin(InputStream stdin, DirectoryOptions options) {
        long limit = options.limits().maxFileBytes();
        byte[] bytes;
        try {
            bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            return failed(CliMessages.PATH_NOT_READABLE, CliMessages.cannotRead(e.toString()));
        }
        if (bytes.length > limit) {
            return new RenderResult(List.of(), List.of(SourceText.tooLarge(STDIN_NAME, bytes.length, options.limits())));
        }
        Snapshot snapshot = MemorySnapshot.builder("stdin").file(STDIN_FILE, bytes).build();
        RenderResult result = renderer(options).render(snapshot, STDIN_FILE);
        return shown(result, DisplayPaths.forFile("", STDIN_FILE, STDIN_NAME));
    }

    /**
     * A directory holding a kustomization renders as Kustomize, as Argo CD decides for a source path:
     * built over the file system from its root (bases may sit beside PATH), files shown absolute as
     * {@code kustomize build} shows them. The directory options do not apply and say so.
     */
    private RenderResult renderKustomization(Path local) {
        Path absolute = local.toAbsolutePath().normalize();
        Path root = absolute.getRoot();
        String inside = root.relativize(absolute).toString().replace('\\', '/');
        RenderResult built = new KustomizeRenderer(KustomizeOverrides.NONE,
                KustomizeOptions.defaults().withDisplayPrefix(root.toString())).render(LocalSnapshot.of(root), inside);
        List<Issue> issues = new ArrayList<>(built.issues());
        if (recurse || !include.isEmpty() || !exclude.isEmpty()) {
            issues.add(0, Issue.warning(DIRECTORY_OPTIONS_IGNORED, Location.file(path), "'" + path + "' holds a"
                    + " kustomization, so it renders as Kustomize and --recurse, --include and --exclude do not apply"));
        }
        return shown(new RenderResult(built.objects(), issues), DisplayPaths.forDirectory(root.toString()));
    }

    private static RenderResult render(Path root, String inside, DirectoryOptions options) {
        return renderer(options).render(LocalSnapshot.of(root), inside);
    }

    /** Argo CD's directory source: YAML, JSON and Jsonnet files (no libs or variables from the command line yet). */
    private static DirectoryRenderer renderer(DirectoryOptions options) {
        return new DirectoryRenderer(options, new JsonnetRenderer(JsonnetOptions.DEFAULT));
    }

    private static RenderResult shown(RenderResult result, DisplayPaths display) {
        return new RenderResult(
                result.objects().stream().map(display::show).toList(),
                result.issues().stream().map(display::show).toList(),
                result.readable().stream().map(display::show).toList());
    }

    private RenderResult failed(String code, String message) {
        return new RenderResult(List.of(), List.of(Issue.error(code, Location.file(path), message)));
    }
}
