package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the workspaces a run binds ({@code spec.workspaces[]} of a PipelineRun or TaskRun). */
final class WorkspaceBindingReader {

    private static final Map<String, WorkspaceSource> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("emptyDir", WorkspaceSource.EMPTY_DIR);
        SOURCES.put("persistentVolumeClaim", WorkspaceSource.PERSISTENT_VOLUME_CLAIM);
        SOURCES.put("volumeClaimTemplate", WorkspaceSource.VOLUME_CLAIM_TEMPLATE);
        SOURCES.put("configMap", WorkspaceSource.CONFIG_MAP);
        SOURCES.put("secret", WorkspaceSource.SECRET);
        SOURCES.put("projected", WorkspaceSource.PROJECTED);
        SOURCES.put("csi", WorkspaceSource.CSI);
    }

    private final Reading reading;

    WorkspaceBindingReader(Reading reading) {
        this.reading = reading;
    }

    List<WorkspaceBinding> bindings(MapNode spec, FieldPath at) {
        List<WorkspaceBinding> out = new ArrayList<>();
        List<MapNode> items = reading.maps(spec, "workspaces", at);
        for (int i = 0; i < items.size(); i++) {
            out.add(binding(items.get(i), at.key("workspaces").index(i)));
        }
        return out;
    }

    private WorkspaceBinding binding(MapNode node, FieldPath at) {
        Set<String> known = new java.util.HashSet<>(SOURCES.keySet());
        known.add("name");
        known.add("subPath");
        reading.unknownFields(node, at, known);
        List<String> given = new ArrayList<>();
        for (String key : SOURCES.keySet()) {
            if (node.containsKey(key)) {
                given.add(key);
            }
        }
        if (given.size() != 1) {
            reading.error(ModelCodes.ONE_OF, at, (given.isEmpty() ? "expected exactly one, got neither"
                    : "expected exactly one, got both: " + String.join(", ", given))
                    + "; bind the workspace to exactly one of " + String.join(", ", SOURCES.keySet()));
        }
        String sourceKey = given.isEmpty() ? "emptyDir" : given.get(0);
        return new WorkspaceBinding(reading.text(node, "name", at), reading.text(node, "subPath", at),
                SOURCES.get(sourceKey), sourceName(node, sourceKey, at), node);
    }

    private String sourceName(MapNode node, String sourceKey, FieldPath at) {
        FieldPath here = at.key(sourceKey);
        switch (sourceKey) {
            case "persistentVolumeClaim":
                return reading.map(node, sourceKey, at).map(m -> reading.text(m, "claimName", here)).orElse("");
            case "configMap":
                return reading.map(node, sourceKey, at).map(m -> reading.text(m, "name", here)).orElse("");
            case "secret":
                return reading.map(node, sourceKey, at).map(m -> reading.text(m, "secretName", here)).orElse("");
            default:
                return "";
        }
    }
}
