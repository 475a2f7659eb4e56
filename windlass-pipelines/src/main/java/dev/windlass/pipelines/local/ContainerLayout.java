package dev.windlass.pipelines.local;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.model.TaskSpec;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A prepared TaskRun: its substituted spec, the mounts every container sees ({@code /workspace},
 * {@code /tekton}, workspaces with a custom {@code mountPath}) and the task's volumes.
 *
 * <p>Isolated workspaces: once a step or sidecar lists a workspace under its own {@code workspaces},
 * only the containers that list it see it, as in Tekton; for the others its paths lead to
 * {@code <run>/unmounted/<w>}, which does not exist.
 */
record ContainerLayout(TaskSpec spec, Mounts base, TaskVolumes volumes, Map<String, Path> workspaces,
        Path unmounted) {

    ContainerLayout {
        workspaces = Map.copyOf(workspaces);
    }

    /** The mounts of one step or sidecar: the common ones, its volumeMounts, and hidden isolated workspaces. */
    Mounts mountsFor(Step container, String name, Optional<MapNode> template) {
        Map<String, Path> extra = new LinkedHashMap<>(volumes.mountsOf(container, name, template));
        Set<String> listed = listed(container.container());
        for (String isolated : isolated()) {
            Path path = workspaces.get(isolated);
            if (path != null && !listed.contains(isolated)) {
                extra.put(path.toString(), unmounted.resolve(isolated));
                extra.put("/workspace/" + isolated, unmounted.resolve(isolated));
            }
        }
        return base.plus(extra);
    }

    private Set<String> isolated() {
        Set<String> names = new HashSet<>();
        Stream.concat(spec.steps().stream(), spec.sidecars().stream())
                .forEach(step -> names.addAll(listed(step.container())));
        return names;
    }

    private static Set<String> listed(MapNode container) {
        Set<String> names = new HashSet<>();
        for (Node item : container.getList("workspaces").orElse(ListNode.empty()).items()) {
            item.asMap().flatMap(m -> m.getText("name")).ifPresent(names::add);
        }
        return names;
    }
}
