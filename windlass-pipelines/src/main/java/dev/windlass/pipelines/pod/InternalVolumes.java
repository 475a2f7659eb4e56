package dev.windlass.pipelines.pod;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/** The Pod's own emptyDirs and the two containers that are not the user's: place-scripts and report. */
final class InternalVolumes {

    private static final List<String[]> VOLUMES = List.of(
            new String[] {PodLayout.VOLUME_WORKSPACE, PodLayout.WORKSPACE_DIR},
            new String[] {PodLayout.VOLUME_RESULTS, PodLayout.RESULTS_DIR},
            new String[] {PodLayout.VOLUME_STEPS, PodLayout.STEPS_DIR},
            new String[] {PodLayout.VOLUME_SCRIPTS, PodLayout.SCRIPTS_DIR},
            new String[] {PodLayout.VOLUME_CREDS, PodLayout.CREDS_DIR});

    private InternalVolumes() {
    }

    static List<MapNode> volumes() {
        return VOLUMES.stream().map(v -> MapNode.of("name", v[0], "emptyDir", MapNode.empty())).toList();
    }

    /** What every step and sidecar mounts; scripts read-only. */
    static List<MapNode> mounts() {
        List<MapNode> mounts = new ArrayList<>();
        for (String[] v : VOLUMES) {
            MapNode mount = MapNode.of("name", v[0], "mountPath", v[1]);
            mounts.add(v[0].equals(PodLayout.VOLUME_SCRIPTS) ? mount.with("readOnly", Node.of(true)) : mount);
        }
        return mounts;
    }

    static MapNode placeScripts(String image, List<String> stepContainers, List<String> workingDirs,
            List<ShellScripts.Placed> scripts) {
        List<Node> env = new ArrayList<>();
        scripts.forEach(s -> env.add(MapNode.of("name", s.variable(), "value", s.text())));
        String script = ShellScripts.placeScripts(stepContainers, workingDirs, scripts);
        MapNode container = shell(PodLayout.PLACE_SCRIPTS, image, script)
                .with("workingDir", Node.of(PodLayout.WORKSPACE_DIR))
                .with("volumeMounts", ListNode.of(mount(PodLayout.VOLUME_SCRIPTS, PodLayout.SCRIPTS_DIR),
                        mount(PodLayout.VOLUME_STEPS, PodLayout.STEPS_DIR),
                        mount(PodLayout.VOLUME_WORKSPACE, PodLayout.WORKSPACE_DIR)));
        return env.isEmpty() ? container : container.with("env", Node.list(env));
    }

    static MapNode report(String image) {
        return shell(PodLayout.REPORT, image, ShellScripts.report())
                .with("volumeMounts", ListNode.of(mount(PodLayout.VOLUME_RESULTS, PodLayout.RESULTS_DIR),
                        mount(PodLayout.VOLUME_STEPS, PodLayout.STEPS_DIR)))
                .with("terminationMessagePolicy", Node.of("File"));
    }

    private static MapNode shell(String name, String image, String script) {
        return MapNode.of("name", name, "image", image)
                .with("command", ListNode.of(Node.of("sh"), Node.of("-c"), Node.of(script)));
    }

    private static MapNode mount(String volume, String path) {
        return MapNode.of("name", volume, "mountPath", path);
    }
}
