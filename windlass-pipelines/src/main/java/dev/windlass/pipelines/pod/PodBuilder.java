package dev.windlass.pipelines.pod;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.run.TaskRunRequest;
import dev.windlass.pipelines.subst.TaskContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a TaskRun (its request and its substituted task spec) into the Pod that runs it, without
 * Tekton's entrypoint binary. Kubernetes itself orders the steps:
 *
 * <ul>
 * <li>Each step is an <b>init container</b>, in order: Kubernetes runs init containers one at a
 *     time, each to completion, and with {@code restartPolicy: Never} a failing one fails the Pod
 *     and the later ones never start, which is Tekton's stop-and-fail.</li>
 * <li>A first init container, {@code place-scripts} (a small shell image, {@link PodOptions}),
 *     writes each {@code script} from a base64 env var into an emptyDir at {@code /tekton/scripts}
 *     (base64 because Kubernetes expands {@code $(VAR)} and {@code $$} in env values), makes
 *     {@code /tekton/steps/step-<name>/results}, and makes the steps' relative and
 *     {@code /workspace/...} working directories as Tekton's working-dir initializer does. A script
 *     without {@code #!} gets {@code #!/bin/sh} and {@code set -e}, as in Tekton.</li>
 * <li>Sidecars are <b>native sidecars</b> (init containers with {@code restartPolicy: Always},
 *     Kubernetes 1.29+) placed before the steps, so they run alongside every step and stop with
 *     the Pod.</li>
 * <li>A final regular container, {@code report}, prints the recorded exit codes and result files
 *     to its termination message, one line each ({@code exit <container> <code>},
 *     {@code result <name> <base64>}): a shell cannot write JSON safely, base64 keeps any bytes.</li>
 * <li>{@code onError: continue} wraps the step's command in {@code sh -c} that records the exit
 *     code in {@code /tekton/steps/step-<name>/exitCode} and exits 0; this needs {@code sh} in the
 *     step's image and an explicit command or script.</li>
 * <li>The task timeout becomes {@code activeDeadlineSeconds} (1.5 times the timeout, as Tekton
 *     sets it; no timeout, {@code 0}, the largest value): a backstop, since the executor deletes the
 *     Pod at the timeout itself.</li>
 * </ul>
 *
 * <p>Workspaces become volumes mounted in every step and sidecar ({@code /workspace/<name>} unless
 * declared otherwise, {@code subPath} and {@code readOnly} kept). Pure: no I/O.
 */
public final class PodBuilder {

    private static final double DEADLINE_FACTOR = 1.5;

    private PodBuilder() {
    }

    /**
     * The {@link TaskContext} of {@code request} laid out in a Pod: workspace paths, claims and
     * volumes, {@code /tekton/results}, {@code /tekton/steps}, {@code /tekton/creds}. Give it to
     * {@link dev.windlass.pipelines.subst.TaskSubstitution} before {@link #build}.
     */
    public static TaskContext taskContext(TaskRunRequest request) {
        Map<String, TaskContext.WorkspacePath> paths = new LinkedHashMap<>();
        WorkspaceVolumes.bind(request, new ArrayList<>()).forEach(b -> paths.put(b.name(), b.path()));
        return new TaskContext(request.names(), paths, PodLayout.RESULTS_DIR, PodLayout.STEPS_DIR,
                PodLayout.CREDS_DIR, request.retryCount());
    }

    /** The Pod of {@code request} running {@code spec} (already substituted); errors when it cannot be made. */
    public static Result<KubeObject> build(TaskRunRequest request, TaskSpec spec, PodOptions options) {
        List<Issue> issues = new ArrayList<>();
        List<WorkspaceVolumes.Bound> workspaces = WorkspaceVolumes.bind(request, issues);
        RunSettings settings = RunSettings.of(request.owner(), request.names().pipelineTaskName());
        List<MapNode> shared = new ArrayList<>(InternalVolumes.mounts());
        workspaces.forEach(w -> shared.add(w.mount()));
        StepContainers containers = new StepContainers(request, shared, issues);
        List<MapNode> init = new ArrayList<>();
        MapNode template = spec.stepTemplate().orElse(MapNode.empty());
        template = withTemplateEnv(template, settings.podTemplate());
        List<MapNode> sidecars = new ArrayList<>();
        for (int i = 0; i < spec.sidecars().size(); i++) {
            sidecars.add(containers.sidecar(spec.sidecars().get(i), i));
        }
        List<MapNode> steps = new ArrayList<>();
        List<String> stepNames = new ArrayList<>();
        for (int i = 0; i < spec.steps().size(); i++) {
            Step step = spec.steps().get(i);
            steps.add(containers.step(step, i, template));
            stepNames.add(PodLayout.stepContainer(step.name(), i));
        }
        init.add(InternalVolumes.placeScripts(options.shellImage(), stepNames, containers.workingDirs(),
                containers.scripts()));
        init.addAll(sidecars);
        init.addAll(steps);
        MapNode podSpec = podSpec(request, spec, options, settings, workspaces, init);
        KubeObject pod = KubeObject.of(MapNode.of("apiVersion", "v1", "kind", "Pod")
                .with("metadata", PodMetadata.of(request)).with("spec", podSpec));
        return Result.of(pod, issues);
    }

    private static MapNode podSpec(TaskRunRequest request, TaskSpec spec, PodOptions options, RunSettings settings,
            List<WorkspaceVolumes.Bound> workspaces, List<MapNode> init) {
        MapNode.Builder pod = MapNode.builder();
        settings.podTemplate().asJavaMap().forEach((key, value) -> {
            if (!key.equals("env") && !key.equals("volumes")) {
                pod.put(key, value);
            }
        });
        pod.put("restartPolicy", Node.of("Never"));
        options.serviceAccountName().or(settings::serviceAccountName)
                .ifPresent(account -> pod.put("serviceAccountName", Node.of(account)));
        request.timeout().ifPresent(t -> pod.put("activeDeadlineSeconds", Node.of(deadline(t))));
        List<Node> volumes = new ArrayList<>(InternalVolumes.volumes());
        workspaces.forEach(w -> volumes.add(w.volume()));
        volumes.addAll(spec.volumes());
        volumes.addAll(settings.podTemplate().getList("volumes").orElse(ListNode.empty()).items());
        pod.put("volumes", Node.list(volumes));
        pod.put("initContainers", Node.list(init));
        pod.put("containers", ListNode.of(InternalVolumes.report(options.shellImage())));
        return pod.build();
    }

    /** A pod template's {@code env} goes under every step's own, as Tekton applies it. */
    private static MapNode withTemplateEnv(MapNode stepTemplate, MapNode podTemplate) {
        return podTemplate.getList("env")
                .map(env -> ContainerMerge.merge(MapNode.of("env", env), stepTemplate))
                .orElse(stepTemplate);
    }

    /** 1.5 times the timeout in whole seconds; no timeout ({@code 0}) is the largest deadline Kubernetes takes. */
    static long deadline(Duration timeout) {
        if (timeout.isZero() || timeout.isNegative()) {
            return Integer.MAX_VALUE;
        }
        return (long) (timeout.toMillis() / 1000.0 * DEADLINE_FACTOR);
    }
}
