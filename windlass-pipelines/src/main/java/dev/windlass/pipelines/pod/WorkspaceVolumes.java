package dev.windlass.pipelines.pod;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.WorkspaceBinding;
import dev.windlass.pipelines.model.WorkspaceDeclaration;
import dev.windlass.pipelines.run.TaskRunRequest;
import dev.windlass.pipelines.subst.TaskContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The volumes and mounts of a task's workspaces, from its declarations and the run's bindings. */
final class WorkspaceVolumes {

    /** One bound workspace: the pod volume, the mount every step and sidecar gets, and its paths. */
    record Bound(String name, MapNode volume, MapNode mount, TaskContext.WorkspacePath path) {
    }

    private WorkspaceVolumes() {
    }

    /** The bound workspaces in declaration order; unbound required ones are issues. */
    static List<Bound> bind(TaskRunRequest request, List<Issue> issues) {
        Map<String, WorkspaceBinding> bindings = new LinkedHashMap<>();
        request.workspaces().forEach(b -> bindings.put(b.name(), b));
        List<Bound> bound = new ArrayList<>();
        for (WorkspaceDeclaration declaration : request.spec().workspaces()) {
            WorkspaceBinding binding = bindings.get(declaration.name());
            if (binding == null) {
                if (!declaration.optional()) {
                    issues.add(PodMessages.unboundWorkspace(request, declaration.name()));
                }
                continue;
            }
            bound.add(bound(request, declaration, binding, issues));
        }
        return bound;
    }

    private static Bound bound(TaskRunRequest request, WorkspaceDeclaration declaration, WorkspaceBinding binding,
            List<Issue> issues) {
        String volumeName = PodLayout.workspaceVolume(declaration.name());
        String path = declaration.mountPath().isEmpty()
                ? PodLayout.WORKSPACE_DIR + "/" + declaration.name() : declaration.mountPath();
        String claim = "";
        MapNode source;
        switch (binding.source()) {
            case EMPTY_DIR -> source = MapNode.of("emptyDir", raw(binding, "emptyDir"));
            case PERSISTENT_VOLUME_CLAIM -> {
                MapNode pvc = raw(binding, "persistentVolumeClaim");
                claim = pvc.getText("claimName").orElse(binding.sourceName());
                source = MapNode.of("persistentVolumeClaim", pvc.with("claimName", Node.of(claim)));
            }
            case VOLUME_CLAIM_TEMPLATE -> {
                claim = VolumeClaims.claimName(binding, ownerUid(request.owner()));
                source = MapNode.of("persistentVolumeClaim", MapNode.of("claimName", claim));
            }
            case CONFIG_MAP -> source = MapNode.of("configMap", raw(binding, "configMap"));
            case SECRET -> source = MapNode.of("secret", raw(binding, "secret"));
            case PROJECTED -> source = MapNode.of("projected", raw(binding, "projected"));
            case CSI -> source = MapNode.of("csi", raw(binding, "csi"));
            default -> {
                issues.add(PodMessages.unsupportedWorkspace(request, declaration.name(), binding.source().name()));
                source = MapNode.of("emptyDir", MapNode.empty());
            }
        }
        MapNode volume = MapNode.of("name", volumeName).toBuilder().apply(b -> source.asJavaMap().forEach(b::put))
                .build();
        MapNode.Builder mount = MapNode.builder().put("name", Node.of(volumeName)).put("mountPath", Node.of(path));
        if (binding.subPath() != null && !binding.subPath().isEmpty()) {
            mount.put("subPath", Node.of(binding.subPath()));
        }
        if (declaration.readOnly()) {
            mount.put("readOnly", Node.of(true));
        }
        return new Bound(declaration.name(), volume, mount.build(),
                new TaskContext.WorkspacePath(path, claim, volumeName));
    }

    private static MapNode raw(WorkspaceBinding binding, String key) {
        return binding.raw().getMap(key).orElse(MapNode.empty());
    }

    static String ownerUid(KubeObject owner) {
        return owner == null ? "" : owner.metadata().getText("uid").orElse("");
    }
}
