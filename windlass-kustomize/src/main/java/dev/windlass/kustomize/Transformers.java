package dev.windlass.kustomize;

import dev.windlass.kustomize.TransformerConfig.Category;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The built-in transformers of a kustomization, run in kustomize's order over everything the
 * kustomization accumulated: namespace, name prefix and suffix, labels, annotations (then
 * {@link Patcher} runs {@code patchesJson6902}), replicas, images; each writes the fields the
 * level's {@link TransformerConfig} lists.
 */
final class Transformers {

    private static final List<String> UNPREFIXED = List.of("CustomResourceDefinition", "APIService", "Namespace");

    private Transformers() {
    }

    /**
     * Namespace, name prefix and suffix, labels and annotations: the transformers before
     * {@code patchesJson6902}, writing where the level's transformer configuration says. Like
     * kustomize it records the id each object had before the namespace, prefix and suffix steps.
     */
    static List<Resource> naming(Kustomization k, TransformerConfig config, List<Resource> resources)
            throws KustomizeFailure {
        List<Resource> out = new ArrayList<>(resources.size());
        List<List<FieldSpec>> labelSpecs = null;
        for (Resource resource : resources) {
            Resource r = resource;
            if (!k.namespace().isEmpty()) {
                r = r.withPreviousId().withContent(NamespaceTransform.apply(r.object().content(), k.namespace(),
                        config.specs(Category.NAMESPACE)));
            }
            r = affix(r, config.specs(Category.NAME_PREFIX), k.namePrefix(), true);
            r = affix(r, config.specs(Category.NAME_SUFFIX), k.nameSuffix(), false);
            if (labelSpecs == null) {
                labelSpecs = new ArrayList<>();
                for (Kustomization.LabelSet set : k.labels()) {
                    labelSpecs.add(labelSpecs(k, set, config));
                }
            }
            for (int i = 0; i < k.labels().size(); i++) {
                r = r.withContent(setAll(r.object().content(), labelSpecs.get(i), k.labels().get(i).pairs()));
            }
            r = r.withContent(setAll(r.object().content(), config.specs(Category.COMMON_LABELS), k.commonLabels()));
            r = r.withContent(setAll(r.object().content(), config.specs(Category.COMMON_ANNOTATIONS),
                    k.commonAnnotations()));
            out.add(r);
        }
        return out;
    }

    /** Replicas and images: the transformers after {@code patchesJson6902}. */
    static List<Resource> counts(Kustomization k, TransformerConfig config, List<Resource> resources) {
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            r = r.withContent(replicas(r, k.replicas(), config.specs(Category.REPLICAS)));
            r = r.withContent(ImageTransform.apply(r.object().content(), k.images(), config.specs(Category.IMAGES)));
            out.add(r);
        }
        return out;
    }

    /**
     * kustomize's prefix (or suffix) transformer: writes the affix into each field its specs select
     * (by the kind the object had first); for {@code metadata/name} it first records the affix and
     * the current id.
     */
    static Resource affix(Resource resource, List<FieldSpec> specs, String affix, boolean prefix) {
        GroupVersionKind original = resource.originalGvk();
        if (affix.isEmpty() || UNPREFIXED.contains(original.kind())
                && (!original.kind().equals("APIService") || original.group().equals("apiregistration.k8s.io"))) {
            return resource;
        }
        Resource r = resource;
        for (FieldSpec spec : specs) {
            if (!spec.selects(original)) {
                continue;
            }
            if (spec.path().equals(List.of("metadata", "name"))) {
                r = (prefix ? r.withPrefix(affix) : r.withSuffix(affix)).withPreviousId();
            }
            r = r.withContent(FieldEditor.edit(r.object().content(), spec, current -> {
                String value = current == null ? "" : Scalars.text(current);
                return Node.of(prefix ? affix + value : value + affix);
            }));
        }
        return r;
    }

    static List<FieldSpec> labelSpecs(Kustomization k, Kustomization.LabelSet set, TransformerConfig config)
            throws KustomizeFailure {
        try {
            List<FieldSpec> specs = TransformerConfig.mergeAll(set.fields(), config.specs(Category.LABELS));
            if (set.includeSelectors()) {
                specs = TransformerConfig.mergeAll(specs, config.specs(Category.COMMON_LABELS));
            } else {
                if (set.includeTemplates()) {
                    specs = TransformerConfig.mergeAll(specs, config.specs(Category.TEMPLATE_LABELS));
                }
                if (set.includeVolumeClaimTemplates()) {
                    specs = TransformerConfig.mergeAll(specs, config.specs(Category.VOLUME_CLAIM_TEMPLATE_LABELS));
                }
                specs = TransformerConfig.mergeAll(specs, List.of(FieldSpec.any("metadata/labels", true)));
            }
            return specs;
        } catch (TransformerConfig.Conflict e) {
            throw KustomizeFailure.at(Accumulator.CONFIG_CONFLICT, k.file(), FieldPath.of("labels"),
                    "failed to merge labels: " + e.getMessage());
        }
    }

    /** Sets every pair in the map each selecting spec leads to. */
    static MapNode setAll(MapNode object, List<FieldSpec> specs, Map<String, String> pairs) {
        if (pairs.isEmpty()) {
            return object;
        }
        UnaryOperator<Node> put = current -> {
            MapNode map = current == null ? MapNode.empty() : current.asMap().orElse(null);
            if (map == null) {
                return null;
            }
            for (Map.Entry<String, String> pair : pairs.entrySet()) {
                map = map.with(pair.getKey(), Node.of(pair.getValue()));
            }
            return map;
        };
        MapNode out = object;
        GroupVersionKind gvk = gvk(out);
        for (FieldSpec spec : specs) {
            if (spec.selects(gvk)) {
                MapNode edited = FieldEditor.edit(out, spec, put);
                if (edited != out) {
                    out = edited;
                    gvk = gvk(out);
                }
            }
        }
        return out;
    }

    private static MapNode replicas(Resource r, List<Kustomization.ReplicaOverride> overrides, List<FieldSpec> specs) {
        MapNode out = r.object().content();
        for (Kustomization.ReplicaOverride override : overrides) {
            if (!r.wasNamed(override.name())) {
                continue;
            }
            for (FieldSpec spec : specs) {
                if (spec.selects(gvk(out))) {
                    out = FieldEditor.edit(out, spec, current -> Node.of(override.count()));
                }
            }
        }
        return out;
    }

    static GroupVersionKind gvk(MapNode object) {
        return GroupVersionKind.of(object.getText("apiVersion").orElse(""),
                object.getText("kind").orElse(""));
    }
}
