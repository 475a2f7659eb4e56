package dev.windlass.kustomize;

import dev.windlass.model.GroupVersionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * kustomize's transformer configuration ({@code TransformerConfig}): for each built-in
 * transformer the field specs it writes, and the name back references. A kustomization level
 * starts from the built-in table, merges in its {@code configurations} files and {@code crds},
 * and takes over what its bases learnt; the merge follows kustomize's rules exactly, including
 * that a spec is dropped when an earlier one of the same path already covers its kind, and the
 * sort by kind after each merge.
 *
 * @param specs          field specs by transformer, in kustomize's order
 * @param nameReferences the back references: which fields of which kinds hold names of which kinds
 */
record TransformerConfig(Map<Category, List<FieldSpec>> specs, List<NameBackReference> nameReferences) {

    /** The field spec lists of a transformer configuration file, by their key in the file. */
    enum Category {
        NAME_PREFIX("namePrefix"), NAME_SUFFIX("nameSuffix"), NAMESPACE("namespace"), COMMON_LABELS("commonLabels"),
        LABELS("labels"), TEMPLATE_LABELS("templateLabels"), VOLUME_CLAIM_TEMPLATE_LABELS("volumeClaimTemplateLabels"),
        COMMON_ANNOTATIONS("commonAnnotations"), VAR_REFERENCE("varReference"), IMAGES("images"), REPLICAS("replicas");

        final String key;

        Category(String key) {
            this.key = key;
        }
    }

    /**
     * One entry of {@code nameReference}: objects of the referral kind (empty parts match anything)
     * are referred to by name from the referrer fields.
     */
    record NameBackReference(String group, String version, String kind, List<FieldSpec> referrers) {
        NameBackReference {
            referrers = List.copyOf(referrers);
        }

        GroupVersionKind gvk() {
            return new GroupVersionKind(group, version, kind);
        }
    }

    /** Two specs for the same path and kinds that disagree on creating the field. */
    static final class Conflict extends Exception {
        Conflict(String message) {
            super(message);
        }
    }

    TransformerConfig {
        EnumMap<Category, List<FieldSpec>> copy = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            copy.put(category, List.copyOf(specs.getOrDefault(category, List.of())));
        }
        specs = Collections.unmodifiableMap(copy);
        nameReferences = List.copyOf(nameReferences);
    }

    static TransformerConfig empty() {
        return new TransformerConfig(Map.of(), List.of());
    }

    /** kustomize's built-in table, sorted as kustomize sorts it after loading. */
    static TransformerConfig builtin() {
        EnumMap<Category, List<FieldSpec>> specs = new EnumMap<>(Category.class);
        specs.put(Category.NAME_PREFIX, List.of(FieldSpec.any("metadata/name", false)));
        specs.put(Category.NAME_SUFFIX, List.of(FieldSpec.any("metadata/name", false)));
        specs.put(Category.NAMESPACE, NamespaceTransform.DEFAULT_SPECS);
        specs.put(Category.COMMON_LABELS, BuiltinFieldSpecs.COMMON_LABELS);
        specs.put(Category.TEMPLATE_LABELS, BuiltinFieldSpecs.TEMPLATE_LABELS);
        specs.put(Category.VOLUME_CLAIM_TEMPLATE_LABELS, List.of(BuiltinFieldSpecs.VOLUME_CLAIM_TEMPLATE_LABELS));
        specs.put(Category.COMMON_ANNOTATIONS, BuiltinFieldSpecs.COMMON_ANNOTATIONS);
        specs.put(Category.IMAGES, BuiltinFieldSpecs.IMAGES);
        specs.put(Category.REPLICAS, BuiltinFieldSpecs.REPLICAS);
        return new TransformerConfig(specs, NameReferenceTable.BUILTIN).sorted();
    }

    List<FieldSpec> specs(Category category) {
        return specs.get(category);
    }

    /** The {@code varReference} entries of the configuration files (the vars step owns the built-in ones). */
    List<FieldSpec> varReferences() {
        return specs(Category.VAR_REFERENCE);
    }

    /** kustomize's {@code TransformerConfig.Merge}: this configuration, then what {@code other} adds, sorted. */
    TransformerConfig merge(TransformerConfig other) throws Conflict {
        EnumMap<Category, List<FieldSpec>> merged = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            merged.put(category, mergeAll(specs(category), other.specs(category)));
        }
        List<NameBackReference> references = new ArrayList<>(nameReferences);
        for (NameBackReference incoming : other.nameReferences) {
            references = mergeOne(references, incoming);
        }
        return new TransformerConfig(merged, references).sorted();
    }

    /** kustomize's {@code FsSlice.MergeAll}: adds the incoming specs not already covered. */
    static List<FieldSpec> mergeAll(List<FieldSpec> specs, List<FieldSpec> incoming) throws Conflict {
        List<FieldSpec> out = new ArrayList<>(specs);
        for (FieldSpec spec : incoming) {
            FieldSpec existing = out.stream().filter(x -> covers(x, spec)).findFirst().orElse(null);
            if (existing == null) {
                out.add(spec);
            } else if (existing.create() != spec.create()) {
                throw new Conflict("conflicting fieldspecs: " + describe(existing) + " and " + describe(spec));
            }
        }
        return out;
    }

    /** kustomize's {@code nbrSlice.mergeOne}: joins the referrers of an entry for the same kind, else appends. */
    static List<NameBackReference> mergeOne(List<NameBackReference> references, NameBackReference incoming)
            throws Conflict {
        List<NameBackReference> out = new ArrayList<>();
        boolean found = false;
        for (NameBackReference reference : references) {
            if (reference.gvk().equals(incoming.gvk())) {
                reference = new NameBackReference(reference.group(), reference.version(), reference.kind(),
                        mergeAll(reference.referrers(), incoming.referrers()));
                found = true;
            }
            out.add(reference);
        }
        if (!found) {
            out.add(incoming);
        }
        return out;
    }

    /** kustomize's {@code effectivelyEquals}: same path, and the incoming spec's kinds select the existing one's. */
    private static boolean covers(FieldSpec existing, FieldSpec incoming) {
        return incoming.selects(gvk(existing)) && existing.path().equals(incoming.path());
    }

    /** Each list sorted by kind as kustomize's {@code sortFields} does (a stable sort). */
    TransformerConfig sorted() {
        EnumMap<Category, List<FieldSpec>> out = new EnumMap<>(Category.class);
        Comparator<FieldSpec> bySpecKind = Comparator.comparing(TransformerConfig::gvk, GVK_ORDER);
        specs.forEach((category, list) -> out.put(category, list.stream().sorted(bySpecKind).toList()));
        List<NameBackReference> references = nameReferences.stream()
                .sorted(Comparator.comparing(NameBackReference::gvk, GVK_ORDER)).toList();
        return new TransformerConfig(out, references);
    }

    /** kustomize's {@code Gvk.IsLessThan}: its kind order first, then group/version/kind text. */
    static final Comparator<GroupVersionKind> GVK_ORDER = Comparator
            .comparingInt((GroupVersionKind gvk) -> rank(gvk.kind())).thenComparing(LegacyOrder::gvkText);

    private static int rank(String kind) {
        int first = LegacyOrder.FIRST.indexOf(kind);
        if (first >= 0) {
            return first - LegacyOrder.FIRST.size();
        }
        int last = LegacyOrder.LAST.indexOf(kind);
        return last >= 0 ? last + 1 : 0;
    }

    static GroupVersionKind gvk(FieldSpec spec) {
        return new GroupVersionKind(spec.group(), spec.version(), spec.kind());
    }

    static String describe(FieldSpec spec) {
        return LegacyOrder.gvkText(gvk(spec)) + ":" + spec.create() + ":" + String.join("/", spec.path());
    }
}
