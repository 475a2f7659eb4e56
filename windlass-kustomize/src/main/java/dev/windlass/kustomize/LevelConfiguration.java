package dev.windlass.kustomize;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The transformer configuration one kustomization level adds, as kustomize merges it after the
 * level's resources: the built-in tables with the level's {@code configurations} files, then the
 * name references its {@code crds} files add.
 */
final class LevelConfiguration {

    /** Reads a file a kustomization names at a field, under the load restrictor. */
    interface Files {
        String text(Kustomization k, String path, FieldPath field) throws KustomizeFailure;
    }

    private LevelConfiguration() {
    }

    /** Merges the configuration of {@code k} into {@code acc}. */
    static void addTo(Accumulator acc, Kustomization k, Files files) throws KustomizeFailure {
        TransformerConfig level = TransformerConfig.builtin();
        List<String> paths = paths(k, "configurations");
        if (!paths.isEmpty()) {
            TransformerConfig read = TransformerConfig.empty();
            for (int i = 0; i < paths.size(); i++) {
                FieldPath field = FieldPath.of("configurations").index(i);
                read = merged(k, field, read, TransformerConfigReader.read(k.file(), field, paths.get(i),
                        files.text(k, paths.get(i), field)));
            }
            level = merged(k, FieldPath.of("configurations"), level, read);
        }
        acc.mergeConfig(level, k.file(), FieldPath.of("configurations"));
        TransformerConfig crds = TransformerConfig.empty();
        List<String> crdPaths = paths(k, "crds");
        for (int i = 0; i < crdPaths.size(); i++) {
            FieldPath field = FieldPath.of("crds").index(i);
            crds = merged(k, field, crds, CrdReferenceLoader.load(k.file(), field, crdPaths.get(i),
                    files.text(k, crdPaths.get(i), field)));
        }
        acc.mergeConfig(crds, k.file(), FieldPath.of("crds"));
    }

    /** A list of file paths from the kustomization document, such as {@code configurations}. */
    private static List<String> paths(Kustomization k, String key) throws KustomizeFailure {
        Node value = k.document().get(key).orElse(Node.nullNode());
        if (value.isNull()) {
            return List.of();
        }
        ListNode list = value.asList().orElseThrow(() -> KustomizeFailure.at(KustomizationReader.INVALID, k.file(),
                FieldPath.of(key), "'" + key + "' must be a list of file paths"));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Node item = list.items().get(i);
            if (!(item instanceof StringNode text)) {
                throw KustomizeFailure.at(KustomizationReader.INVALID, k.file(), FieldPath.of(key).index(i),
                        "each " + key + " entry is a file path (a string)");
            }
            out.add(text.value());
        }
        return out;
    }

    private static TransformerConfig merged(Kustomization k, FieldPath field, TransformerConfig config,
            TransformerConfig more) throws KustomizeFailure {
        try {
            return config.merge(more);
        } catch (TransformerConfig.Conflict e) {
            throw KustomizeFailure.at(Accumulator.CONFIG_CONFLICT, k.file(), field, e.getMessage()
                    + "; give each path and kind once, with one value of 'create'");
        }
    }
}
