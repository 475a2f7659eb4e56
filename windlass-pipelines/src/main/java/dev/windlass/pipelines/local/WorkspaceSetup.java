package dev.windlass.pipelines.local;

import dev.windlass.pipelines.model.WorkspaceBinding;
import dev.windlass.pipelines.model.WorkspaceDeclaration;
import dev.windlass.pipelines.model.WorkspaceSource;
import dev.windlass.pipelines.run.TaskRunRequest;
import dev.windlass.pipelines.subst.TaskContext.WorkspacePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out a TaskRun's workspaces under its run directory: emptyDir as a fresh directory, a claim
 * as a link to a directory per claim under the volumes root (shared by every task that binds it),
 * ConfigMaps, Secrets and projected volumes as files. Unbound optional workspaces are not created.
 */
final class WorkspaceSetup {

    private final RunDirectory dir;
    private final Path volumesRoot;
    private final TaskRunRequest request;

    WorkspaceSetup(RunDirectory dir, Path volumesRoot, TaskRunRequest request) {
        this.dir = dir;
        this.volumesRoot = volumesRoot.toAbsolutePath().normalize();
        this.request = request;
    }

    /** The bound workspaces by declared name, created on disk. */
    Map<String, WorkspacePath> create() throws IOException {
        Map<String, WorkspaceBinding> bindings = bindingsByName();
        Map<String, WorkspacePath> paths = new LinkedHashMap<>();
        for (WorkspaceDeclaration declared : request.spec().workspaces()) {
            WorkspaceBinding binding = bindings.get(declared.name());
            if (binding != null) {
                paths.put(declared.name(), bind(declared, binding));
            }
        }
        return paths;
    }

    private Map<String, WorkspaceBinding> bindingsByName() {
        Map<String, WorkspaceBinding> bindings = new LinkedHashMap<>();
        request.workspaces().forEach(b -> bindings.put(b.name(), b));
        List<String> missing = new ArrayList<>();
        for (WorkspaceDeclaration declared : request.spec().workspaces()) {
            if (!declared.optional() && !bindings.containsKey(declared.name())) {
                missing.add(declared.name());
            }
        }
        List<String> extra = new ArrayList<>(bindings.keySet());
        request.spec().workspaces().forEach(d -> extra.remove(d.name()));
        if (!missing.isEmpty()) {
            throw new LocalFailure(LocalFailure.VALIDATION, "bound workspaces did not match declared workspaces: "
                    + "didn't provide required values: " + goList(missing));
        }
        if (!extra.isEmpty()) {
            throw new LocalFailure(LocalFailure.VALIDATION, "bound workspaces did not match declared workspaces: "
                    + "provided extra values: " + goList(extra));
        }
        return bindings;
    }

    private WorkspacePath bind(WorkspaceDeclaration declared, WorkspaceBinding binding) throws IOException {
        plainName(declared.name(), "workspace");
        Path path = dir.workspace(declared.name());
        String claim = "";
        WorkspaceSource source = binding.source();
        if (source == WorkspaceSource.PERSISTENT_VOLUME_CLAIM || source == WorkspaceSource.VOLUME_CLAIM_TEMPLATE) {
            claim = binding.sourceName().isEmpty() ? "pvc-" + request.taskRunName() : binding.sourceName();
            plainName(claim, "claim of workspace \"" + declared.name() + "\"");
            Path volume = subPath(volumesRoot.resolve(claim), binding.subPath());
            Files.createDirectories(volume);
            Files.createSymbolicLink(path, volume);
        } else if (source == WorkspaceSource.EMPTY_DIR) {
            Files.createDirectories(path);
        } else if (source == WorkspaceSource.CSI) {
            throw new LocalFailure(LocalFailure.VALIDATION, "workspace \"" + declared.name()
                    + "\" is bound to a CSI volume, which the local executor cannot mount: bind an emptyDir or a "
                    + "persistentVolumeClaim instead, or run on a cluster");
        } else {
            Files.createDirectories(path);
            new VolumeFiles(request, "workspace \"" + declared.name() + "\"").write(path, binding.raw(), source);
        }
        if (declared.readOnly() && claim.isEmpty()) {
            VolumeFiles.makeReadOnly(path);
        }
        return new WorkspacePath(path.toString(), claim, "ws-" + declared.name());
    }

    private Path subPath(Path volume, String subPath) {
        if (subPath == null || subPath.isEmpty()) {
            return volume;
        }
        Path resolved = volume.resolve(subPath).normalize();
        if (!resolved.startsWith(volume)) {
            throw new LocalFailure(LocalFailure.VALIDATION, "workspace subPath \"" + subPath
                    + "\" leaves its volume: use a relative path without \"..\"");
        }
        return resolved;
    }

    /** A name that becomes a directory must be one plain path segment. */
    static void plainName(String name, String what) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")) {
            throw new LocalFailure(LocalFailure.VALIDATION, what + " name \"" + name + "\" cannot be a directory "
                    + "name on this host: use a Kubernetes name (lower-case letters, digits and '-')");
        }
    }

    static String goList(List<String> values) {
        return "[" + String.join(" ", values) + "]";
    }
}
