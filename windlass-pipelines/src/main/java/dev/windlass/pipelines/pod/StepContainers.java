package dev.windlass.pipelines.pod;

import dev.windlass.model.Issue;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.EnvVar;
import dev.windlass.pipelines.model.OnError;
import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.run.TaskRunRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Steps and sidecars as containers: the stepTemplate merged in, Tekton-only fields removed
 * ({@code computeResources} becomes {@code resources}), scripts replaced by a command running the
 * placed file, {@code onError: continue} wrapped, and the shared mounts added.
 */
final class StepContainers {

    private static final List<String> TEKTON_ONLY = List.of("script", "onError", "timeout", "ref", "params",
            "results", "stdoutConfig", "stderrConfig", "workspaces", "displayName", "when", "computeResources");
    private static final String SHEBANG_DEFAULT = "#!/bin/sh\nset -e\n";

    private final TaskRunRequest request;
    private final List<MapNode> sharedMounts;
    private final List<Issue> issues;
    private final List<ShellScripts.Placed> scripts = new ArrayList<>();
    private final Set<String> workingDirs = new java.util.TreeSet<>();

    StepContainers(TaskRunRequest request, List<MapNode> sharedMounts, List<Issue> issues) {
        this.request = request;
        this.sharedMounts = List.copyOf(sharedMounts);
        this.issues = issues;
    }

    /** The scripts the built containers expect {@code place-scripts} to write. */
    List<ShellScripts.Placed> scripts() {
        return List.copyOf(scripts);
    }

    /** The steps' working directories Tekton creates before the steps run, sorted. */
    List<String> workingDirs() {
        return List.copyOf(workingDirs);
    }

    /** Relative directories and those under {@code /workspace/}: Tekton's working-dir initializer makes them. */
    private static boolean initialized(String dir) {
        return !dir.isEmpty() && (!dir.startsWith("/") || dir.startsWith(PodLayout.WORKSPACE_DIR + "/"));
    }

    /** Step {@code index} as an init container. */
    MapNode step(Step step, int index, MapNode stepTemplate) {
        String container = PodLayout.stepContainer(step.name(), index);
        MapNode merged = ContainerMerge.merge(stepTemplate, withTypedFields(step));
        MapNode.Builder built = base(merged, container);
        if (merged.getText("image").orElse("").isEmpty()) {
            issues.add(PodMessages.stepWithoutImage(request, index, PodLayout.stepName(step.name(), index)));
        }
        ListNode command = placeScript(step, "script-" + index, built)
                .orElse(merged.getList("command").orElse(ListNode.empty()));
        if (step.onError() == OnError.CONTINUE) {
            wrapForContinue(built, command, container, index, step);
        }
        merged.getText("workingDir").filter(StepContainers::initialized).ifPresent(workingDirs::add);
        return built.build();
    }

    /**
     * Sidecar {@code index} as a native sidecar: an init container that keeps running. Tekton starts
     * the steps once the sidecars are ready; Kubernetes starts the next init container once a
     * sidecar's {@code startupProbe} passes, so a {@code readinessProbe} also becomes the startup
     * probe when the sidecar has none.
     */
    MapNode sidecar(Step sidecar, int index) {
        MapNode entry = withTypedFields(sidecar);
        MapNode.Builder built = base(entry, PodLayout.sidecarContainer(sidecar.name(), index));
        placeScript(sidecar, "sidecar-script-" + index, built);
        built.put("restartPolicy", Node.of("Always"));
        if (!entry.containsKey("startupProbe")) {
            entry.getMap("readinessProbe").ifPresent(probe -> built.put("startupProbe", probe));
        }
        return built.build();
    }

    private MapNode.Builder base(MapNode merged, String container) {
        MapNode.Builder built = merged.toBuilder();
        TEKTON_ONLY.forEach(built::remove);
        merged.getMap("computeResources").ifPresent(r -> built.put("resources", r));
        built.put("name", Node.of(container));
        built.put("volumeMounts", mounts(merged.getList("volumeMounts").orElse(ListNode.empty())));
        return built;
    }

    /** Places the step's script, if any, and returns the command that runs it. */
    private Optional<ListNode> placeScript(Step step, String file, MapNode.Builder built) {
        String script = step.script() != null && !step.script().isEmpty()
                ? step.script() : step.container().getText("script").orElse("");
        if (script.isEmpty()) {
            return Optional.empty();
        }
        String text = script.startsWith("#!") ? script : SHEBANG_DEFAULT + script;
        String variable = file.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        String encoded = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        scripts.add(new ShellScripts.Placed(file, variable, encoded));
        ListNode command = ListNode.of(Node.of(PodLayout.SCRIPTS_DIR + "/" + file));
        built.put("command", command);
        return Optional.of(command);
    }

    private void wrapForContinue(MapNode.Builder built, ListNode command, String container, int index, Step step) {
        if (command.isEmpty()) {
            issues.add(PodMessages.continueNeedsCommand(request, index, PodLayout.stepName(step.name(), index)));
            return;
        }
        List<Node> wrapped = new ArrayList<>(List.of(Node.of("sh"), Node.of("-c"),
                Node.of(ShellScripts.continueWrapper(container)), Node.of("--")));
        wrapped.addAll(command.items());
        built.put("command", Node.list(wrapped));
    }

    /** The container's own mounts, then the shared ones whose paths it does not already mount. */
    private ListNode mounts(ListNode own) {
        List<Node> all = new ArrayList<>(own.items());
        Set<String> paths = new HashSet<>();
        own.items().forEach(m -> m.asMap().flatMap(x -> x.getText("mountPath")).ifPresent(paths::add));
        for (MapNode shared : sharedMounts) {
            if (paths.add(shared.getText("mountPath").orElseThrow())) {
                all.add(shared);
            }
        }
        return Node.list(all);
    }

    /** The entry as written, completed from the typed fields where the entry lacks them. */
    private static MapNode withTypedFields(Step step) {
        MapNode.Builder entry = step.container().toBuilder();
        putIfAbsent(entry, "name", step.name());
        putIfAbsent(entry, "image", step.image());
        putIfAbsent(entry, "workingDir", step.workingDir());
        if (!entry.containsKey("command") && !step.command().isEmpty()) {
            entry.put("command", strings(step.command()));
        }
        if (!entry.containsKey("args") && !step.args().isEmpty()) {
            entry.put("args", strings(step.args()));
        }
        if (!entry.containsKey("env") && !step.env().isEmpty()) {
            entry.put("env", Node.list(step.env().stream().map(StepContainers::env).toList()));
        }
        return entry.build();
    }

    private static void putIfAbsent(MapNode.Builder entry, String key, String value) {
        if (value != null && !value.isEmpty()) {
            entry.putIfAbsent(key, Node.of(value));
        }
    }

    private static ListNode strings(List<String> values) {
        return Node.list(values.stream().map(Node::of).toList());
    }

    private static MapNode env(EnvVar var) {
        MapNode named = MapNode.of("name", var.name());
        return var.valueFrom().map(from -> named.with("valueFrom", from))
                .orElseGet(() -> named.with("value", Node.of(var.value() == null ? "" : var.value())));
    }
}
