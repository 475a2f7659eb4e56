package dev.windlass.kustomize;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the three patch fields of a kustomization ({@code patchesStrategicMerge},
 * {@code patchesJson6902}, {@code patches}) into {@link Kustomization.PatchEntry} values.
 */
final class PatchFieldReader {

    private PatchFieldReader() {
    }

    /** {@code patchesStrategicMerge}: each entry is a file path or an inline YAML patch. */
    static List<Kustomization.PatchEntry> strategicMerge(String file, MapNode map) throws KustomizeFailure {
        List<Kustomization.PatchEntry> out = new ArrayList<>();
        List<Node> items = items(file, map, "patchesStrategicMerge");
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (!(item.asText().isPresent())) {
                throw invalid(file, FieldPath.of("patchesStrategicMerge").index(i),
                        "each patchesStrategicMerge entry is a file path or an inline YAML patch (a string)");
            }
            String text = item.asText().orElseThrow();
            boolean inline = text.contains("\n") || text.contains(": ");
            out.add(new Kustomization.PatchEntry("patchesStrategicMerge", i, inline ? "" : text.trim(),
                    inline ? text : "", null, false, false));
        }
        return out;
    }

    /** {@code patchesJson6902} or {@code patches}: mappings with {@code path} or {@code patch} and a target. */
    static List<Kustomization.PatchEntry> entries(String file, MapNode map, String field) throws KustomizeFailure {
        List<Kustomization.PatchEntry> out = new ArrayList<>();
        List<Node> items = items(file, map, field);
        for (int i = 0; i < items.size(); i++) {
            FieldPath at = FieldPath.of(field).index(i);
            MapNode entry = items.get(i).asMap().orElseThrow(() -> invalid(file, at,
                    "each " + field + " entry is a mapping with 'path' or 'patch'"));
            String path = text(entry, "path");
            String patch = text(entry, "patch");
            if (path.isEmpty() == patch.trim().isEmpty()) {
                throw invalid(file, at, "must specify one of patch and path in " + field + "[" + i + "], not "
                        + (path.isEmpty() ? "neither" : "both"));
            }
            MapNode options = entry.getMap("options").orElse(MapNode.empty());
            Kustomization.PatchTarget target = target(file, at, entry);
            if (target == null && field.equals("patchesJson6902")) {
                throw invalid(file, at.key("target"), "must specify a target for patch " + (path.isEmpty() ? patch : path));
            }
            out.add(new Kustomization.PatchEntry(field, i, path, patch, target, flag(options, "allowNameChange"),
                    flag(options, "allowKindChange")));
        }
        return out;
    }

    private static Kustomization.PatchTarget target(String file, FieldPath at, MapNode entry) throws KustomizeFailure {
        Node value = entry.get("target").orElse(Node.nullNode());
        if (value.isNull()) {
            return null;
        }
        MapNode t = value.asMap().orElseThrow(() -> invalid(file, at.key("target"), "'target' must be a mapping"));
        return new Kustomization.PatchTarget(text(t, "group"), text(t, "version"), text(t, "kind"), text(t, "name"),
                text(t, "namespace"), text(t, "labelSelector"), text(t, "annotationSelector"));
    }

    private static List<Node> items(String file, MapNode map, String key) throws KustomizeFailure {
        Node value = map.get(key).orElse(Node.nullNode());
        if (value.isNull()) {
            return List.of();
        }
        return value.asList().map(ListNode::items)
                .orElseThrow(() -> invalid(file, FieldPath.of(key), "'" + key + "' must be a list"));
    }

    private static String text(MapNode map, String key) {
        return map.get(key).filter(v -> !v.isNull()).map(Scalars::text).orElse("");
    }

    private static boolean flag(MapNode map, String key) {
        return map.get(key).map(Node.of(true)::equals).orElse(false);
    }

    private static KustomizeFailure invalid(String file, FieldPath field, String message) {
        return KustomizeFailure.at(KustomizationReader.INVALID, file, field, message);
    }
}
