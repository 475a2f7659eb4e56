package dev.windlass.sandbox.defaults;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;

/**
 * The defaults of a pod volume and of claim specs: a volume without a source becomes an
 * {@code emptyDir}; secret, configMap, downwardAPI and projected volumes get mode {@code 420}
 * (0644); hostPath gets {@code type: ""}; service account token projections expire after an hour;
 * downward-API field references get {@code apiVersion: v1}; claim specs get
 * {@code volumeMode: Filesystem}.
 */
final class VolumeDefaults {

    /** 0644, the mode the server gives files of secret, config map, downward API and projected volumes. */
    static final long FILE_MODE = 420;
    private static final long TOKEN_SECONDS = 3600;

    private VolumeDefaults() {
    }

    static MapNode volume(MapNode volume) {
        MapNode result = volume;
        if (volume.keys().stream().allMatch(key -> key.equals("name") || volume.get(key).get().isNull())) {
            result = result.with("emptyDir", MapNode.empty());
        }
        result = Fill.child(result, "hostPath", hostPath -> Fill.absent(hostPath, "type", ""));
        result = Fill.child(result, "secret", VolumeDefaults::fileMode);
        result = Fill.child(result, "configMap", VolumeDefaults::fileMode);
        result = Fill.child(result, "downwardAPI", source -> downwardItems(fileMode(source)));
        result = Fill.child(result, "projected", source -> Fill.eachItem(fileMode(source), "sources", VolumeDefaults::projection));
        return Fill.child(result, "ephemeral",
                ephemeral -> Fill.child(ephemeral, "volumeClaimTemplate", t -> Fill.child(t, "spec", VolumeDefaults::claimSpec)));
    }

    /** A PersistentVolumeClaim spec: {@code volumeMode: Filesystem}. */
    static MapNode claimSpec(MapNode spec) {
        return Fill.absent(spec, "volumeMode", "Filesystem");
    }

    private static MapNode projection(MapNode source) {
        MapNode result = Fill.child(source, "downwardAPI", VolumeDefaults::downwardItems);
        return Fill.child(result, "serviceAccountToken", token -> Fill.absent(token, "expirationSeconds", TOKEN_SECONDS));
    }

    private static MapNode downwardItems(MapNode source) {
        return Fill.eachItem(source, "items", item -> Fill.child(item, "fieldRef", ContainerDefaults::fieldRef));
    }

    private static MapNode fileMode(MapNode source) {
        return Fill.absent(source, "defaultMode", Node.of(FILE_MODE));
    }
}
