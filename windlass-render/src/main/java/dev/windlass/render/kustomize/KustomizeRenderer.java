package dev.windlass.render.kustomize;

import dev.windlass.kustomize.KustomizationOverlay;
import dev.windlass.kustomize.KustomizeOptions;
import dev.windlass.kustomize.Kustomizer;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import dev.windlass.model.snapshot.SnapshotPaths;
import dev.windlass.model.tree.MapNode;
import dev.windlass.render.RenderResult;
import dev.windlass.render.Renderer;
import dev.windlass.render.helm.KustomizeHelmInflator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders an Argo CD Kustomize source: the kustomization in a directory of a snapshot, built by
 * Windlass's kustomize engine ({@link Kustomizer}, {@code kustomize build} v5 semantics), after
 * Argo CD's {@code spec.source.kustomize} overrides were applied the way Argo CD's
 * {@code kustomize edit} commands apply them. The edits go to an in-memory copy of the top
 * kustomization ({@link KustomizationOverlay}); the source is never changed. Problems are issues at
 * the kustomization file and field; a result with an error has no objects.
 *
 * <pre>{@code
 * RenderResult result = new KustomizeRenderer(KustomizeOverrides.builder().namePrefix("prod-").build())
 *         .render(snapshot, "overlays/prod");
 * }</pre>
 */
public final class KustomizeRenderer implements Renderer {

    /** The names kustomize looks for, in its order. */
    public static final List<String> KUSTOMIZATION_FILES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    static final String MISSING_KUSTOMIZATION = "KustomizationNotFound";
    static final String VERSION_IGNORED = "KustomizeVersionIgnored";

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2).withoutPositions();

    private final KustomizeOverrides overrides;
    private final KustomizeOptions options;

    /** A renderer with Argo CD's build settings: {@code kustomize build} defaults (root-only loading, legacy order). */
    public KustomizeRenderer(KustomizeOverrides overrides) {
        this(overrides, KustomizeOptions.defaults());
    }

    public KustomizeRenderer(KustomizeOverrides overrides, KustomizeOptions options) {
        this.overrides = Objects.requireNonNull(overrides, "overrides");
        this.options = Objects.requireNonNull(options, "options");
    }

    public KustomizeOverrides overrides() {
        return overrides;
    }

    /**
     * Whether directory {@code path} of {@code snapshot} holds a kustomization file (or a link by
     * that name), which makes Argo CD render it as a Kustomize source.
     */
    public static boolean isKustomization(Snapshot snapshot, String path) {
        return !kustomizationFiles(snapshot, path).isEmpty();
    }

    @Override
    public RenderResult render(Snapshot snapshot, String path) {
        Result<String> directory = SnapshotPaths.normalize(path);
        if (directory.hasErrors()) {
            return new RenderResult(List.of(), directory.issues());
        }
        List<Issue> issues = new ArrayList<>();
        if (!overrides.version().isEmpty()) {
            issues.add(Issue.warning(VERSION_IGNORED, Location.file(directory.value()), "kustomize.version '"
                    + overrides.version() + "' names a kustomize binary; Windlass builds with its own kustomize engine"
                    + " (kustomize v5 semantics) and ignores it"));
        }
        Snapshot source = snapshot;
        if (overrides.editsKustomization()) {
            Result<Snapshot> edited = edited(snapshot, directory.value());
            issues.addAll(edited.issues());
            if (edited.hasErrors()) {
                return new RenderResult(List.of(), issues);
            }
            source = edited.value();
        }
        // the engine reads kustomization files at the path it is given, so it gets the one links lead to
        String real = realDirectory(snapshot, directory.value()).orElse(directory.value());
        Result<List<KubeObject>> built = Kustomizer.build(source, real, optionsForOverrides());
        issues.addAll(built.issues());
        return new RenderResult(built.hasErrors() ? List.of() : built.value(), issues);
    }

    /** The build options, with helmCharts rendered for the overrides' Kubernetes and API versions when set. */
    private KustomizeOptions optionsForOverrides() {
        boolean capabilities = !overrides.kubeVersion().isEmpty() || !overrides.apiVersions().isEmpty();
        if (capabilities && options.helm() instanceof KustomizeHelmInflator) {
            return options.withHelm(((KustomizeHelmInflator) options.helm())
                    .withCapabilities(overrides.kubeVersion(), overrides.apiVersions()));
        }
        return options;
    }

    /** The snapshot with the kustomization of {@code directory} edited by the overrides. */
    private Result<Snapshot> edited(Snapshot snapshot, String directory) {
        List<String> names = kustomizationFiles(snapshot, directory);
        if (names.size() != 1) {
            String shown = directory.isEmpty() ? "." : directory;
            return failed(MISSING_KUSTOMIZATION, directory, names.isEmpty()
                    ? "spec.source.kustomize overrides need a kustomization file in '" + shown + "', which has none"
                            + " of kustomization.yaml, kustomization.yml or Kustomization; add one or remove the overrides"
                    : "found several kustomization files in '" + shown + "' (" + String.join(", ", names) + "); keep one");
        }
        // the copy sits where the engine arrives after following links to the directory
        String file = SnapshotPaths.join(realDirectory(snapshot, directory).orElseThrow(), names.get(0));
        Result<MapNode> document = read(snapshot, file);
        if (document.hasErrors()) {
            return Result.of(null, document.issues());
        }
        Result<MapNode> edited = new KustomizationEdits(snapshot, directory, file, overrides).apply(document.value());
        if (edited.hasErrors()) {
            return Result.of(null, edited.issues());
        }
        return Result.of(new KustomizationOverlay(snapshot, file, YamlWriter.write(edited.value())));
    }

    private static Result<MapNode> read(Snapshot snapshot, String file) {
        SnapshotPaths.Resolution resolution = SnapshotPaths.resolve(snapshot, file);
        if (resolution.problem().isPresent()) {
            return Result.of(null, List.of(resolution.problem().get()));
        }
        String text;
        try {
            text = new String(snapshot.read(resolution.target().orElseThrow().path(), CodecLimits.DEFAULT.maxFileBytes()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            return failed("KustomizeFileUnreadable", file, "cannot read " + file + ": " + e.getMessage());
        }
        ParsedStream parsed = YAML.read(file, text);
        if (parsed.hasErrors()) {
            return Result.of(null, parsed.issues().stream().filter(Issue::isError).limit(1).toList());
        }
        List<ParsedDocument> documents = parsed.documents().stream().filter(d -> !d.isEmpty() && !d.content().isNull()).toList();
        if (documents.isEmpty()) {
            return Result.of(MapNode.empty());
        }
        if (documents.size() > 1 || documents.get(0).content().asMap().isEmpty()) {
            return failed("KustomizationInvalid", file,
                    "a kustomization file holds one YAML mapping; write its fields at the top level");
        }
        return Result.of(documents.get(0).content().asMap().orElseThrow());
    }

    /** The kustomization file names present in {@code directory}, after the links on the way to it. */
    private static List<String> kustomizationFiles(Snapshot snapshot, String directory) {
        List<String> names = new ArrayList<>();
        realDirectory(snapshot, directory).ifPresent(real -> {
            for (String name : KUSTOMIZATION_FILES) {
                snapshot.entry(SnapshotPaths.join(real, name)).filter(e -> !e.isDirectory())
                        .map(SnapshotEntry::name).ifPresent(names::add);
            }
        });
        return names;
    }

    /** Where {@code directory} really is, links resolved; empty when it is no directory. */
    private static Optional<String> realDirectory(Snapshot snapshot, String directory) {
        if (!SnapshotPaths.isValid(directory)) {
            return Optional.empty();
        }
        return SnapshotPaths.resolve(snapshot, directory).target().filter(SnapshotEntry::isDirectory)
                .map(SnapshotEntry::path);
    }

    private static <T> Result<T> failed(String code, String file, String message) {
        return Result.of(null, List.of(Issue.error(code, Location.file(file), message)));
    }
}
