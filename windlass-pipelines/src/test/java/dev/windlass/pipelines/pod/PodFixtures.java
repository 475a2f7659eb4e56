package dev.windlass.pipelines.pod;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.OnError;
import dev.windlass.pipelines.model.ResultSpec;
import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.WorkspaceBinding;
import dev.windlass.pipelines.model.WorkspaceDeclaration;
import dev.windlass.pipelines.model.WorkspaceSource;
import dev.windlass.pipelines.run.ObjectLookup;
import dev.windlass.pipelines.run.TaskRunRequest;
import dev.windlass.pipelines.subst.TaskContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small tasks and runs for pod tests, built as records (the reader is not needed). */
public final class PodFixtures {

    private PodFixtures() {
    }

    /** One YAML document as a map. */
    public static MapNode yaml(String text) {
        ParsedStream stream = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read("test.yaml", text);
        if (stream.hasErrors()) {
            throw new IllegalArgumentException(stream.issues().toString());
        }
        return (MapNode) stream.documents().get(0).content();
    }

    /** A step from its YAML entry (name, image, script, command, onError as written). */
    public static Step step(String entry) {
        MapNode map = yaml(entry);
        OnError onError = map.getText("onError").filter("continue"::equals).isPresent()
                ? OnError.CONTINUE : OnError.STOP_AND_FAIL;
        return new Step(map.getText("name").orElse(""), map.getText("image").orElse(""), strings(map, "command"),
                strings(map, "args"), map.getText("script").orElse(""), map.getText("workingDir").orElse(""),
                List.of(), onError, Optional.empty(), Optional.empty(), List.of(), List.of(), map);
    }

    private static List<String> strings(MapNode map, String key) {
        return map.getList(key).orElse(ListNode.empty()).items().stream().map(n -> n.asText().orElse("")).toList();
    }

    /** A task spec with these steps, sidecars, declared workspaces and string results. */
    public static TaskSpec task(List<Step> steps, List<Step> sidecars, List<WorkspaceDeclaration> workspaces,
            List<ResultSpec> results, Optional<MapNode> stepTemplate) {
        return new TaskSpec("", "", List.of(), results, workspaces, steps, sidecars, stepTemplate, List.of(),
                MapNode.empty());
    }

    /** A task spec with only steps. */
    public static TaskSpec task(Step... steps) {
        return task(List.of(steps), List.of(), List.of(), List.of(), Optional.empty());
    }

    /** A TaskRun object {@code name} in {@code ci} with uid {@code uid-1} and this spec. */
    public static KubeObject taskRun(String name, String spec) {
        MapNode content = yaml("apiVersion: tekton.dev/v1\nkind: TaskRun\nmetadata:\n  name: " + name
                + "\n  namespace: ci\n  uid: uid-1\nspec:\n  taskRef:\n    name: build\n");
        if (!spec.isEmpty()) {
            content = content.with("spec", yaml(spec));
        }
        return KubeObject.of(content);
    }

    /** A request for TaskRun {@code build-run} (task {@code build}) in namespace {@code ci}. */
    public static TaskRunRequest request(TaskSpec spec, List<WorkspaceBinding> workspaces, Optional<Duration> timeout,
            KubeObject owner) {
        TaskContext.RunNames names = new TaskContext.RunNames(owner.name(), "ci", "uid-1", "build", "", "", "", "",
                "");
        return new TaskRunRequest(owner.name(), "ci", spec, List.of(), workspaces, timeout, names, 0,
                Map.of("team", "a"), owner, ObjectLookup.NONE);
    }

    /** A simple request: no workspaces, no timeout. */
    public static TaskRunRequest request(TaskSpec spec) {
        return request(spec, List.of(), Optional.empty(), taskRun("build-run", ""));
    }

    /** A workspace binding from its YAML entry. */
    public static WorkspaceBinding binding(String name, WorkspaceSource source, String sourceName, String subPath,
            String raw) {
        return new WorkspaceBinding(name, subPath, source, sourceName, raw.isEmpty() ? MapNode.empty() : yaml(raw));
    }

    /** A declared workspace. */
    public static WorkspaceDeclaration workspace(String name, String mountPath, boolean readOnly, boolean optional) {
        return new WorkspaceDeclaration(name, "", mountPath, readOnly, optional);
    }

    /** The node at a dotted path with list indexes, e.g. {@code spec.initContainers.1.name}. */
    public static Node at(KubeObject object, String path) {
        Node current = object.content();
        for (String part : path.split("\\.")) {
            if (current instanceof ListNode list) {
                current = list.items().get(Integer.parseInt(part));
            } else {
                current = ((MapNode) current).get(part).orElseThrow(() -> new AssertionError("no " + path));
            }
        }
        return current;
    }

    /** The text at a dotted path. */
    public static String text(KubeObject object, String path) {
        return at(object, path).asText().orElseThrow(() -> new AssertionError(path + " is not text"));
    }
}
