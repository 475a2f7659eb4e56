package dev.windlass.kustomize;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads field specs written in kustomize's {@code FieldSpec} shape ({@code group}, {@code version},
 * {@code kind}, {@code path}, {@code create}), as in {@code labels[].fields} and the
 * {@code fieldSpecs} of built-in plugin configurations.
 */
final class FieldSpecReader {

    private FieldSpecReader() {
    }

    /** The specs in {@code value} (a list, or null for none); {@code at} locates it in {@code file} for messages. */
    static List<FieldSpec> read(String file, FieldPath at, Node value) throws KustomizeFailure {
        if (value == null || value.isNull()) {
            return List.of();
        }
        ListNode list = value.asList().orElseThrow(() -> invalid(file, at, "field specs must be a list of mappings"
                + " with 'path' and optional 'group', 'version', 'kind' and 'create'"));
        List<FieldSpec> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            FieldPath item = at.index(i);
            MapNode spec = list.items().get(i).asMap().orElseThrow(() -> invalid(file, item,
                    "each field spec is a mapping with 'path'"));
            String path = text(spec, "path");
            if (path.isEmpty()) {
                throw invalid(file, item.key("path"), "a field spec needs a 'path' such as metadata/labels");
            }
            out.add(FieldSpec.of(text(spec, "group"), text(spec, "version"), text(spec, "kind"), path,
                    spec.get("create").map(Node.of(true)::equals).orElse(false)));
        }
        return out;
    }

    /** {@code first} followed by those of {@code more} whose kind and path are not already there (kustomize's MergeAll). */
    static List<FieldSpec> merge(List<FieldSpec> first, List<FieldSpec> more) {
        List<FieldSpec> out = new ArrayList<>(first);
        for (FieldSpec spec : more) {
            boolean known = out.stream().anyMatch(s -> s.group().equals(spec.group())
                    && s.version().equals(spec.version()) && s.kind().equals(spec.kind()) && s.path().equals(spec.path()));
            if (!known) {
                out.add(spec);
            }
        }
        return out;
    }

    private static String text(MapNode map, String key) {
        return map.get(key).filter(v -> !v.isNull()).map(Scalars::text).orElse("");
    }

    private static KustomizeFailure invalid(String file, FieldPath at, String message) {
        return KustomizeFailure.at(KustomizationReader.INVALID, file, at, message);
    }
}
