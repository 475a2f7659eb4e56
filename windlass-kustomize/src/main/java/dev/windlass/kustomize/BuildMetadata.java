package dev.windlass.kustomize;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * kustomize's {@code buildMetadata} for one build. The top kustomization's list decides for the
 * whole tree: when it is not empty, every object read from a file gets an origin annotation
 * (generated objects get the generator's origin) and every transformer that runs records itself
 * on the objects it ran over; at the end the annotations the list does not ask for are removed,
 * and {@code managedByLabel} adds {@code app.kubernetes.io/managed-by}. Origins are held in the
 * objects' annotations while building, as kustomize does.
 */
final class BuildMetadata {

    static final String ORIGIN = "config.kubernetes.io/origin";
    static final String TRANSFORMATIONS = "alpha.config.kubernetes.io/transformations";
    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    /** What the kustomize v5.5.0 release binary writes ({@code kubectl kustomize} writes {@code kustomize-(devel)}). */
    static final String MANAGED_BY_VALUE = "kustomize-v5.5.0";
    static final String ORIGIN_ANNOTATIONS = "originAnnotations";
    static final String TRANSFORMER_ANNOTATIONS = "transformerAnnotations";
    static final String MANAGED_BY_LABEL = "managedByLabel";

    private final List<String> options;
    private final String root;
    private final Map<String, Origin> remoteRoots = new LinkedHashMap<>();

    private BuildMetadata(List<String> options, String root) {
        this.options = List.copyOf(options);
        this.root = root;
    }

    /** The settings of the build of {@code top}, the kustomization in directory {@code root}. */
    static BuildMetadata of(Kustomization top) throws KustomizeFailure {
        Node value = top.document().get("buildMetadata").orElse(Node.nullNode());
        List<String> options = new ArrayList<>();
        if (!value.isNull()) {
            var list = value.asList().orElseThrow(() -> KustomizeFailure.at(KustomizationReader.INVALID, top.file(),
                    FieldPath.of("buildMetadata"), "'buildMetadata' must be a list of " + List.of(ORIGIN_ANNOTATIONS,
                            TRANSFORMER_ANNOTATIONS, MANAGED_BY_LABEL)));
            list.items().forEach(item -> options.add(Scalars.text(item)));
        }
        return new BuildMetadata(options, top.directory());
    }

    /** Whether origins are being recorded: kustomize does so whenever the top list is not empty. */
    boolean tracking() {
        return !options.isEmpty();
    }

    /**
     * Seam for remote bases: files under snapshot directory {@code directory} come from
     * {@code repo} at {@code ref}; their origin paths are relative to {@code directory}.
     */
    void addRemoteRoot(String directory, String repo, String ref) {
        remoteRoots.put(directory, Origin.remote(repo, ref, ""));
    }

    /** The origin of snapshot path {@code file}: relative to the built directory, or to its remote repository. */
    Origin originOf(String file) {
        for (Map.Entry<String, Origin> remote : remoteRoots.entrySet()) {
            String dir = remote.getKey();
            if (dir.isEmpty() || file.equals(dir) || file.startsWith(dir + "/")) {
                return Origin.remote(remote.getValue().repo(), remote.getValue().ref(), Origin.relative(dir, file));
            }
        }
        return Origin.local(Origin.relative(root, file));
    }

    /** Objects just read from their files, with their origin annotation when tracking. */
    List<Resource> annotateFiles(List<Resource> read) {
        if (!tracking()) {
            return read;
        }
        List<Resource> out = new ArrayList<>(read.size());
        read.forEach(r -> out.add(withAnnotation(r, ORIGIN, originOf(r.file()).toYaml())));
        return out;
    }

    /**
     * The origin of what a field of kustomization {@code k} configures ({@code kind} is the built-in
     * plugin kind, such as {@code ConfigMapGenerator} or {@code PrefixTransformer}); {@code null}
     * when not tracking.
     */
    Origin configuredIn(Kustomization k, String kind) {
        return tracking() ? originOf(k.file()).configuredBy(Origin.ConfiguredBy.builtin(kind)) : null;
    }

    /**
     * The origins of the built-in transformers kustomization {@code k} runs, one per transformer
     * kustomize configures, in its order; none when not tracking.
     */
    List<Origin> transformerOrigins(Kustomization k) {
        if (!tracking()) {
            return List.of();
        }
        List<String> kinds = new ArrayList<>();
        addIf(kinds, !k.patchesStrategicMerge().isEmpty() ? 1 : 0, "PatchStrategicMergeTransformer");
        addIf(kinds, k.patches().size(), "PatchTransformer");
        addIf(kinds, k.namespace().isEmpty() ? 0 : 1, "NamespaceTransformer");
        addIf(kinds, k.namePrefix().isEmpty() ? 0 : 1, "PrefixTransformer");
        addIf(kinds, k.nameSuffix().isEmpty() ? 0 : 1, "SuffixTransformer");
        boolean labels = !k.labels().isEmpty() || !k.commonLabels().isEmpty();
        addIf(kinds, labels ? k.labels().size() + 1 : 0, "LabelTransformer");
        addIf(kinds, k.commonAnnotations().isEmpty() ? 0 : 1, "AnnotationsTransformer");
        addIf(kinds, k.patchesJson6902().size(), "PatchJson6902Transformer");
        addIf(kinds, k.replicas().size(), "ReplicaCountTransformer");
        addIf(kinds, k.images().size(), "ImageTagTransformer");
        boolean replacements = k.document().getList("replacements").map(l -> !l.isEmpty()).orElse(false);
        addIf(kinds, replacements ? 1 : 0, "ReplacementTransformer");
        return kinds.stream().map(kind -> configuredIn(k, kind)).toList();
    }

    private static void addIf(List<String> kinds, int count, String kind) {
        for (int i = 0; i < count; i++) {
            kinds.add(kind);
        }
    }

    /**
     * A generated object with the origin of the generator that made it (kustomize's
     * {@code AddOriginAnnotation}): unchanged when {@code origin} is {@code null} (not tracking)
     * or the object already has one.
     */
    static Resource withOrigin(Resource generated, Origin origin) {
        if (origin == null || annotation(generated, ORIGIN) != null) {
            return generated;
        }
        return withAnnotation(generated, ORIGIN, origin.toYaml());
    }

    /** Records that the transformers of {@code origins} ran, in order, over all of {@code resources}. */
    List<Resource> recordTransformations(List<Resource> resources, List<Origin> origins) {
        if (!tracking() || origins.isEmpty()) {
            return resources;
        }
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            for (Origin origin : origins) {
                r = annotation(r, ORIGIN) == null ? withAnnotation(r, ORIGIN, origin.toYaml())
                        : withAnnotation(r, TRANSFORMATIONS, origin.appendTo(annotation(r, TRANSFORMATIONS)));
            }
            out.add(r);
        }
        return out;
    }

    /**
     * The end of the build, as kustomize's: the managed-by label when asked for, then the origin
     * and transformer annotations removed unless asked for (also ones the input had), and
     * annotation maps left empty dropped.
     */
    List<Resource> finish(List<Resource> resources) {
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            if (options.contains(MANAGED_BY_LABEL)) {
                r = r.withContent(Transformers.setAll(r.object().content(), List.of(FieldSpec.any("metadata/labels", true)),
                        Map.of(MANAGED_BY, MANAGED_BY_VALUE)));
            }
            if (!options.contains(ORIGIN_ANNOTATIONS)) {
                r = withoutAnnotation(r, ORIGIN);
            }
            if (!options.contains(TRANSFORMER_ANNOTATIONS)) {
                r = withoutAnnotation(r, TRANSFORMATIONS);
            }
            out.add(r);
        }
        return out;
    }

    static String annotation(Resource r, String key) {
        return annotations(r).get(key).flatMap(Node::asText).orElse(null);
    }

    private static MapNode annotations(Resource r) {
        return r.object().content().getMap("metadata").flatMap(m -> m.getMap("annotations")).orElse(MapNode.empty());
    }

    private static Resource withAnnotation(Resource r, String key, String value) {
        MapNode content = r.object().content();
        MapNode metadata = content.getMap("metadata").orElse(MapNode.empty());
        return r.withContent(content.with("metadata", metadata.with("annotations",
                annotations(r).with(key, Node.of(Objects.requireNonNull(value))))));
    }

    private static Resource withoutAnnotation(Resource r, String key) {
        MapNode content = r.object().content();
        MapNode metadata = content.getMap("metadata").orElse(null);
        if (metadata == null || metadata.get("annotations").isEmpty()) {
            return r;
        }
        MapNode annotations = annotations(r).without(key);
        return r.withContent(content.with("metadata", annotations.isEmpty() ? metadata.without("annotations")
                : metadata.with("annotations", annotations)));
    }
}
