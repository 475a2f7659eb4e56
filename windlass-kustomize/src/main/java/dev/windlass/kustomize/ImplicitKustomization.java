package dev.windlass.kustomize;

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
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a directory the way Flux's kustomize-controller does: a directory with a kustomization
 * file is built as it is; one without gets the {@code kustomization.yaml} Flux generates for it,
 * listing every Kubernetes YAML file ({@code .yaml}, {@code .yml}) of the directory tree in walk
 * order (names sorted, depth first) and every subdirectory that has a kustomization of its own
 * (whose tree is then not walked further). A YAML file that is not Kubernetes objects fails the
 * build, as in Flux; a directory with none builds to nothing. The generated file exists only in an
 * in-memory {@link KustomizationOverlay}.
 *
 * <pre>{@code
 * Result<List<KubeObject>> built = ImplicitKustomization.build(snapshot, "clusters/prod", ImplicitKustomization.FLUX_OPTIONS);
 * }</pre>
 */
public final class ImplicitKustomization {

    /** Flux's build settings: files may be read from anywhere in the source, output in accumulation order. */
    public static final KustomizeOptions FLUX_OPTIONS =
            KustomizeOptions.defaults().withLoadRestrictor(LoadRestrictor.NONE).withAccumulationOrder();

    static final String NOT_KUBERNETES = "KustomizeNotKubernetesYaml";
    static final String GENERATED_FILE = "kustomization.yaml";

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2).withoutPositions();

    private ImplicitKustomization() {
    }

    /** The objects directory {@code path} of {@code snapshot} builds to, with its own kustomization or Flux's generated one. */
    public static Result<List<KubeObject>> build(Snapshot snapshot, String path, KustomizeOptions options) {
        Result<String> directory = SnapshotPaths.normalize(path);
        if (directory.hasErrors()) {
            return Result.of(List.of(), directory.errors());
        }
        if (hasKustomization(snapshot, directory.value())) {
            return Kustomizer.build(snapshot, directory.value(), options);
        }
        Result<MapNode> generated = generate(snapshot, directory.value());
        if (generated.hasErrors()) {
            return Result.of(List.of(), generated.issues());
        }
        String file = SnapshotPaths.join(directory.value(), GENERATED_FILE);
        Snapshot overlay = new KustomizationOverlay(snapshot, file, YamlWriter.write(generated.value()));
        return Kustomizer.build(overlay, directory.value(), options);
    }

    /**
     * The kustomization Flux generates for directory {@code directory} (a clean snapshot path without
     * a kustomization file): {@code resources} as {@code ./}-relative paths, or only the placeholder
     * namespace {@code _placeholder} when there are none, as Flux writes it to keep kustomize from
     * refusing an empty kustomization.
     */
    public static Result<MapNode> generate(Snapshot snapshot, String directory) {
        List<String> resources = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        SnapshotPaths.Resolution root = SnapshotPaths.resolve(snapshot, directory);
        if (root.problem().isPresent() || root.target().filter(SnapshotEntry::isDirectory).isEmpty()) {
            issues.add(root.problem().filter(Issue::isError).orElseGet(() -> Issue.error(KustomizeBuild.MISSING,
                    Location.file(directory), "'" + (directory.isEmpty() ? "." : directory)
                            + "' is not a directory of the source; point the build at a directory")));
            return Result.of(null, issues);
        }
        walk(snapshot, directory, root.target().get().path(), ".", resources, issues);
        if (issues.stream().anyMatch(Issue::isError)) {
            return Result.of(null, issues);
        }
        MapNode.Builder kustomization = MapNode.builder()
                .put("apiVersion", Node.of("kustomize.config.k8s.io/v1beta1"))
                .put("kind", Node.of("Kustomization"));
        if (resources.isEmpty()) {
            kustomization.put("namespace", Node.of("_placeholder"));
        } else {
            kustomization.put("resources", ListNode.of(resources.stream().map(Node::of).toArray(Node[]::new)));
        }
        return Result.of(kustomization.build(), issues);
    }

    /**
     * Go's filepath.Walk below {@code real} (a resolved directory), collecting resources as paths
     * {@code relative} to the kustomization directory {@code root}.
     */
    private static void walk(Snapshot snapshot, String root, String real, String relative, List<String> resources,
            List<Issue> issues) {
        for (SnapshotEntry entry : snapshot.list(real)) {
            String name = relative + "/" + entry.name();
            if (entry.isDirectory()) {
                if (hasKustomization(snapshot, entry.path())) {
                    resources.add(name);
                } else {
                    walk(snapshot, root, entry.path(), name, resources, issues);
                }
                continue;
            }
            if (!isYaml(entry.name())) {
                continue;
            }
            // Walk does not follow links to directories; a link to a file is read through
            Optional<SnapshotEntry> file = entry.isFile() ? Optional.of(entry) : linkedFile(snapshot, entry, issues);
            if (file.isPresent() && isKubernetes(snapshot, file.get(), SnapshotPaths.join(root, name.substring(2)), issues)) {
                resources.add(name);
            }
        }
    }

    private static Optional<SnapshotEntry> linkedFile(Snapshot snapshot, SnapshotEntry link, List<Issue> issues) {
        SnapshotPaths.Resolution resolution = SnapshotPaths.resolve(snapshot, link.path());
        resolution.problem().filter(Issue::isError).ifPresent(issues::add);
        return resolution.target().filter(SnapshotEntry::isFile);
    }

    /** Whether every document of the file is a Kubernetes object, as kustomize's resource factory checks. */
    private static boolean isKubernetes(Snapshot snapshot, SnapshotEntry file, String shown, List<Issue> issues) {
        String text;
        try {
            text = new String(snapshot.read(file.path(), CodecLimits.DEFAULT.maxFileBytes()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            issues.add(Issue.error(ResourceFiles.UNREADABLE, Location.file(shown), "cannot read " + shown + ": " + e.getMessage()));
            return false;
        }
        ParsedStream parsed = YAML.read(shown, text);
        if (parsed.hasErrors()) {
            parsed.issues().stream().filter(Issue::isError).findFirst().ifPresent(issues::add);
            return false;
        }
        for (ParsedDocument document : parsed.documents()) {
            Optional<String> problem = problem(document);
            if (problem.isPresent()) {
                issues.add(Issue.error(NOT_KUBERNETES, Location.file(shown), "failed to decode Kubernetes YAML from "
                        + shown + ": document " + (document.index() + 1) + " " + problem.get()
                        + "; add a kustomization.yaml that lists the manifests, or move the file out of the directory"));
                return false;
            }
        }
        return true;
    }

    private static Optional<String> problem(ParsedDocument document) {
        if (document.isEmpty() || document.content().isNull()) {
            return Optional.empty();
        }
        Optional<MapNode> object = document.content().asMap();
        if (object.isEmpty()) {
            return Optional.of("is not a mapping");
        }
        String kind = object.get().getText("kind").orElse("");
        if (kind.isEmpty()) {
            return Optional.of("has no kind");
        }
        boolean named = object.get().getMap("metadata").flatMap(m -> m.getText("name")).filter(n -> !n.isEmpty()).isPresent();
        return kind.endsWith("List") || named ? Optional.empty() : Optional.of("has no metadata.name");
    }

    private static boolean isYaml(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot);
        return extension.equals(".yaml") || extension.equals(".yml");
    }

    private static boolean hasKustomization(Snapshot snapshot, String directory) {
        for (String name : KustomizeBuild.FILE_NAMES) {
            SnapshotPaths.Resolution resolution = SnapshotPaths.resolve(snapshot, SnapshotPaths.join(directory, name));
            if (resolution.target().filter(SnapshotEntry::isFile).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
