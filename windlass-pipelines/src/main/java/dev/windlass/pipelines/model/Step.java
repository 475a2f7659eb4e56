package dev.windlass.pipelines.model;

import dev.windlass.model.tree.MapNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A step or a sidecar: a container with Tekton's additions ({@code script}, {@code onError},
 * {@code timeout}, {@code ref} to a StepAction, step {@code params} and {@code results}).
 *
 * @param container the whole entry as written, so fields this record does not type (resources,
 *        securityContext, volumeMounts ...) survive to the cluster executor
 */
public record Step(String name, String image, List<String> command, List<String> args, String script,
        String workingDir, List<EnvVar> env, OnError onError, Optional<Duration> timeout,
        Optional<String> ref, List<Param> params, List<ResultSpec> results, MapNode container) {

    public Step {
        command = List.copyOf(command);
        args = List.copyOf(args);
        env = List.copyOf(env);
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /**
     * The container's compute resources: {@code computeResources} in {@code tekton.dev/v1}, or the
     * container field {@code resources} that {@code v1beta1} steps and all sidecars use.
     */
    public Optional<MapNode> computeResources() {
        return container.getMap("computeResources").or(() -> container.getMap("resources"));
    }
}
