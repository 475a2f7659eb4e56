package dev.windlass.pipelines.local;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.model.WorkspaceSource;
import dev.windlass.pipelines.run.TaskRunRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A task's own {@code volumes} as directories under {@code <run>/volumes/<name>} (emptyDir; ConfigMap,
 * Secret and projected as files; a persistentVolumeClaim as a link to its directory under the volumes
 * root), and the {@code volumeMounts} of each step or sidecar as container paths for {@link Mounts}.
 */
final class TaskVolumes {

    private final Map<String, Path> volumes;

    private TaskVolumes(Map<String, Path> volumes) {
        this.volumes = Map.copyOf(volumes);
    }

    static TaskVolumes create(RunDirectory dir, Path volumesRoot, TaskRunRequest request,
            java.util.List<MapNode> specs) throws IOException {
        Map<String, Path> volumes = new LinkedHashMap<>();
        for (MapNode volume : specs) {
            String name = volume.getText("name").orElse("");
            WorkspaceSetup.plainName(name, "volume");
            Path path = dir.volumesDir().resolve(name);
            Files.createDirectories(dir.volumesDir());
            Optional<String> claim = volume.getMap("persistentVolumeClaim").flatMap(c -> c.getText("claimName"));
            if (claim.isPresent()) {
                WorkspaceSetup.plainName(claim.get(), "claim of volume \"" + name + "\"");
                Path target = volumesRoot.toAbsolutePath().normalize().resolve(claim.get());
                Files.createDirectories(target);
                Files.createSymbolicLink(path, target);
            } else {
                Files.createDirectories(path);
                WorkspaceSource source = volume.containsKey("configMap") ? WorkspaceSource.CONFIG_MAP
                        : volume.containsKey("secret") ? WorkspaceSource.SECRET
                        : volume.containsKey("projected") ? WorkspaceSource.PROJECTED : WorkspaceSource.EMPTY_DIR;
                new VolumeFiles(request, "volume \"" + name + "\"").write(path, volume, source);
            }
            volumes.put(name, path);
        }
        return new TaskVolumes(volumes);
    }

    /** The container paths of {@code step}'s volumeMounts (the template's first, the step's winning). */
    Map<String, Path> mountsOf(Step step, String stepName, Optional<MapNode> template) {
        Map<String, Path> mounts = new LinkedHashMap<>();
        template.ifPresent(t -> add(mounts, t, stepName));
        add(mounts, step.container(), stepName);
        return mounts;
    }

    private void add(Map<String, Path> mounts, MapNode container, String stepName) {
        for (Node item : container.getList("volumeMounts").orElse(ListNode.empty()).items()) {
            MapNode mount = item.asMap().orElse(MapNode.empty());
            String name = mount.getText("name").orElse("");
            Path volume = volumes.get(name);
            if (volume == null) {
                throw new LocalFailure(LocalFailure.VALIDATION, "\"" + stepName + "\" mounts volume \"" + name
                        + "\", which the task does not declare: add it to the task's volumes");
            }
            String subPath = mount.getText("subPath").orElse("");
            Path host = subPath.isEmpty() ? volume : volume.resolve(subPath).normalize();
            if (!host.startsWith(volume)) {
                throw new LocalFailure(LocalFailure.VALIDATION, "\"" + stepName + "\" mounts volume \"" + name
                        + "\" with subPath \"" + subPath + "\", which leaves the volume: use a relative path");
            }
            try {
                Files.createDirectories(host);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            mounts.put(mount.getText("mountPath").orElse(""), host);
        }
    }
}
