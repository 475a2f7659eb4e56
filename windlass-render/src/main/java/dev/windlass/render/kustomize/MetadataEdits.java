package dev.windlass.render.kustomize;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The label and annotation edits of Argo CD's kustomize overrides, as {@code kustomize edit add
 * label} and {@code kustomize edit add annotation} make them: into {@code commonLabels} /
 * {@code commonAnnotations}, or with {@code --without-selector} into a {@code labels} entry that
 * leaves selectors alone. A key the kustomization already has is an error unless forced.
 */
final class MetadataEdits {

    private final String file;

    MetadataEdits(String file) {
        this.file = file;
    }

    /** {@code kustomize edit add label [--force] [--without-selector] [--include-templates]}. */
    MapNode labels(MapNode document, KustomizeOverrides overrides) throws KustomizationEdits.EditFailure {
        if (overrides.labelIncludeTemplates() && !overrides.labelWithoutSelector()) {
            throw fail(FieldPath.of("labels"), "kustomize.labelIncludeTemplates needs kustomize.labelWithoutSelector:"
                    + " true (kustomize edit add label --include-templates works only with --without-selector)");
        }
        Map<String, String> pairs = pairs(overrides.commonLabels(), "label");
        if (overrides.labelWithoutSelector()) {
            return withoutSelector(document, pairs, overrides.labelIncludeTemplates(), overrides.forceCommonLabels());
        }
        return intoMap(document, "commonLabels", "label", pairs, overrides.forceCommonLabels());
    }

    /** {@code kustomize edit add annotation [--force]}. */
    MapNode annotations(MapNode document, KustomizeOverrides overrides) throws KustomizationEdits.EditFailure {
        Map<String, String> pairs = pairs(overrides.commonAnnotations(), "annotation");
        return intoMap(document, "commonAnnotations", "annotation", pairs, overrides.forceCommonAnnotations());
    }

    /**
     * The pairs as kustomize reads Argo CD's {@code key:value} arguments: split at the first colon,
     * double quotes around the value removed.
     */
    private Map<String, String> pairs(Map<String, String> given, String kind) throws KustomizationEdits.EditFailure {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String argument = entry.getKey() + ":" + entry.getValue();
            int colon = argument.indexOf(':');
            if (colon == 0) {
                throw fail(null, "kustomize.common" + capitalized(kind) + "s has an empty " + kind
                        + " name; give each " + kind + " a name");
            }
            out.put(argument.substring(0, colon), trimQuotes(argument.substring(colon + 1)));
        }
        return out;
    }

    private MapNode intoMap(MapNode document, String field, String kind, Map<String, String> pairs, boolean force)
            throws KustomizationEdits.EditFailure {
        MapNode existing = KustomizationEdits.mapField(document, field, file);
        MapNode.Builder out = existing.toBuilder();
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            if (existing.containsKey(pair.getKey()) && !force) {
                throw alreadySet(FieldPath.of(field, pair.getKey()), kind, pair.getKey(), field);
            }
            out.put(pair.getKey(), Node.of(pair.getValue()));
        }
        return KustomizationEdits.set(document, field, out.build());
    }

    /**
     * Into the first {@code labels} entry that does not touch selectors and has the same
     * {@code includeTemplates}, or a new entry appended for them.
     */
    private MapNode withoutSelector(MapNode document, Map<String, String> pairs, boolean templates, boolean force)
            throws KustomizationEdits.EditFailure {
        List<Node> entries = new ArrayList<>(KustomizationEdits.listField(document, "labels", file).items());
        int index = -1;
        for (int i = 0; i < entries.size() && index < 0; i++) {
            if (entries.get(i) instanceof MapNode entry && !flag(entry, "includeSelectors")
                    && flag(entry, "includeTemplates") == templates) {
                index = i;
            }
        }
        MapNode target = index < 0 ? MapNode.empty() : (MapNode) entries.get(index);
        MapNode existing = target.getMap("pairs").orElse(MapNode.empty());
        MapNode.Builder merged = existing.toBuilder();
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            if (existing.containsKey(pair.getKey()) && !force) {
                throw alreadySet(FieldPath.of("labels").index(index).key("pairs").key(pair.getKey()), "label",
                        pair.getKey(), "labels");
            }
            merged.put(pair.getKey(), Node.of(pair.getValue()));
        }
        MapNode updated = target.with("pairs", merged.build());
        if (index < 0) {
            entries.add(templates ? updated.with("includeTemplates", BoolNode.TRUE) : updated);
        } else {
            entries.set(index, updated);
        }
        return KustomizationEdits.set(document, "labels", new ListNode(entries));
    }

    private static boolean flag(MapNode entry, String key) {
        return entry.get(key).map(BoolNode.TRUE::equals).orElse(false);
    }

    private KustomizationEdits.EditFailure alreadySet(FieldPath field, String kind, String key, String where) {
        String option = kind.equals("label") ? "forceCommonLabels" : "forceCommonAnnotations";
        return fail(field, "kustomize.common" + capitalized(kind) + "s sets " + kind + " '" + key
                + "', which the kustomization's " + where + " already has; set kustomize." + option
                + ": true to override it");
    }

    private KustomizationEdits.EditFailure fail(FieldPath field, String message) {
        return KustomizationEdits.EditFailure.at(file, field, message);
    }

    private static String capitalized(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    private static String trimQuotes(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
