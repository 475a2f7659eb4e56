package dev.windlass.kustomize;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * kustomize's built-in {@code configMapGenerator} and {@code secretGenerator}: makes each
 * generator's object and adds it to what the level accumulated (creating, merging or replacing,
 * {@link GeneratorMerge}), and at the end of the build appends the content hash to the names of
 * generated objects ({@link #addHashes}).
 *
 * <p>Until then a generated object carries kustomize's internal annotation
 * {@value #NEEDS_HASH}, so patches and transformers keep the mark as they keep any annotation; it
 * is removed before output.
 */
final class Generators {

    static final String NEEDS_HASH = "internal.config.kubernetes.io/needsHashSuffix";
    static final String ENABLED = "enabled";
    static final String DUPLICATE_KEY = "KustomizeGeneratorDuplicateKey";
    static final String NO_NAME = "KustomizeGeneratorNameMissing";

    /** kustomize wraps base64 text at this many characters. */
    private static final int BASE64_LINE = 70;

    private final GeneratorSources sources;

    Generators(GeneratorSources.Files files) {
        this.sources = new GeneratorSources(files);
    }

    /**
     * {@code accumulated} with the objects of {@code k}'s {@code configMapGenerator} and
     * {@code secretGenerator} added, in kustomize's order, each with the origin {@code metadata}
     * gives the built-in generator of its kind.
     */
    List<Resource> generate(Kustomization k, List<Resource> accumulated, BuildMetadata metadata)
            throws KustomizeFailure {
        List<Resource> out = new ArrayList<>(accumulated);
        for (GeneratorArgs args : GeneratorReader.read(k)) {
            absorb(k, args, metadata.configuredIn(k, args.kind().pluginKind()), out);
        }
        return out;
    }

    /**
     * Makes the object of {@code args}, gives it {@code origin} (none when {@code null}) and adds
     * it to {@code accumulated} by its behavior, as kustomize's generator step does.
     */
    void absorb(Kustomization k, GeneratorArgs args, Origin origin, List<Resource> accumulated)
            throws KustomizeFailure {
        Resource made = Resource.of(KubeObject.of(make(k, args)), k.file());
        GeneratorMerge.absorb(k, args, BuildMetadata.withOrigin(made, origin), accumulated);
    }

    /** The object one generator makes, with its data sorted by key. */
    MapNode make(Kustomization k, GeneratorArgs args) throws KustomizeFailure {
        if (args.name().isEmpty()) {
            throw KustomizeFailure.at(NO_NAME, k.file(), args.field(), "a " + args.kind().objectKind()
                    + " generator must have a name; add 'name' to " + args.field());
        }
        Map<String, byte[]> data = validated(k, args, sources.load(k, args));
        MapNode.Builder object = MapNode.builder().put("apiVersion", Node.of("v1"))
                .put("kind", Node.of(args.kind().objectKind())).put("metadata", metadata(args));
        if (args.kind() == GeneratorArgs.Kind.SECRET) {
            object.put("type", Node.of(args.type().isEmpty() ? "Opaque" : args.type()));
            MapNode.Builder encoded = MapNode.builder();
            data.forEach((key, value) -> encoded.put(key, Node.of(base64(value))));
            object.put("data", encoded.build());
        } else {
            configMapData(data, object);
        }
        if (args.options().immutable()) {
            object.put("immutable", Node.of(true));
        }
        return object.build();
    }

    /** Text values go to {@code data}, values that are not UTF-8 to {@code binaryData} in base64. */
    private static void configMapData(Map<String, byte[]> data, MapNode.Builder object) {
        MapNode.Builder text = MapNode.builder();
        MapNode.Builder binary = MapNode.builder();
        data.forEach((key, value) -> EnvFile.utf8(value, 0, value.length).ifPresentOrElse(
                s -> text.put(key, Node.of(s)), () -> binary.put(key, Node.of(base64(value)))));
        MapNode textData = text.build();
        MapNode binaryData = binary.build();
        if (!textData.isEmpty()) {
            object.put("data", textData);
        }
        if (!binaryData.isEmpty()) {
            object.put("binaryData", binaryData);
        }
    }

    private static MapNode metadata(GeneratorArgs args) {
        MapNode.Builder metadata = MapNode.builder().put("name", Node.of(args.name()));
        if (!args.namespace().isEmpty()) {
            metadata.put("namespace", Node.of(args.namespace()));
        }
        if (!args.options().labels().isEmpty()) {
            metadata.put("labels", strings(args.options().labels()));
        }
        Map<String, String> annotations = new TreeMap<>(args.options().annotations());
        if (!args.options().disableNameSuffixHash()) {
            annotations.put(NEEDS_HASH, ENABLED);
        }
        if (!annotations.isEmpty()) {
            metadata.put("annotations", strings(annotations));
        }
        return metadata.build();
    }

    /** The pairs by key in byte order; a repeated key is refused, as kustomize does. */
    private static Map<String, byte[]> validated(Kustomization k, GeneratorArgs args, List<GeneratorSources.Pair> pairs)
            throws KustomizeFailure {
        Map<String, byte[]> out = new TreeMap<>(ContentHash.CODE_POINT_ORDER);
        for (GeneratorSources.Pair pair : pairs) {
            if (out.putIfAbsent(pair.key(), pair.value()) != null) {
                throw KustomizeFailure.at(DUPLICATE_KEY, k.file(), pair.field(), args.kind().objectKind().toLowerCase(
                        java.util.Locale.ROOT) + " " + args.name() + " illegally repeats the key `" + pair.key()
                        + "`; give each key once across literals, files and envs");
            }
        }
        return out;
    }

    /** Base64 as kustomize writes it: lines of 70 characters, each ending in a line break, once it is that long. */
    static String base64(byte[] value) {
        String encoded = Base64.getEncoder().encodeToString(value);
        if (encoded.length() < BASE64_LINE) {
            return encoded;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < encoded.length(); i += BASE64_LINE) {
            out.append(encoded, i, Math.min(encoded.length(), i + BASE64_LINE)).append('\n');
        }
        return out.toString();
    }

    /**
     * kustomize's {@code addHashesToNames}: every object marked as needing a hash gets
     * {@code -<hash>} after its current name (prefixes and suffixes included); the mark is removed
     * from every object. Renames go through {@link Resource#renamed} so name references can follow.
     */
    static List<Resource> addHashes(List<Resource> resources) {
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            boolean needsHash = r.object().annotation(NEEDS_HASH).map(ENABLED::equals).orElse(false);
            MapNode content = withoutMark(r.object().content());
            Resource stripped = content == r.object().content() ? r : r.withContent(content);
            out.add(needsHash ? stripped.renamed(r.object().name() + "-" + ContentHash.of(content)) : stripped);
        }
        return out;
    }

    /** {@code object} without the hash mark; without {@code annotations} too when that was the only one. */
    static MapNode withoutMark(MapNode object) {
        MapNode metadata = object.getMap("metadata").orElse(null);
        MapNode annotations = metadata == null ? null : metadata.getMap("annotations").orElse(null);
        if (annotations == null || !annotations.containsKey(NEEDS_HASH)) {
            return object;
        }
        MapNode left = annotations.without(NEEDS_HASH);
        return object.with("metadata", left.isEmpty() ? metadata.without("annotations")
                : metadata.with("annotations", left));
    }

    /**
     * {@code patched} with the hash mark of {@code original}: kustomize puts its internal annotations
     * back after a JSON patch, so a patch that replaces or removes the annotations keeps the mark.
     */
    static MapNode withMarkOf(MapNode original, MapNode patched) {
        String mark = KubeObject.of(original).annotation(NEEDS_HASH).orElse(null);
        if (mark == null || KubeObject.of(patched).annotation(NEEDS_HASH).map(mark::equals).orElse(false)) {
            return patched;
        }
        return KubeObject.of(patched).withAnnotation(NEEDS_HASH, mark).content();
    }

    static MapNode strings(Map<String, String> map) {
        MapNode.Builder out = MapNode.builder();
        map.forEach((key, value) -> out.put(key, Node.of(value)));
        return out.build();
    }

    /** The keys of a string map node (labels, annotations, data) with their values as text. */
    static Map<String, String> texts(MapNode map) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        map.asJavaMap().forEach((key, value) -> out.put(key, Scalars.text(value)));
        return out;
    }
}
