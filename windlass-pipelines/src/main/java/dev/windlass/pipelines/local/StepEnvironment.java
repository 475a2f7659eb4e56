package dev.windlass.pipelines.local;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.EnvVar;
import dev.windlass.pipelines.run.TaskRunRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A step's process environment: a few variables from the host ({@code PATH}, {@code LANG} ...),
 * {@code HOME} in the run's home directory, the step's {@code env} (literal values with
 * {@code $(VAR)} expansion, {@code secretKeyRef}, {@code configMapKeyRef}, {@code fieldRef}), then the
 * executor's extra variables.
 */
final class StepEnvironment {

    private static final List<String> FROM_HOST =
            List.of("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR", "USER", "LOGNAME", "TERM");

    private final TaskRunRequest request;
    private final RunDirectory dir;
    private final Map<String, String> extra;
    private final Map<String, String> host;

    StepEnvironment(TaskRunRequest request, RunDirectory dir, Map<String, String> extra, Map<String, String> host) {
        this.request = request;
        this.dir = dir;
        this.extra = extra;
        this.host = host;
    }

    /** The declared variables of the step alone (for {@code $(VAR)} in command and args). */
    Map<String, String> declared(List<EnvVar> env, Mounts mounts) {
        Map<String, String> values = new LinkedHashMap<>();
        for (EnvVar var : env) {
            String value = var.valueFrom().isPresent() ? valueFrom(var) : EnvExpansion.expand(var.value(), values);
            values.put(var.name(), mounts.rewrite(value));
        }
        return values;
    }

    /** The whole environment of the step's process. */
    Map<String, String> full(Map<String, String> declared) {
        Map<String, String> env = new LinkedHashMap<>();
        FROM_HOST.forEach(name -> Optional.ofNullable(host.get(name)).ifPresent(v -> env.put(name, v)));
        env.put("HOME", dir.homeDir().toString());
        env.putAll(declared);
        env.putAll(extra);
        return env;
    }

    private String valueFrom(EnvVar var) {
        MapNode from = var.valueFrom().orElse(MapNode.empty());
        if (from.getMap("secretKeyRef").isPresent()) {
            return keyRef(var, from.getMap("secretKeyRef").get(), "Secret");
        }
        if (from.getMap("configMapKeyRef").isPresent()) {
            return keyRef(var, from.getMap("configMapKeyRef").get(), "ConfigMap");
        }
        if (from.getMap("fieldRef").isPresent()) {
            return fieldRef(from.getMap("fieldRef").get().getText("fieldPath").orElse(""));
        }
        throw new LocalFailure(LocalFailure.CONTAINER_CONFIG, "env \"" + var.name() + "\": the local executor "
                + "reads valueFrom secretKeyRef, configMapKeyRef and fieldRef only; use one of them or a value");
    }

    private String keyRef(EnvVar var, MapNode ref, String kind) {
        String name = ref.getText("name").orElse("");
        String key = ref.getText("key").orElse("");
        boolean optional = ref.get("optional").map(n -> n.equals(Node.of(true))).orElse(false);
        Optional<KubeObject> object = request.objects().find(kind, request.namespace(), name);
        byte[] value = object.map(o -> VolumeFiles.keys(o, kind).get(key)).orElse(null);
        if (value == null && !optional) {
            throw new LocalFailure(LocalFailure.CONTAINER_CONFIG, "env \"" + var.name() + "\": " + kind + " \""
                    + name + "\" " + (object.isEmpty() ? "not found" : "has no key \"" + key + "\"")
                    + " in namespace \"" + request.namespace() + "\": pass it with the run's files or mark the "
                    + "reference optional");
        }
        return value == null ? "" : new String(value, StandardCharsets.UTF_8);
    }

    private String fieldRef(String path) {
        if ("metadata.name".equals(path)) {
            return request.taskRunName() + "-pod";
        }
        if ("metadata.namespace".equals(path)) {
            return request.namespace();
        }
        if (path.startsWith("metadata.labels['") && path.endsWith("']")) {
            return request.labels().getOrDefault(path.substring(17, path.length() - 2), "");
        }
        return "";
    }
}
