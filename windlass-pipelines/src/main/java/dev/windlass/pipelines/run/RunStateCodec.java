package dev.windlass.pipelines.run;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.ParamValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Writes a {@link RunState} as the run object with a Tekton-shaped {@code status} (conditions,
 * startTime, completionTime, childReferences, results, skippedTasks, plus Windlass's own record of
 * each child in {@code status.windlass}) and reads it back.
 *
 * <p>{@code read(write(state))} equals {@code state}: everything a {@link ChildRun} holds is kept
 * under {@code status.windlass.children}; the Tekton fields beside it are for people and tools
 * ({@code kubectl}, {@code tkn}) and are not read back. A status the object was submitted with is
 * replaced.
 */
public final class RunStateCodec {

    private static final String SUCCEEDED = "Succeeded";

    private RunStateCodec() {
    }

    public static MapNode write(RunState state) {
        MapNode.Builder status = MapNode.builder();
        MapNode.Builder condition = MapNode.builder().put("type", Node.of(SUCCEEDED))
                .put("status", Node.of(state.condition().status())).put("reason", Node.of(state.condition().reason()))
                .put("message", Node.of(state.condition().message()));
        state.finished().or(state::started).ifPresent(t -> condition.put("lastTransitionTime", time(t)));
        status.put("conditions", ListNode.of(condition.build()));
        state.started().ifPresent(t -> status.put("startTime", time(t)));
        state.finished().ifPresent(t -> status.put("completionTime", time(t)));
        boolean taskRun = "TaskRun".equals(state.kind());
        if (!taskRun && !state.children().isEmpty()) {
            status.put("childReferences", childReferences(state.children()));
        }
        if (!state.results().isEmpty()) {
            status.put("results", results(state.results(), taskRun));
        }
        if (!state.skipped().isEmpty()) {
            status.put("skippedTasks", Node.list(state.skipped().stream()
                    .map(s -> (Node) MapNode.of("name", s.name(), "reason", s.reason())).toList()));
        }
        if (taskRun && !state.children().isEmpty()) {
            status.put("steps", Node.list(state.children().get(0).steps().stream().map(RunStateCodec::tektonStep)
                    .toList()));
        }
        status.put("windlass", MapNode.of("children", Node.list(state.children().stream()
                .map(RunStateCodec::child).toList())));
        return state.object().content().without("status").with("status", status.build());
    }

    public static Result<RunState> read(MapNode object) {
        KubeObject submitted = KubeObject.of(object.without("status"));
        Reader reader = new Reader(KubeObject.of(object));
        MapNode status = object.getMap("status").orElse(MapNode.empty());
        FieldPath at = FieldPath.of("status");
        Condition condition = reader.condition(status, at);
        List<ChildRun> children = reader.list(status.getMap("windlass").orElse(MapNode.empty()), "children",
                at.key("windlass"), reader::child);
        List<SkippedTask> skipped = reader.list(status, "skippedTasks", at, (map, path) ->
                new SkippedTask(map.getText("name").orElse(""), map.getText("reason").orElse("")));
        RunState state = new RunState(submitted, condition, reader.time(status, "startTime", at),
                reader.time(status, "completionTime", at), children, skipped, reader.results(status, at));
        return Result.of(state, reader.issues);
    }

    private static Node time(Instant instant) {
        return Node.of(instant.toString());
    }

    private static Node childReferences(List<ChildRun> children) {
        Set<String> seen = new LinkedHashSet<>();
        List<Node> refs = new ArrayList<>();
        for (ChildRun child : children) {
            if (seen.add(child.taskRunName())) {
                refs.add(MapNode.of("apiVersion", "tekton.dev/v1", "kind", "TaskRun", "name", child.taskRunName(),
                        "pipelineTaskName", child.pipelineTask()));
            }
        }
        return Node.list(refs);
    }

    private static Node results(Map<String, ParamValue> results, boolean typed) {
        List<Node> list = new ArrayList<>();
        new TreeMap<>(results).forEach((name, value) -> {
            MapNode.Builder entry = MapNode.builder().put("name", Node.of(name));
            if (typed) {
                entry.put("type", Node.of(value.type().text()));
            }
            list.add(entry.put("value", value(value)).build());
        });
        return Node.list(list);
    }

    private static Node value(ParamValue value) {
        if (value instanceof ParamValue.Arr array) {
            return Node.list(array.values().stream().map(v -> (Node) Node.of(v)).toList());
        }
        if (value instanceof ParamValue.Obj object) {
            return Node.stringMap(object.values());
        }
        return Node.of(((ParamValue.Str) value).value());
    }

    private static Node tektonStep(StepOutcome step) {
        MapNode.Builder terminated = MapNode.builder().put("exitCode", Node.of(step.exitCode()))
                .put("reason", Node.of(step.reason()));
        step.started().ifPresent(t -> terminated.put("startedAt", time(t)));
        step.finished().ifPresent(t -> terminated.put("finishedAt", time(t)));
        return MapNode.builder().put("name", Node.of(step.name())).put("container", Node.of("step-" + step.name()))
                .put("terminated", terminated.build()).put("terminationReason", Node.of(step.reason())).build();
    }

    private static Node child(ChildRun child) {
        MapNode.Builder map = MapNode.builder().put("taskRunName", Node.of(child.taskRunName()))
                .put("pipelineTask", Node.of(child.pipelineTask())).put("finally", Node.of(child.isFinally()));
        child.matrixIndex().ifPresent(i -> map.put("matrixIndex", Node.of((long) i)));
        map.put("condition", condition(child.condition()));
        child.started().ifPresent(t -> map.put("startTime", time(t)));
        child.finished().ifPresent(t -> map.put("completionTime", time(t)));
        map.put("results", results(child.results(), false));
        map.put("steps", Node.list(child.steps().stream().map(RunStateCodec::step).toList()));
        map.put("retriesStatus", Node.list(child.attempts().stream().map(RunStateCodec::condition).toList()));
        return map.build();
    }

    private static Node condition(Condition condition) {
        return MapNode.of("status", condition.status(), "reason", condition.reason(), "message", condition.message());
    }

    private static Node step(StepOutcome step) {
        MapNode.Builder map = MapNode.builder().put("name", Node.of(step.name())).put("image", Node.of(step.image()))
                .put("exitCode", Node.of(step.exitCode())).put("reason", Node.of(step.reason()));
        step.started().ifPresent(t -> map.put("startedAt", time(t)));
        step.finished().ifPresent(t -> map.put("finishedAt", time(t)));
        return map.build();
    }

    /** Reads the status back, collecting an issue for every field of the wrong shape. */
    private static final class Reader {

        private final KubeObject object;
        private final List<Issue> issues = new ArrayList<>();

        Reader(KubeObject object) {
            this.object = object;
        }

        Condition condition(MapNode status, FieldPath at) {
            List<Condition> conditions = list(status, "conditions", at, (map, path) ->
                    SUCCEEDED.equals(map.getText("type").orElse("")) ? plainCondition(map) : null);
            return conditions.stream().filter(c -> c != null).findFirst().orElse(new Condition("Unknown", "", ""));
        }

        Condition plainCondition(MapNode map) {
            return new Condition(map.getText("status").orElse("Unknown"), map.getText("reason").orElse(""),
                    map.getText("message").orElse(""));
        }

        ChildRun child(MapNode map, FieldPath at) {
            Optional<Integer> matrixIndex = map.get("matrixIndex").flatMap(n -> n instanceof IntNode i
                    ? Optional.of((int) i.value()) : Optional.empty());
            return new ChildRun(map.getText("taskRunName").orElse(""), map.getText("pipelineTask").orElse(""),
                    map.get("finally").map(n -> n.equals(Node.of(true))).orElse(false), matrixIndex,
                    plainCondition(map.getMap("condition").orElse(MapNode.empty())), time(map, "startTime", at),
                    time(map, "completionTime", at), results(map, at),
                    list(map, "steps", at, this::step),
                    list(map, "retriesStatus", at, (m, p) -> plainCondition(m)));
        }

        StepOutcome step(MapNode map, FieldPath at) {
            long exitCode = map.get("exitCode").filter(n -> n instanceof IntNode).map(n -> ((IntNode) n).value())
                    .orElse(0L);
            return new StepOutcome(map.getText("name").orElse(""), map.getText("image").orElse(""), (int) exitCode,
                    map.getText("reason").orElse(""), time(map, "startedAt", at), time(map, "finishedAt", at));
        }

        Map<String, ParamValue> results(MapNode map, FieldPath at) {
            Map<String, ParamValue> results = new LinkedHashMap<>();
            list(map, "results", at, (entry, path) -> {
                Optional<ParamValue> value = entry.get("value").flatMap(v -> paramValue(v, path.key("value")));
                value.ifPresent(v -> results.put(entry.getText("name").orElse(""), v));
                return value;
            });
            return results;
        }

        Optional<ParamValue> paramValue(Node node, FieldPath at) {
            if (node instanceof ListNode list) {
                return Optional.of(ParamValue.of(list.items().stream().map(n -> n.asText().orElse("")).toList()));
            }
            if (node instanceof MapNode map) {
                Map<String, String> values = new LinkedHashMap<>();
                map.keys().forEach(k -> values.put(k, map.getText(k).orElse("")));
                return Optional.of(ParamValue.of(values));
            }
            if (node.asText().isPresent()) {
                return Optional.of(ParamValue.of(node.asText().get()));
            }
            issue(at, "a result value must be a string, a list of strings or a map of strings");
            return Optional.empty();
        }

        Optional<Instant> time(MapNode map, String key, FieldPath at) {
            Optional<String> text = map.getText(key);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Instant.parse(text.get()));
            } catch (DateTimeParseException e) {
                issue(at.key(key), "\"" + text.get() + "\" is not an RFC 3339 time such as 2024-05-01T10:00:00Z");
                return Optional.empty();
            }
        }

        <T> List<T> list(MapNode map, String key, FieldPath at, BiFunction<MapNode, FieldPath, T> item) {
            Optional<Node> node = map.get(key);
            if (node.isEmpty() || node.get().isNull()) {
                return List.of();
            }
            if (node.get().asList().isEmpty()) {
                issue(at.key(key), key + " must be a list");
                return List.of();
            }
            List<T> items = new ArrayList<>();
            List<Node> nodes = node.get().asList().get().items();
            for (int i = 0; i < nodes.size(); i++) {
                FieldPath path = at.key(key).index(i);
                if (nodes.get(i).asMap().isEmpty()) {
                    issue(path, "each entry of " + key + " must be a map");
                    continue;
                }
                items.add(item.apply(nodes.get(i).asMap().get(), path));
            }
            return items;
        }

        private void issue(FieldPath at, String message) {
            issues.add(Issue.error("RunStateInvalid", object.locate(at), "run status of " + object.kind() + " "
                    + object.name() + " at " + at + ": " + message + "; fix or delete the saved state"));
        }
    }
}
