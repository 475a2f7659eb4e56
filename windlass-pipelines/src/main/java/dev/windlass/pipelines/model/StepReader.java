package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads steps, sidecars and StepAction specs (containers with Tekton's additions). */
final class StepReader {

    /** Fields of a Kubernetes container other than its compute resources. */
    private static final Set<String> CONTAINER = Set.of("name", "image", "command", "args", "workingDir", "ports",
            "envFrom", "env", "volumeMounts", "volumeDevices", "livenessProbe", "readinessProbe", "startupProbe",
            "lifecycle", "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy", "securityContext",
            "stdin", "stdinOnce", "tty", "resizePolicy", "restartPolicy");
    private static final Set<String> STEP_V1 = Set.of("name", "displayName", "image", "command", "args",
            "workingDir", "envFrom", "env", "computeResources", "volumeMounts", "volumeDevices", "imagePullPolicy",
            "securityContext", "script", "timeout", "workspaces", "onError", "stdoutConfig", "stderrConfig", "ref",
            "params", "results", "when");
    private static final Set<String> TEKTON_ADDITIONS = Set.of("displayName", "script", "timeout", "workspaces",
            "onError", "stdoutConfig", "stderrConfig", "ref", "params", "results", "when");
    private static final Set<String> STEP_ACTION = Set.of("image", "command", "args", "env", "script", "workingDir",
            "params", "results", "securityContext", "volumeMounts", "description");

    private final Reading reading;
    private final ParamReader params;

    StepReader(Reading reading) {
        this.reading = reading;
        this.params = new ParamReader(reading);
    }

    List<Step> steps(MapNode spec, String key, FieldPath at) {
        List<Step> out = new ArrayList<>();
        List<MapNode> items = reading.maps(spec, key, at);
        boolean sidecar = key.equals("sidecars");
        for (int i = 0; i < items.size(); i++) {
            FieldPath here = at.key(key).index(i);
            reading.unknownFields(items.get(i), here, known(sidecar));
            out.add(step(items.get(i), here));
        }
        return out;
    }

    private Set<String> known(boolean sidecar) {
        if (!sidecar && !reading.v1beta1()) {
            return STEP_V1;
        }
        Set<String> known = new HashSet<>(CONTAINER);
        known.add(reading.v1beta1() ? "resources" : "computeResources");
        known.addAll(sidecar ? Set.of("script", "workspaces") : TEKTON_ADDITIONS);
        return known;
    }

    /**
     * One step (or sidecar) read as is; {@code container} keeps the whole entry. An {@code onError}
     * given as a param reference reads as the default until substitution rewrites and re-reads it.
     */
    Step step(MapNode node, FieldPath at) {
        Optional<String> ref = reading.map(node, "ref", at).map(r -> reading.text(r, "name", at.key("ref")));
        Optional<Duration> timeout = reading.duration(node, "timeout", at);
        return new Step(reading.text(node, "name", at), reading.text(node, "image", at),
                reading.strings(node, "command", at), reading.strings(node, "args", at),
                reading.text(node, "script", at), reading.text(node, "workingDir", at), env(node, at),
                onError(node, at), timeout, ref, params.params(node, at), params.results(node, at), node);
    }

    /** A StepAction's spec: one step whose params and results are declarations. */
    StepAction stepAction(MapNode spec, FieldPath at) {
        reading.unknownFields(spec, at, STEP_ACTION);
        List<ResultSpec> results = params.results(spec, at);
        Step step = new Step("", reading.text(spec, "image", at), reading.strings(spec, "command", at),
                reading.strings(spec, "args", at), reading.text(spec, "script", at),
                reading.text(spec, "workingDir", at), env(spec, at), OnError.STOP_AND_FAIL, Optional.empty(),
                Optional.empty(), List.of(), results, spec);
        return new StepAction(reading.owner(), step, params.specs(spec, at), results);
    }

    private List<EnvVar> env(MapNode node, FieldPath at) {
        List<EnvVar> out = new ArrayList<>();
        List<MapNode> items = reading.maps(node, "env", at);
        for (int i = 0; i < items.size(); i++) {
            FieldPath here = at.key("env").index(i);
            MapNode item = items.get(i);
            out.add(new EnvVar(reading.text(item, "name", here), reading.text(item, "value", here),
                    reading.map(item, "valueFrom", here)));
        }
        return out;
    }

    private OnError onError(MapNode node, FieldPath at) {
        Optional<String> text = reading.optText(node, "onError", at);
        if (text.isEmpty() || text.get().isEmpty()) {
            return OnError.STOP_AND_FAIL;
        }
        for (OnError value : OnError.values()) {
            if (value.text().equals(text.get())) {
                return value;
            }
        }
        if (text.get().startsWith("$(params.")) {
            return OnError.STOP_AND_FAIL;
        }
        reading.error(ModelCodes.INVALID_FIELD, at.key("onError"), "invalid value: \"" + text.get()
                + "\"; onError must be \"continue\" or \"stopAndFail\"");
        return OnError.STOP_AND_FAIL;
    }
}
