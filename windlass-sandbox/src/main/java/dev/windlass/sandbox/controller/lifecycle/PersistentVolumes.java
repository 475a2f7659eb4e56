package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Meta;

/** The objects of dynamic provisioning: a claim's volume, and the claim once bound to it. */
final class PersistentVolumes {

    static final String PROVISIONER = "sandbox.windlass.dev/hostpath";

    private PersistentVolumes() {
    }

    static MapNode provision(MapNode claim, String volumeName, Node accessModes, MapNode capacity) {
        MapNode claimSpec = claim.getMap("spec").orElse(MapNode.empty());
        MapNode claimRef = MapNode.of("apiVersion", "v1", "kind", "PersistentVolumeClaim",
                "namespace", Meta.namespace(claim), "name", Meta.name(claim), "uid", Meta.uid(claim),
                "resourceVersion", Meta.text(claim, "resourceVersion").orElse(""));
        MapNode.Builder spec = MapNode.builder()
                .put("accessModes", accessModes)
                .put("capacity", capacity)
                .put("claimRef", claimRef)
                .put("hostPath", MapNode.of("path", VolumeController.ROOT + "/" + Meta.namespace(claim) + "/"
                        + volumeName, "type", "DirectoryOrCreate"))
                .put("persistentVolumeReclaimPolicy", Node.of("Delete"))
                .put("volumeMode", claimSpec.get("volumeMode").orElse(Node.of("Filesystem")));
        claimSpec.get("storageClassName").ifPresent(sc -> spec.put("storageClassName", sc));
        return MapNode.of("apiVersion", "v1", "kind", "PersistentVolume",
                "metadata", MapNode.of("name", volumeName, "annotations",
                        MapNode.of("pv.kubernetes.io/provisioned-by", PROVISIONER)),
                "spec", spec.build());
    }

    /** The claim with {@code spec.volumeName} and the binder's annotations. */
    static MapNode boundClaim(MapNode claim, String volumeName) {
        MapNode annotations = Meta.of(claim).getMap("annotations").orElse(MapNode.empty())
                .with("pv.kubernetes.io/bind-completed", Node.of("yes"))
                .with("pv.kubernetes.io/bound-by-controller", Node.of("yes"))
                .with("volume.kubernetes.io/storage-provisioner", Node.of(PROVISIONER));
        MapNode spec = claim.getMap("spec").orElse(MapNode.empty()).with("volumeName", Node.of(volumeName));
        return Meta.with(claim, "annotations", annotations).with("spec", spec);
    }
}
