package dev.windlass.kustomize;

import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import dev.windlass.model.snapshot.SnapshotPaths;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One run of {@code kustomize build}: loads kustomizations from the snapshot, accumulates their
 * resources, bases and components depth first, and runs each level's transformers over what that
 * level accumulated. Keeps the chain of directories being built to refuse cycles.
 */
final class KustomizeBuild {

    static final String NO_KUSTOMIZATION = "KustomizationNotFound";
    static final String CYCLE = "KustomizationCycle";
    static final String MISSING = "KustomizeResourceMissing";
    static final String RESTRICTED = "KustomizeLoadRestricted";
    static final String KIND_MISMATCH = "KustomizationKindMismatch";

    static final List<String> FILE_NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private final Snapshot snapshot;
    private final KustomizeOptions options;
    private final ResourceFiles files;
    private final Deque<String> chain = new ArrayDeque<>();

    KustomizeBuild(Snapshot snapshot, KustomizeOptions options) {
        this.snapshot = snapshot;
        this.options = options;
        this.files = new ResourceFiles(snapshot);
    }

    /**
     * The kustomization in {@code directory} with its resources, transformed, in accumulation order.
     * Like kustomize's {@code makeCustomizedResMap}: the whole tree is accumulated first, then the
     * steps that must see every level's result run once at the end.
     */
    Built build(String directory) throws KustomizeFailure {
        Kustomization k = load(directory);
        chain.addLast(directory);
        Accumulator acc = accumulate(k, new Accumulator(options::display));
        chain.removeLast();
        return new Built(k, finish(k, acc));
    }

    /** The top kustomization and what it built. */
    record Built(Kustomization kustomization, List<Resource> resources) {
    }

    /**
     * One level, in kustomize's {@code accumulateTarget} order: resources (bases built first),
     * transformer configuration, generators, components, then this level's transformers.
     */
    private Accumulator accumulate(Kustomization k, Accumulator acc) throws KustomizeFailure {
        addResources(k, acc);
        addConfigurations(k, acc);
        addComponents(k, acc);
        acc.replaceAll(transform(k, acc.config(), acc.resources()));
        return acc;
    }

    /** The steps after the whole tree is accumulated: name hashes, name references, vars, dropping local config. */
    private List<Resource> finish(Kustomization k, Accumulator acc) throws KustomizeFailure {
        List<Resource> fixed = NameReferences.fix(k.file(), acc.config().nameReferences(), acc.resources());
        return withoutLocalConfig(fixed);
    }

    /** kustomize's {@code IgnoreLocal}: objects annotated {@code config.kubernetes.io/local-config} (not "false") go. */
    private static List<Resource> withoutLocalConfig(List<Resource> resources) {
        return resources.stream()
                .filter(r -> r.object().annotation("config.kubernetes.io/local-config").map("false"::equals).orElse(true))
                .toList();
    }

    /**
     * kustomize's configuration merge of one level: the built-in table with the level's
     * {@code configurations} files, then what its {@code crds} add.
     */
    private void addConfigurations(Kustomization k, Accumulator acc) throws KustomizeFailure {
        TransformerConfig level = TransformerConfig.builtin();
        List<String> paths = paths(k, "configurations");
        if (!paths.isEmpty()) {
            TransformerConfig files = TransformerConfig.empty();
            for (int i = 0; i < paths.size(); i++) {
                FieldPath field = FieldPath.of("configurations").index(i);
                files = merged(k, field, files, TransformerConfigReader.read(k.file(), field, paths.get(i),
                        fileText(k, paths.get(i), field)));
            }
            level = merged(k, FieldPath.of("configurations"), level, files);
        }
        acc.mergeConfig(level, k.file(), FieldPath.of("configurations"));
        TransformerConfig crds = TransformerConfig.empty();
        List<String> crdPaths = paths(k, "crds");
        for (int i = 0; i < crdPaths.size(); i++) {
            FieldPath field = FieldPath.of("crds").index(i);
            crds = merged(k, field, crds, CrdReferenceLoader.load(k.file(), field, crdPaths.get(i),
                    fileText(k, crdPaths.get(i), field)));
        }
        acc.mergeConfig(crds, k.file(), FieldPath.of("crds"));
    }

    /** A list of file paths from the kustomization document, such as {@code configurations}. */
    private static List<String> paths(Kustomization k, String key) throws KustomizeFailure {
        Node value = k.document().get(key).orElse(Node.nullNode());
        if (value.isNull()) {
            return List.of();
        }
        ListNode list = value.asList().orElseThrow(() -> KustomizeFailure.at(KustomizationReader.INVALID, k.file(),
                FieldPath.of(key), "'" + key + "' must be a list of file paths"));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Node item = list.items().get(i);
            if (!(item instanceof StringNode text)) {
                throw KustomizeFailure.at(KustomizationReader.INVALID, k.file(), FieldPath.of(key).index(i),
                        "each " + key + " entry is a file path (a string)");
            }
            out.add(text.value());
        }
        return out;
    }

    private static TransformerConfig merged(Kustomization k, FieldPath field, TransformerConfig config,
            TransformerConfig more) throws KustomizeFailure {
        try {
            return config.merge(more);
        } catch (TransformerConfig.Conflict e) {
            throw KustomizeFailure.at(Accumulator.CONFIG_CONFLICT, k.file(), field, e.getMessage()
                    + "; give each path and kind once, with one value of 'create'");
        }
    }

    private String fileText(Kustomization k, String path, FieldPath field) throws KustomizeFailure {
        SnapshotEntry file = locate(k, path, field);
        if (!file.isFile()) {
            throw KustomizeFailure.at(MISSING, k.file(), field, "'" + path + "' is a directory; name a file");
        }
        checkRestrictor(k, path, file, field);
        return files.text(file.path());
    }

    /**
     * The built-in transformers in kustomize's order: patchesStrategicMerge and patches, namespace,
     * prefix and suffix, labels, annotations, patchesJson6902, replicas, images.
     */
    private List<Resource> transform(Kustomization k, TransformerConfig config, List<Resource> resources)
            throws KustomizeFailure {
        Patcher patcher = new Patcher(k, this::patchText);
        List<Resource> patched = patcher.beforeTransformers(resources);
        return Transformers.counts(k, config, patcher.json6902(Transformers.naming(k, config, patched)));
    }

    private void addResources(Kustomization k, Accumulator acc) throws KustomizeFailure {
        for (int i = 0; i < k.resources().size(); i++) {
            FieldPath field = FieldPath.of("resources").index(i);
            SnapshotEntry entry = locate(k, k.resources().get(i), field);
            if (entry.isFile()) {
                checkRestrictor(k, k.resources().get(i), entry, field);
                acc.addAll(files.read(entry.path()), k.file());
            } else {
                acc.absorb(nested(k, entry.path(), field, false, acc), k.file());
            }
        }
    }

    private void addComponents(Kustomization k, Accumulator acc) throws KustomizeFailure {
        for (int i = 0; i < k.components().size(); i++) {
            FieldPath field = FieldPath.of("components").index(i);
            SnapshotEntry entry = locate(k, k.components().get(i), field);
            if (!entry.isDirectory()) {
                throw KustomizeFailure.at(KIND_MISMATCH, k.file(), field, "component '" + k.components().get(i)
                        + "' is a file; components are directories holding a kustomization of kind Component");
            }
            acc.replaceWith(nested(k, entry.path(), field, true, acc));
        }
    }

    private String patchText(Kustomization k, Kustomization.PatchEntry entry) throws KustomizeFailure {
        FieldPath field = FieldPath.of(entry.field()).index(entry.index());
        SnapshotEntry file = locate(k, entry.path(), field);
        if (!file.isFile()) {
            throw KustomizeFailure.at(MISSING, k.file(), field, "patch '" + entry.path() + "' in " + entry.field()
                    + " is a directory; name a patch file");
        }
        checkRestrictor(k, entry.path(), file, field);
        return files.text(file.path());
    }

    /** Builds a base (its own accumulator) or a component (applied to {@code acc}). */
    private Accumulator nested(Kustomization referrer, String directory, FieldPath field, boolean component,
            Accumulator acc) throws KustomizeFailure {
        checkCycle(referrer, directory, field);
        Kustomization k = load(directory);
        if (k.component() != component) {
            throw KustomizeFailure.at(KIND_MISMATCH, referrer.file(), field, component
                    ? "expected kind 'Component' for path '" + options.display(directory)
                            + "' but got 'Kustomization'; list it under resources"
                    : "expected kind != 'Component' for path '" + options.display(directory)
                            + "'; list it under components");
        }
        chain.addLast(directory);
        Accumulator built = accumulate(k, component ? acc.copy() : new Accumulator(options::display));
        chain.removeLast();
        return built;
    }

    private void checkCycle(Kustomization referrer, String directory, FieldPath field) throws KustomizeFailure {
        for (String visited : chain) {
            if (isSameOrBelow(directory, visited)) {
                List<String> cycle = new ArrayList<>(chain);
                cycle.add(directory);
                throw KustomizeFailure.at(CYCLE, referrer.file(), field, "cycle detected: candidate root '"
                        + options.display(directory) + "' contains visited root '" + options.display(visited) + "' ("
                        + String.join(" -> ", cycle.stream().map(options::display).toList())
                        + "); remove one of these references");
            }
        }
    }

    private SnapshotEntry locate(Kustomization k, String reference, FieldPath field) throws KustomizeFailure {
        if (reference.contains("://") || reference.startsWith("github.com/") || reference.startsWith("git@")) {
            throw KustomizeFailure.at(KustomizationReader.UNSUPPORTED, k.file(), field, "remote resource '" + reference
                    + "' is not supported by Windlass's kustomize engine yet; vendor it into the repository");
        }
        var normalized = SnapshotPaths.normalize(SnapshotPaths.join(k.directory(), reference));
        if (reference.startsWith("/") || normalized.hasErrors()) {
            throw KustomizeFailure.at(RESTRICTED, k.file(), field, "'" + reference + "' in " + options.display(k.file())
                    + " leads outside the source root; give a relative path inside it");
        }
        SnapshotPaths.Resolution resolution = SnapshotPaths.resolve(snapshot, normalized.value());
        if (resolution.problem().isPresent()) {
            throw new KustomizeFailure(resolution.problem().get());
        }
        if (resolution.isMissing() || resolution.target().isEmpty()) {
            throw KustomizeFailure.at(MISSING, k.file(), field, "'" + reference + "' referenced by "
                    + options.display(k.file()) + " does not exist (no file or directory "
                    + options.display(normalized.value()) + ")");
        }
        return resolution.target().get();
    }

    private void checkRestrictor(Kustomization k, String reference, SnapshotEntry file, FieldPath field)
            throws KustomizeFailure {
        if (options.loadRestrictor() == LoadRestrictor.ROOT_ONLY
                && !isSameOrBelow(k.directory(), SnapshotPaths.parent(file.path()))) {
            throw KustomizeFailure.at(RESTRICTED, k.file(), field, "security; file '" + reference
                    + "' is not in or below '" + options.display(k.directory())
                    + "'; move it under the kustomization or build with --load-restrictor LoadRestrictionsNone");
        }
    }

    private Kustomization load(String directory) throws KustomizeFailure {
        List<SnapshotEntry> found = new ArrayList<>();
        for (String name : FILE_NAMES) {
            SnapshotPaths.Resolution resolution = SnapshotPaths.resolve(snapshot, SnapshotPaths.join(directory, name));
            resolution.target().filter(SnapshotEntry::isFile).ifPresent(found::add);
        }
        String shown = options.display(directory);
        if (found.isEmpty()) {
            throw KustomizeFailure.at(NO_KUSTOMIZATION, directory, null, "unable to find one of 'kustomization.yaml',"
                    + " 'kustomization.yml' or 'Kustomization' in directory '" + shown + "'");
        }
        if (found.size() > 1) {
            throw KustomizeFailure.at(NO_KUSTOMIZATION, directory, null, "found multiple kustomization files under: "
                    + shown + " (" + String.join(", ", found.stream().map(SnapshotEntry::name).toList())
                    + "); keep one");
        }
        String file = SnapshotPaths.join(directory, found.get(0).name());
        return KustomizationReader.read(directory, file, files.text(file));
    }

    private static boolean isSameOrBelow(String directory, String path) {
        return directory.isEmpty() || path.equals(directory) || path.startsWith(directory + "/");
    }
}
