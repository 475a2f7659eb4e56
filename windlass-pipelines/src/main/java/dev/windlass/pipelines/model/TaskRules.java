package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tekton's rules for a task spec: steps, sidecars, workspaces, volumes, params and results. */
final class TaskRules {

    private static final List<String> NOT_WITH_REF = List.of("image", "command", "args", "script", "workingDir",
            "env", "volumeMounts", "results");

    private final Reading reading;

    TaskRules(Reading reading) {
        this.reading = reading;
    }

    void taskSpec(TaskSpec spec, FieldPath at) {
        if (spec.steps().isEmpty()) {
            reading.error(ModelCodes.MISSING_FIELD, at.key("steps"), "missing field(s): steps; a Task needs at"
                    + " least one step");
        }
        ParamRules params = new ParamRules(reading);
        params.specs(spec.params(), at);
        params.results(spec.results(), at.key("results"));
        workspaces(spec.workspaces(), at.key("workspaces"));
        Names.unique(reading, spec.volumes(), v -> v.getText("name").orElse(""), at.key("volumes"), "volume");
        boolean templateImage = spec.stepTemplate().flatMap(t -> t.getText("image")).filter(i -> !i.isEmpty())
                .isPresent();
        Names.unique(reading, spec.steps(), Step::name, at.key("steps"), "step");
        for (int i = 0; i < spec.steps().size(); i++) {
            step(spec.steps().get(i), at.key("steps").index(i), templateImage);
        }
        Names.unique(reading, spec.sidecars(), Step::name, at.key("sidecars"), "sidecar");
        for (int i = 0; i < spec.sidecars().size(); i++) {
            sidecar(spec.sidecars().get(i), at.key("sidecars").index(i));
        }
        stepWorkspaces(spec, at);
    }

    private void workspaces(List<WorkspaceDeclaration> workspaces, FieldPath list) {
        Names.unique(reading, workspaces, WorkspaceDeclaration::name, list, "workspace");
        Map<String, Integer> mountPaths = new HashMap<>();
        for (int i = 0; i < workspaces.size(); i++) {
            WorkspaceDeclaration workspace = workspaces.get(i);
            if (workspace.name().isEmpty()) {
                reading.error(ModelCodes.MISSING_FIELD, list.index(i).key("name"), "missing field(s): name;"
                        + " give the workspace a name");
            }
            String mountPath = workspace.mountPath().isEmpty() ? "/workspace/" + workspace.name()
                    : workspace.mountPath();
            if (mountPaths.putIfAbsent(mountPath, i) != null) {
                reading.error(ModelCodes.DUPLICATE, list.index(i).key("mountPath"), "workspace mount path \""
                        + mountPath + "\" must be unique; give this workspace its own mountPath");
            }
        }
    }

    /** A step of a Task, or the step of a StepAction. */
    void step(Step step, FieldPath at, boolean templateImage) {
        if (!step.name().isEmpty()) {
            Names.dnsLabel(reading, step.name(), at.key("name"), "Task step");
        }
        if (step.ref().isPresent()) {
            for (String field : NOT_WITH_REF) {
                if (step.container().containsKey(field)) {
                    reading.error(ModelCodes.INVALID_FIELD, at.key(field), field + " cannot be used with Ref;"
                            + " the StepAction named in ref provides it");
                }
            }
        } else {
            if (!step.params().isEmpty()) {
                reading.error(ModelCodes.INVALID_FIELD, at.key("params"), "params cannot be used without Ref;"
                        + " pass values through the task's params instead");
            }
            container(step, at, templateImage);
        }
        step.timeout().filter(d -> d.isNegative()).ifPresent(d -> reading.error(
                ModelCodes.INVALID_FIELD, at.key("timeout"), "invalid value: " + GoDuration.format(d)
                        + " negative timeout; a step timeout must be >= 0"));
        new ParamRules(reading).results(step.results(), at.key("results"));
    }

    private void sidecar(Step sidecar, FieldPath at) {
        if (!sidecar.name().isEmpty()) {
            Names.dnsLabel(reading, sidecar.name(), at.key("name"), "Task sidecar");
        }
        container(sidecar, at, false);
    }

    private void container(Step step, FieldPath at, boolean templateImage) {
        if (step.image().isEmpty() && !templateImage) {
            reading.error(ModelCodes.MISSING_FIELD, at.key("image"), "missing field(s): image; give the"
                    + " container an image (or set one in stepTemplate, or use ref to a StepAction)");
        }
        if (!step.script().isEmpty() && !step.command().isEmpty()) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("script"), "script cannot be used with command;"
                    + " keep one of them (put the command's work into the script)");
        }
    }

    private void stepWorkspaces(TaskSpec spec, FieldPath at) {
        Set<String> declared = new java.util.HashSet<>();
        spec.workspaces().forEach(w -> declared.add(w.name()));
        for (int i = 0; i < spec.steps().size(); i++) {
            List<MapNode> used = spec.steps().get(i).container().getList("workspaces")
                    .map(l -> l.items().stream().filter(n -> n instanceof MapNode).map(n -> (MapNode) n).toList())
                    .orElse(List.of());
            for (int j = 0; j < used.size(); j++) {
                String name = used.get(j).getText("name").orElse("");
                if (!declared.contains(name)) {
                    reading.error(ModelCodes.INVALID_FIELD, at.key("steps").index(i).key("workspaces").index(j)
                            .key("name"), "undefined workspace \"" + name + "\"; declare it in the task's"
                            + " workspaces");
                }
            }
        }
    }
}
