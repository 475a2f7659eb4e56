package dev.windlass.kustomize;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds a generated object to what a level accumulated, by its generator's {@code behavior}, as
 * kustomize's {@code appendReplaceOrMerge} does. The generated object's id is looked up among the
 * current and earlier ids of the accumulated objects (so a generator can merge into a base's object
 * that has since been prefixed). With no match it is added ({@code create}, unspecified) or refused
 * ({@code merge}, {@code replace}); with one match it takes the old object's place, keeping the old
 * name, namespace and name history: {@code replace} keeps the new data, {@code merge} lays the new
 * data over the old; labels and annotations are merged either way (new values win, except that a
 * merge keeps the old object's origin annotation), and the name still gets a hash only if both
 * objects wanted one.
 */
final class GeneratorMerge {

    static final String BEHAVIOR = "KustomizeGeneratorBehavior";

    private static final String INTERNAL_PREFIX = "internal.config.kubernetes.io/";

    private GeneratorMerge() {
    }

    static void absorb(Kustomization k, GeneratorArgs args, Resource made, List<Resource> accumulated)
            throws KustomizeFailure {
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < accumulated.size(); i++) {
            if (matches(accumulated.get(i), made.object())) {
                matches.add(i);
            }
        }
        GeneratorArgs.Behavior behavior = args.behavior();
        if (matches.isEmpty()) {
            if (behavior == GeneratorArgs.Behavior.MERGE || behavior == GeneratorArgs.Behavior.REPLACE) {
                throw KustomizeFailure.at(BEHAVIOR, k.file(), args.field().key("behavior"), "id " + describe(made.object())
                        + " does not exist; cannot merge or replace; generate it in a base or an earlier generator,"
                        + " or use behavior 'create'");
            }
            accumulated.add(made);
            return;
        }
        if (matches.size() > 1) {
            throw KustomizeFailure.at(BEHAVIOR, k.file(), args.field(), "found multiple objects "
                    + matches.stream().map(i -> describe(accumulated.get(i).object())).toList()
                    + " that could accept merge of " + describe(made.object()) + "; give the objects distinct names");
        }
        int index = matches.get(0);
        Resource old = accumulated.get(index);
        if (behavior != GeneratorArgs.Behavior.MERGE && behavior != GeneratorArgs.Behavior.REPLACE) {
            throw KustomizeFailure.at(BEHAVIOR, k.file(), args.field(), "id " + describe(made.object())
                    + " exists; behavior must be merge or replace (this generator's is '" + behavior.text()
                    + "'); set behavior: merge or replace, or give the generator another name");
        }
        MapNode merged = withOldMetadata(old.object().content(), made.object().content());
        if (behavior == GeneratorArgs.Behavior.MERGE) {
            merged = mergedData(old.object().content(), merged, "data");
            merged = mergedData(old.object().content(), merged, "binaryData");
            merged = withOriginOf(old.object(), merged);
        }
        accumulated.set(index, old.withContent(merged));
    }

    /**
     * Whether {@code made}'s id is one of {@code old}'s ids: same group, version and kind, and the
     * current name and namespace, or an earlier name (in the namespace now or, when {@code made}
     * has none, kustomize's default one).
     */
    static boolean matches(Resource old, KubeObject made) {
        if (!old.object().gvk().equals(made.gvk())) {
            return false;
        }
        String namespace = effectiveNamespace(made);
        boolean sameNamespace = effectiveNamespace(old.object()).equals(namespace);
        if (old.object().name().equals(made.name()) && sameNamespace) {
            return true;
        }
        return old.wasNamed(made.name()) && (sameNamespace || namespace.equals("default"));
    }

    private static String effectiveNamespace(KubeObject object) {
        String namespace = object.namespace();
        return namespace.isEmpty() ? "default" : namespace;
    }

    /** {@code made} with the old name and namespace, and labels and annotations merged as kustomize does. */
    static MapNode withOldMetadata(MapNode old, MapNode made) {
        MapNode oldMeta = old.getMap("metadata").orElse(MapNode.empty());
        MapNode meta = made.getMap("metadata").orElse(MapNode.empty());
        Map<String, String> labels = union(texts(oldMeta, "labels"), texts(meta, "labels"));
        Map<String, String> oldAnnotations = texts(oldMeta, "annotations");
        Map<String, String> newAnnotations = texts(meta, "annotations");
        Map<String, String> annotations = union(oldAnnotations, newAnnotations);
        annotations.keySet().removeIf(key -> key.startsWith(INTERNAL_PREFIX));
        oldAnnotations.forEach((key, value) -> {
            if (key.startsWith(INTERNAL_PREFIX)) {
                annotations.put(key, value);
            }
        });
        if (!newAnnotations.containsKey(Generators.NEEDS_HASH)) {
            annotations.remove(Generators.NEEDS_HASH);
        }
        MapNode out = put(meta, "labels", labels);
        out = put(out, "annotations", annotations).with("name", oldMeta.get("name").orElse(Node.of("")));
        String namespace = oldMeta.get("namespace").map(Scalars::text).orElse("");
        out = namespace.isEmpty() ? out.without("namespace") : out.with("namespace", Node.of(namespace));
        return made.with("metadata", out);
    }

    /**
     * {@code merged} with {@code old}'s origin annotation when it has one: a merge keeps where the
     * object first came from, while a replace takes the new generator's origin.
     */
    private static MapNode withOriginOf(KubeObject old, MapNode merged) {
        return old.annotation(BuildMetadata.ORIGIN).map(origin -> KubeObject.of(merged)
                .withAnnotation(BuildMetadata.ORIGIN, origin).content()).orElse(merged);
    }

    /** {@code made}'s {@code field} map laid over {@code old}'s, keys sorted; no field when both are empty. */
    static MapNode mergedData(MapNode old, MapNode made, String field) {
        Map<String, String> data = new TreeMap<>(ContentHash.CODE_POINT_ORDER);
        data.putAll(texts(old, field));
        data.putAll(texts(made, field));
        return data.isEmpty() ? made.without(field) : made.with(field, Generators.strings(data));
    }

    private static MapNode put(MapNode map, String field, Map<String, String> values) {
        return values.isEmpty() ? map.without(field) : map.with(field, Generators.strings(new TreeMap<>(values)));
    }

    private static Map<String, String> union(Map<String, String> under, Map<String, String> over) {
        Map<String, String> out = new LinkedHashMap<>(under);
        out.putAll(over);
        return out;
    }

    private static Map<String, String> texts(MapNode map, String field) {
        return map.getMap(field).map(Generators::texts).orElseGet(LinkedHashMap::new);
    }

    private static String describe(KubeObject object) {
        String namespace = object.namespace();
        return object.kind() + "/" + object.name() + " (namespace " + (namespace.isEmpty() ? "default" : namespace)
                + ")";
    }
}
