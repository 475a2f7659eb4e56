package dev.windlass.pipelines.pod;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.WorkspaceBinding;
import dev.windlass.pipelines.model.WorkspaceSource;
import java.util.Optional;

/**
 * The PersistentVolumeClaims of {@code volumeClaimTemplate} workspaces, named as Tekton names them:
 * {@code <template name or "pvc">-<first 10 hex digits of sha256(workspace name + owner uid)>},
 * owned by the run that declared the template so they go when it goes.
 */
public final class VolumeClaims {

    private VolumeClaims() {
    }

    /**
     * The claim behind {@code binding}: its {@code sourceName} when the engine already named it,
     * else the name Tekton derives from the template and the owner's uid.
     */
    public static String claimName(WorkspaceBinding binding, String ownerUid) {
        if (!binding.sourceName().isEmpty()) {
            return binding.sourceName();
        }
        String prefix = template(binding).flatMap(t -> t.getMap("metadata")).flatMap(m -> m.getText("name"))
                .filter(n -> !n.isEmpty()).orElse("pvc");
        return prefix + "-" + PodLayout.sha256(binding.name() + ownerUid).substring(0, 10);
    }

    /**
     * The claim to create for a {@code volumeClaimTemplate} binding in {@code namespace}, owned by
     * {@code owner} (when it has a uid); empty for other bindings. A binding the engine already
     * turned into a named claim ({@code persistentVolumeClaim} source, template kept in {@code raw})
     * counts as a template.
     */
    public static Optional<KubeObject> claim(WorkspaceBinding binding, KubeObject owner, String namespace) {
        boolean fromTemplate = binding.source() == WorkspaceSource.VOLUME_CLAIM_TEMPLATE
                || binding.source() == WorkspaceSource.PERSISTENT_VOLUME_CLAIM && template(binding).isPresent();
        if (!fromTemplate) {
            return Optional.empty();
        }
        MapNode template = template(binding).orElse(MapNode.empty());
        String uid = owner.metadata().getText("uid").orElse("");
        MapNode.Builder metadata = template.getMap("metadata").orElse(MapNode.empty()).toBuilder()
                .put("name", Node.of(claimName(binding, uid)))
                .put("namespace", Node.of(namespace));
        if (!uid.isEmpty()) {
            metadata.put("ownerReferences", ListNode.of(ownerReference(owner, uid)));
        }
        MapNode content = MapNode.of("apiVersion", "v1", "kind", "PersistentVolumeClaim")
                .with("metadata", metadata.build())
                .with("spec", template.getMap("spec").orElse(MapNode.empty()));
        return Optional.of(KubeObject.of(content));
    }

    static MapNode ownerReference(KubeObject owner, String uid) {
        return MapNode.of("apiVersion", owner.apiVersion(), "kind", owner.kind(), "name", owner.name(),
                "uid", uid, "controller", true, "blockOwnerDeletion", true);
    }

    private static Optional<MapNode> template(WorkspaceBinding binding) {
        return binding.raw() == null ? Optional.empty() : binding.raw().getMap("volumeClaimTemplate");
    }
}
