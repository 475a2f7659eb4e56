package dev.windlass.pipelines.local;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.model.EnvVar;
import dev.windlass.pipelines.model.OnError;
import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ResultSpec;
import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.WorkspaceBinding;
import dev.windlass.pipelines.model.WorkspaceDeclaration;
import dev.windlass.pipelines.model.WorkspaceSource;
import dev.windlass.pipelines.run.ObjectLookup;
import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.TaskRunRequest;
import dev.windlass.pipelines.subst.TaskContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small builders for already-substituted task specs and requests, and a recording listener. */
final class Fixtures {

    private Fixtures() {
    }

    static Step script(String name, String script) {
        return new Step(name, "alpine:3", List.of(), List.of(), script, "", List.of(), OnError.STOP_AND_FAIL,
                Optional.empty(), Optional.empty(), List.of(), List.of(), MapNode.empty());
    }

    static Step command(String name, List<String> command, List<String> args) {
        return new Step(name, "busybox", command, args, "", "", List.of(), OnError.STOP_AND_FAIL,
                Optional.empty(), Optional.empty(), List.of(), List.of(), MapNode.empty());
    }

    static Step withEnv(Step s, List<EnvVar> env) {
        return new Step(s.name(), s.image(), s.command(), s.args(), s.script(), s.workingDir(), env, s.onError(),
                s.timeout(), s.ref(), s.params(), s.results(), s.container());
    }

    static Step withOnError(Step s, OnError onError) {
        return new Step(s.name(), s.image(), s.command(), s.args(), s.script(), s.workingDir(), s.env(), onError,
                s.timeout(), s.ref(), s.params(), s.results(), s.container());
    }

    static Step withTimeout(Step s, Duration timeout) {
        return new Step(s.name(), s.image(), s.command(), s.args(), s.script(), s.workingDir(), s.env(), s.onError(),
                Optional.of(timeout), s.ref(), s.params(), s.results(), s.container());
    }

    static Step withWorkingDir(Step s, String workingDir) {
        return new Step(s.name(), s.image(), s.command(), s.args(), s.script(), workingDir, s.env(), s.onError(),
                s.timeout(), s.ref(), s.params(), s.results(), s.container());
    }

    static Step withResults(Step s, List<ResultSpec> results) {
        return new Step(s.name(), s.image(), s.command(), s.args(), s.script(), s.workingDir(), s.env(), s.onError(),
                s.timeout(), s.ref(), s.params(), results, s.container());
    }

    static Step withImage(Step s, String image) {
        return new Step(s.name(), image, s.command(), s.args(), s.script(), s.workingDir(), s.env(), s.onError(),
                s.timeout(), s.ref(), s.params(), s.results(), s.container());
    }

    static Step withContainer(Step s, MapNode container) {
        return new Step(s.name(), s.image(), s.command(), s.args(), s.script(), s.workingDir(), s.env(), s.onError(),
                s.timeout(), s.ref(), s.params(), s.results(), container);
    }

    static ResultSpec result(String name, ParamType type, String... properties) {
        Map<String, ParamType> props = new java.util.LinkedHashMap<>();
        for (String p : properties) {
            props.put(p, ParamType.STRING);
        }
        return new ResultSpec(name, type, "", props, Optional.empty());
    }

    static TaskSpec task(List<Step> steps) {
        return new Task(steps).spec();
    }

    /** A task spec being built. */
    record Task(List<Step> steps, List<Step> sidecars, List<ResultSpec> results,
            List<WorkspaceDeclaration> workspaces, Optional<MapNode> stepTemplate, List<MapNode> volumes) {

        Task(List<Step> steps) {
            this(steps, List.of(), List.of(), List.of(), Optional.empty(), List.of());
        }

        Task results(ResultSpec... more) {
            return new Task(steps, sidecars, List.of(more), workspaces, stepTemplate, volumes);
        }

        Task workspaces(WorkspaceDeclaration... more) {
            return new Task(steps, sidecars, results, List.of(more), stepTemplate, volumes);
        }

        Task sidecars(Step... more) {
            return new Task(steps, List.of(more), results, workspaces, stepTemplate, volumes);
        }

        Task stepTemplate(MapNode template) {
            return new Task(steps, sidecars, results, workspaces, Optional.of(template), volumes);
        }

        Task volumes(MapNode... more) {
            return new Task(steps, sidecars, results, workspaces, stepTemplate, List.of(more));
        }

        TaskSpec spec() {
            return new TaskSpec("", "", List.of(), results, workspaces, steps, sidecars, stepTemplate, volumes,
                    MapNode.empty());
        }
    }

    static WorkspaceDeclaration declared(String name, boolean readOnly, boolean optional) {
        return new WorkspaceDeclaration(name, "", "", readOnly, optional);
    }

    static WorkspaceBinding emptyDir(String name) {
        return new WorkspaceBinding(name, "", WorkspaceSource.EMPTY_DIR, "", MapNode.of("name", name, "emptyDir",
                Map.of()));
    }

    static WorkspaceBinding claim(String name, String claim, String subPath) {
        return new WorkspaceBinding(name, subPath, WorkspaceSource.PERSISTENT_VOLUME_CLAIM, claim,
                MapNode.of("name", name, "persistentVolumeClaim", Map.of("claimName", claim)));
    }

    static WorkspaceBinding binding(String name, WorkspaceSource source, String sourceName, MapNode raw) {
        return new WorkspaceBinding(name, "", source, sourceName, raw);
    }

    static KubeObject object(String kind, String name, Map<String, Object> fields) {
        Map<String, Object> content = new java.util.LinkedHashMap<>();
        content.put("apiVersion", "v1");
        content.put("kind", kind);
        content.put("metadata", Map.of("name", name, "namespace", "default"));
        content.putAll(fields);
        return KubeObject.of((MapNode) dev.windlass.model.tree.Node.from(content));
    }

    static ObjectLookup objects(KubeObject... objects) {
        return (kind, namespace, name) -> List.of(objects).stream()
                .filter(o -> o.kind().equals(kind) && o.namespace().equals(namespace) && o.name().equals(name))
                .findFirst();
    }

    static Request request(String name, TaskSpec spec) {
        return new Request(name, spec, List.of(), Optional.empty(), ObjectLookup.NONE, "");
    }

    /** A request being built. */
    record Request(String name, TaskSpec spec, List<WorkspaceBinding> workspaces, Optional<Duration> timeout,
            ObjectLookup objects, String pipelineRun) {

        Request workspaces(WorkspaceBinding... more) {
            return new Request(name, spec, List.of(more), timeout, objects, pipelineRun);
        }

        Request timeout(Duration value) {
            return new Request(name, spec, workspaces, Optional.of(value), objects, pipelineRun);
        }

        Request objects(ObjectLookup value) {
            return new Request(name, spec, workspaces, timeout, value, pipelineRun);
        }

        Request pipelineRun(String value) {
            return new Request(name, spec, workspaces, timeout, objects, value);
        }

        TaskRunRequest build() {
            KubeObject owner = KubeObject.of(MapNode.of("apiVersion", "tekton.dev/v1", "kind", "TaskRun",
                    "metadata", Map.of("name", name, "namespace", "default")));
            TaskContext.RunNames names = new TaskContext.RunNames(name, "default", "", "task", pipelineRun,
                    "default", "", "pipeline", pipelineRun.isEmpty() ? "" : "build");
            return new TaskRunRequest(name, "default", spec, List.of(), workspaces, timeout, names, 0,
                    Map.of("app", "demo"), owner, objects);
        }
    }

    static LocalTaskExecutor executor(Path root) {
        return executor(root, Map.of());
    }

    static LocalTaskExecutor executor(Path root, Map<String, String> extraEnv) {
        return LocalTaskExecutor.builder().workRoot(root.resolve("work")).volumesRoot(root.resolve("volumes"))
                .environment(extraEnv).substitution((spec, params, context, owner, at) -> Result.of(spec))
                .build();
    }

    /** Records everything a run reports. */
    static class Recorder implements RunListener {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final List<String> notes = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void log(String taskRunName, String pipelineTask, String step, String line, boolean stderr) {
            lines.add(step + (stderr ? "!" : ":") + " " + line);
        }

        @Override
        public void note(String message) {
            notes.add(message);
        }

        List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }
    }
}
