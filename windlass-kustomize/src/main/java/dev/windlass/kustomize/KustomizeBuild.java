package dev.windlass.kustomize;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import dev.windlass.model.snapshot.SnapshotPaths;
import dev.windlass.model.tree.FieldPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

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
    static final String REMOTE_UNAVAILABLE = "KustomizeRemoteBaseUnavailable";

    static final List<String> FILE_NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private final Snapshot snapshot;
    private final KustomizeOptions options;
    private final ResourceFiles files;
    private final Deque<String> chain = new ArrayDeque<>();
    /** What {@code buildMetadata} of the top kustomization asks for; shared with the builds of remote bases. */
    private BuildMetadata metadata;
    /** The remote bases this build is inside, outermost first; empty for the local build. */
    private final List<RemoteBase> remotes;
    /** Repositories fetched so far; shared with the builds of remote bases. */
    private final RemoteRepositories repositories;
    /** The merge schema the {@code openapi:} fields set; shared with the builds of remote bases. */
    private final BuildSchema schema;

    KustomizeBuild(Snapshot snapshot, KustomizeOptions options) {
        this(snapshot, options, List.of(), new RemoteRepositories(options.remoteBases()), new BuildSchema());
    }

    private KustomizeBuild(Snapshot snapshot, KustomizeOptions options, List<RemoteBase> remotes,
            RemoteRepositories repositories, BuildSchema schema) {
        this.schema = schema;
        this.snapshot = snapshot;
        this.options = options;
        this.files = new ResourceFiles(snapshot);
        this.remotes = List.copyOf(remotes);
        this.repositories = repositories;
    }

    /**
     * The kustomization in {@code directory} with its resources, transformed, in accumulation order.
     * Like kustomize's {@code makeCustomizedResMap}: the whole tree is accumulated first, then the
     * steps that must see every level's result run once at the end.
     */
    Built build(String directory) throws KustomizeFailure {
        Kustomization k = load(directory);
        metadata = BuildMetadata.of(k);
        schema.load(k, true, this::schemaFile);
        chain.addLast(directory);
        Accumulator acc = accumulate(k, new Accumulator(options::display));
        chain.removeLast();
        return new Built(k, metadata.finish(finish(k, acc)));
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
        LevelConfiguration.addTo(acc, k, (kz, path, field) -> fileText(kz, path, field, "configuration"));
        acc.replaceAll(new Generators(this::generatorFile).generate(k, acc.resources(), metadata));
        acc.addAll(new HelmChartGenerator(snapshot, options.helm(), files, this::fileBytes).generate(k), k.file());
        addGenerated(k, acc);
        addComponents(k, acc);
        acc.replaceAll(transform(k, acc.config(), acc.resources()));
        acc.mergeVars(Vars.read(k));
        return acc;
    }

    /** The steps after the whole tree is accumulated: name hashes, name references, vars, dropping local config. */
    private List<Resource> finish(Kustomization k, Accumulator acc) throws KustomizeFailure {
        List<Resource> hashed = Generators.addHashes(acc.resources());
        List<Resource> fixed = NameReferences.fix(k.file(), acc.config().nameReferences(), hashed);
        List<FieldSpec> varReferences = new ArrayList<>(VarReferenceTable.BUILTIN);
        varReferences.addAll(acc.config().varReferences());
        return withoutLocalConfig(Vars.resolve(acc.vars(), fixed, varReferences));
    }

    /** kustomize's {@code IgnoreLocal}: objects annotated {@code config.kubernetes.io/local-config} (not "false") go. */
    private static List<Resource> withoutLocalConfig(List<Resource> resources) {
        return resources.stream()
                .filter(r -> r.object().annotation("config.kubernetes.io/local-config").map("false"::equals).orElse(true))
                .toList();
    }

    /** A file a kustomization names at {@code field} ({@code what} says what it holds), read under the load restrictor. */
    private byte[] fileBytes(Kustomization k, String reference, FieldPath field, String what) throws KustomizeFailure {
        SnapshotEntry file = locate(k, reference, field);
        if (!file.isFile()) {
            throw KustomizeFailure.at(MISSING, k.file(), field, "'" + reference + "' is a directory; name a file"
                    + " holding " + what);
        }
        checkRestrictor(k, reference, file, field);
        try {
            return snapshot.read(file.path(), CodecLimits.DEFAULT.maxFileBytes());
        } catch (IOException e) {
            throw KustomizeFailure.at(ResourceFiles.UNREADABLE, file.path(), null, "cannot read "
                    + options.display(file.path()) + ": " + e.getMessage());
        }
    }

    private String fileText(Kustomization k, String reference, FieldPath field, String what) throws KustomizeFailure {
        return new String(fileBytes(k, reference, field, what), StandardCharsets.UTF_8);
    }

    /**
     * The built-in transformers in kustomize's order: patchesStrategicMerge and patches, namespace,
     * prefix and suffix, labels, annotations, patchesJson6902, replicas, images, replacements.
     */
    private List<Resource> transform(Kustomization k, TransformerConfig config, List<Resource> resources)
            throws KustomizeFailure {
        Patcher patcher = new Patcher(k, this::patchText, schema.current());
        List<Resource> patched = patcher.beforeTransformers(resources);
        List<Resource> counted = Transformers.counts(k, config, patcher.json6902(Transformers.naming(k, config, patched)));
        List<Resource> builtin = Replacements.apply(ReplacementReader.read(k, this::replacementText), counted);
        List<PluginConfigs.Config> configs = PluginConfigs.load(k, "transformers", this::pluginConfigs, metadata);
        List<Resource> out = BuiltinPlugins.transform(pluginContext(k), configs, builtin);
        List<Origin> origins = new ArrayList<>(metadata.transformerOrigins(k));
        configs.stream().map(PluginConfigs.Config::origin).filter(o -> o != null).forEach(origins::add);
        return metadata.recordTransformations(out, origins);
    }

    /**
     * The {@code generators:} of {@code k}, after its generator fields as in kustomize's
     * {@code runGenerators}: each built-in generator configuration's objects are created, merged
     * or replaced into what the level accumulated.
     */
    private void addGenerated(Kustomization k, Accumulator acc) throws KustomizeFailure {
        List<PluginConfigs.Config> configs = PluginConfigs.load(k, "generators", this::pluginConfigs, metadata);
        if (!configs.isEmpty()) {
            acc.replaceAll(BuiltinPlugins.generate(pluginContext(k), configs, acc.resources()));
        }
    }

    private BuiltinPlugins.Context pluginContext(Kustomization k) {
        return new BuiltinPlugins.Context(k, this::patchText, this::replacementText, new Generators(this::generatorFile),
                schema.current(), new HelmChartGenerator(snapshot, options.helm(), files, this::fileBytes));
    }

    /** The plugin configurations a path in {@code transformers:} or {@code generators:} names. */
    private List<Resource> pluginConfigs(Kustomization k, String reference, FieldPath field) throws KustomizeFailure {
        SnapshotEntry entry = locate(k, reference, field);
        if (entry.isFile()) {
            checkRestrictor(k, reference, entry, field);
            return files.read(entry.path());
        }
        return nested(k, entry.path(), field, false, null).resources();
    }

    private void addResources(Kustomization k, Accumulator acc) throws KustomizeFailure {
        for (int i = 0; i < k.resources().size(); i++) {
            FieldPath field = FieldPath.of("resources").index(i);
            Optional<RemoteBase> remote = RemoteRepositories.named(k, k.resources().get(i), field, path -> isLocalFile(k, path));
            if (remote.isPresent()) {
                acc.absorb(remoteNested(k, remote.get(), field, false, acc), k.file());
                continue;
            }
            SnapshotEntry entry = locate(k, k.resources().get(i), field);
            if (entry.isFile()) {
                checkRestrictor(k, k.resources().get(i), entry, field);
                List<Resource> read = files.read(entry.path());
                schema.noteLoaded(read);
                acc.addAll(metadata.annotateFiles(shownFrom(read)), k.file());
            } else {
                acc.absorb(nested(k, entry.path(), field, false, acc), k.file());
            }
        }
    }

    private void addComponents(Kustomization k, Accumulator acc) throws KustomizeFailure {
        for (int i = 0; i < k.components().size(); i++) {
            FieldPath field = FieldPath.of("components").index(i);
            Optional<RemoteBase> remote = RemoteRepositories.named(k, k.components().get(i), field, path -> isLocalFile(k, path));
            if (remote.isPresent()) {
                acc.replaceWith(remoteNested(k, remote.get(), field, true, acc));
                continue;
            }
            SnapshotEntry entry = locate(k, k.components().get(i), field);
            if (!entry.isDirectory()) {
                throw KustomizeFailure.at(KIND_MISMATCH, k.file(), field, "component '" + k.components().get(i)
                        + "' is a file; components are directories holding a kustomization of kind Component");
            }
            acc.replaceWith(nested(k, entry.path(), field, true, acc));
        }
    }

    private String patchText(Kustomization k, Kustomization.PatchEntry entry) throws KustomizeFailure {
        return fileText(k, entry.path(), FieldPath.of(entry.field()).index(entry.index()), "a patch");
    }

    private byte[] schemaFile(Kustomization k, String path, FieldPath field) throws KustomizeFailure {
        return fileBytes(k, path, field, "an OpenAPI schema");
    }

    private String replacementText(Kustomization k, String path, FieldPath field) throws KustomizeFailure {
        return fileText(k, path, field, "replacements");
    }

    /** A file named by a generator ({@code files}, {@code envs}); generators read files, one at a time. */
    private byte[] generatorFile(Kustomization k, String reference, FieldPath field) throws KustomizeFailure {
        return fileBytes(k, reference, field, "generator data");
    }

    /** Builds a base (its own accumulator) or a component (applied to {@code acc}). */
    private Accumulator nested(Kustomization referrer, String directory, FieldPath field, boolean component,
            Accumulator acc) throws KustomizeFailure {
        checkCycle(referrer, directory, field);
        return enter(referrer.file(), directory, field, component, acc);
    }

    /** Loads the kustomization in {@code directory}, checks its kind and accumulates it. */
    private Accumulator enter(String referrerFile, String directory, FieldPath field, boolean component,
            Accumulator acc) throws KustomizeFailure {
        Kustomization k = load(directory);
        schema.load(k, false, this::schemaFile);
        if (k.component() != component) {
            throw KustomizeFailure.at(KIND_MISMATCH, referrerFile, field, component
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
        if (reference.contains("://")) {
            throw KustomizeFailure.at(KustomizationReader.UNSUPPORTED, k.file(), field, "'" + reference + "' is a URL;"
                    + " Windlass reads this field's files only from the repository (it fetches Git bases listed in"
                    + " resources and components, never single files over HTTP); commit the file into the repository");
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

    /** Whether {@code reference} in {@code k} is a file of this snapshot (kustomize tries files before URLs). */
    private boolean isLocalFile(Kustomization k, String reference) {
        var normalized = SnapshotPaths.normalize(SnapshotPaths.join(k.directory(), reference));
        return !normalized.hasErrors()
                && SnapshotPaths.resolve(snapshot, normalized.value()).target().filter(SnapshotEntry::isFile).isPresent();
    }

    /**
     * Builds the kustomization {@code base} names in a build of its own over the repository's
     * snapshot: its references stay inside the repository, files must be in or below their
     * kustomization (kustomize's rule for clones), and failures are reported here, naming the URL.
     */
    private Accumulator remoteNested(Kustomization referrer, RemoteBase base, FieldPath field, boolean component,
            Accumulator acc) throws KustomizeFailure {
        for (RemoteBase visited : remotes) {
            if (base.isPrefixOf(visited.reference())) {
                throw KustomizeFailure.at(CYCLE, referrer.file(), field, "cycle detected: URI '" + base.reference()
                        + "' referenced by previous URI '" + visited.reference() + "'; remove one of these references");
            }
        }
        Snapshot repository = repositories.fetch(referrer, base, field);
        List<RemoteBase> inside = new ArrayList<>(remotes);
        inside.add(base);
        KustomizeOptions remoteOptions = options.withLoadRestrictor(LoadRestrictor.ROOT_ONLY)
                .withDisplayPrefix(base.displayPrefix());
        try {
            KustomizeBuild remoteBuild = new KustomizeBuild(repository, remoteOptions, inside, repositories, schema);
            remoteBuild.metadata = metadata;
            return remoteBuild.remoteRoot(base, component, acc);
        } catch (KustomizeFailure failure) {
            throw KustomizeFailure.at(failure.issue().code(), referrer.file(), field, "remote base '" + base.reference()
                    + "' (" + base.repoUrl() + " at " + RemoteRepositories.shortRevision(repository) + "): " + failure.issue().message());
        }
    }

    /** In the build over a remote base's repository: the kustomization at the base's path. */
    private Accumulator remoteRoot(RemoteBase base, boolean component, Accumulator acc) throws KustomizeFailure {
        if (base.path().isEmpty()) {
            return enter("", "", null, component, acc);
        }
        SnapshotPaths.Resolution at = SnapshotPaths.resolve(snapshot, base.path());
        if (at.problem().isPresent()) {
            throw new KustomizeFailure(at.problem().get());
        }
        String shown = options.display(base.path());
        if (at.isMissing() || at.target().isEmpty()) {
            throw KustomizeFailure.at(MISSING, base.path(), null, "directory '" + shown
                    + "' does not exist in the repository; check the path after // and the ref");
        }
        if (!at.target().get().isDirectory()) {
            throw KustomizeFailure.at(MISSING, base.path(), null, "'" + shown
                    + "' refers to a file; expecting the directory holding a kustomization");
        }
        return enter(base.path(), at.target().get().path(), null, component, acc);
    }

    /** Resources as read; in a remote base's build, their files shown with the repository URL. */
    private List<Resource> shownFrom(List<Resource> read) {
        return remotes.isEmpty() ? read : read.stream().map(r -> r.withFile(options.display(r.file()))).toList();
    }
}
