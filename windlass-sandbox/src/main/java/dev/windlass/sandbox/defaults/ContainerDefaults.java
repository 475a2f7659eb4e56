package dev.windlass.sandbox.defaults;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;

/**
 * The defaults of one container (regular, init or ephemeral): {@code resources: {}}, the
 * termination message path and policy, the image pull policy, each port's protocol, the API
 * version of downward-API field references, and the timings and HTTP scheme of probes and
 * lifecycle hooks.
 */
final class ContainerDefaults {

    private static final List<String> PROBES = List.of("livenessProbe", "readinessProbe", "startupProbe");
    private static final List<String> HOOKS = List.of("postStart", "preStop");

    private ContainerDefaults() {
    }

    static MapNode container(MapNode container) {
        MapNode result = Fill.struct(container, "resources", r -> r);
        result = Fill.zero(result, "terminationMessagePath", "/dev/termination-log");
        result = Fill.zero(result, "terminationMessagePolicy", "File");
        if (Fill.isZero(result, "imagePullPolicy")) {
            result = result.with("imagePullPolicy", Node.of(ImagePullPolicy.forImage(Fill.text(result, "image"))));
        }
        result = Fill.eachItem(result, "ports", port -> Fill.zero(port, "protocol", "TCP"));
        result = Fill.eachItem(result, "env", env -> Fill.child(env, "valueFrom",
                from -> Fill.child(from, "fieldRef", ContainerDefaults::fieldRef)));
        for (String probe : PROBES) {
            result = Fill.child(result, probe, ContainerDefaults::probe);
        }
        return Fill.child(result, "lifecycle", lifecycle -> {
            MapNode hooks = lifecycle;
            for (String hook : HOOKS) {
                hooks = Fill.child(hooks, hook, handler -> Fill.child(handler, "httpGet", ContainerDefaults::httpGet));
            }
            return hooks;
        });
    }

    /** A probe: its handler's defaults, then timeout 1, period 10, success 1, failure 3. */
    static MapNode probe(MapNode probe) {
        MapNode result = Fill.child(probe, "httpGet", ContainerDefaults::httpGet);
        result = Fill.child(result, "grpc", grpc -> Fill.absent(grpc, "service", ""));
        result = Fill.zero(result, "timeoutSeconds", 1);
        result = Fill.zero(result, "periodSeconds", 10);
        result = Fill.zero(result, "successThreshold", 1);
        return Fill.zero(result, "failureThreshold", 3);
    }

    static MapNode httpGet(MapNode action) {
        return Fill.zero(Fill.zero(action, "path", "/"), "scheme", "HTTP");
    }

    /** {@code fieldRef.apiVersion: v1}. */
    static MapNode fieldRef(MapNode selector) {
        return Fill.zero(selector, "apiVersion", "v1");
    }
}
