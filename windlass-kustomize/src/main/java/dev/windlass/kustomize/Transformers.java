package dev.windlass.kustomize;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The built-in transformers of a kustomization, run in kustomize's order over everything the
 * kustomization accumulated: namespace, name prefix and suffix, labels, annotations (then
 * {@link Patcher} runs {@code patchesJson6902}), replicas, images.
 */
final class Transformers {

    private static final List<String> UNPREFIXED = List.of("CustomResourceDefinition", "APIService", "Namespace");

    private Transformers() {
    }

    /** Namespace, name prefix and suffix, labels and annotations: the transformers before {@code patchesJson6902}. */
    static List<Resource> naming(Kustomization k, List<Resource> resources) {
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource resource : resources) {
            Resource r = resource;
            if (!k.namespace().isEmpty()) {
                r = r.withContent(NamespaceTransform.apply(r.object().content(), k.namespace()));
            }
            r = rename(r, k.namePrefix(), k.nameSuffix());
            for (Kustomization.LabelSet set : k.labels()) {
                r = r.withContent(setAll(r.object().content(), labelSpecs(set), set.pairs()));
            }
            r = r.withContent(setAll(r.object().content(), BuiltinFieldSpecs.COMMON_LABELS, k.commonLabels()));
            r = r.withContent(setAll(r.object().content(), BuiltinFieldSpecs.COMMON_ANNOTATIONS, k.commonAnnotations()));
            out.add(r);
        }
        return out;
    }

    /** Replicas and images: the transformers after {@code patchesJson6902}. */
    static List<Resource> counts(Kustomization k, List<Resource> resources) {
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            r = r.withContent(replicas(r, k.replicas()));
            r = r.withContent(ImageTransform.apply(r.object().content(), k.images()));
            out.add(r);
        }
        return out;
    }

    static Resource rename(Resource r, String prefix, String suffix) {
        if ((prefix.isEmpty() && suffix.isEmpty()) || UNPREFIXED.contains(r.object().kind())) {
            return r;
        }
        return r.renamed(prefix + r.object().name() + suffix);
    }

    static List<FieldSpec> labelSpecs(Kustomization.LabelSet set) {
        if (set.includeSelectors()) {
            return FieldSpecReader.merge(set.fields(), BuiltinFieldSpecs.COMMON_LABELS);
        }
        List<FieldSpec> specs = new ArrayList<>(set.fields());
        if (set.includeTemplates()) {
            specs.addAll(BuiltinFieldSpecs.TEMPLATE_LABELS);
        }
        if (set.includeVolumeClaimTemplates()) {
            specs.add(BuiltinFieldSpecs.VOLUME_CLAIM_TEMPLATE_LABELS);
        }
        return FieldSpecReader.merge(specs, List.of(FieldSpec.any("metadata/labels", true)));
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
        for (FieldSpec spec : specs) {
            if (spec.selects(gvk(out))) {
                out = FieldEditor.edit(out, spec, put);
            }
        }
        return out;
    }

    private static MapNode replicas(Resource r, List<Kustomization.ReplicaOverride> overrides) {
        MapNode out = r.object().content();
        for (Kustomization.ReplicaOverride override : overrides) {
            if (!r.wasNamed(override.name())) {
                continue;
            }
            for (FieldSpec spec : BuiltinFieldSpecs.REPLICAS) {
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
