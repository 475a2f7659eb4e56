package dev.windlass.pipelines.triggers;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.run.ObjectLookup;
import java.util.List;
import java.util.Optional;

/**
 * Reads one entry of a trigger's {@code interceptors}: {@code ref} ({@code name}, {@code kind}
 * ClusterInterceptor by default) with {@code params}, or the older inline {@code github:}, {@code gitlab:},
 * {@code bitbucket:}, {@code cel:} forms; checks the params and compiles CEL expressions.
 */
final class InterceptorReader {

    private static final List<String> INLINE = List.of("github", "gitlab", "bitbucket", "cel");
    private static final TriggersCel CHECKER = new TriggersCel(new SecretValues(ObjectLookup.NONE), "default");

    private final SpecFields f;

    InterceptorReader(SpecFields fields) {
        this.f = fields;
    }

    Optional<InterceptorSpec> read(MapNode entry, FieldPath at) {
        if (f.node(entry, "webhook").isPresent()) {
            f.error(at.key("webhook"), "webhook interceptors call a Service and are not supported locally; "
                    + "use the github, gitlab, bitbucket or cel interceptor");
            return Optional.empty();
        }
        for (String name : INLINE) {
            if (f.node(entry, name).isPresent()) {
                MapNode params = f.map(entry, name, at);
                check(name, params, at.key(name));
                return Optional.of(new InterceptorSpec(name, params, at));
            }
        }
        MapNode ref = f.map(entry, "ref", at);
        String name = f.text(ref, "name", at.key("ref"));
        String kind = f.text(ref, "kind", at.key("ref"));
        if (name.isEmpty()) {
            f.error(at.key("ref").key("name"), "is required: name the interceptor (github, gitlab, bitbucket or cel)");
            return Optional.empty();
        }
        if (!kind.isEmpty() && !kind.equals("ClusterInterceptor")) {
            f.error(at.key("ref").key("kind"), kind + " is not supported; only the core ClusterInterceptors are");
            return Optional.empty();
        }
        if (!Interceptors.SUPPORTED.contains(name)) {
            f.error(at.key("ref").key("name"), "interceptor " + name + " is not supported; use github, gitlab, "
                    + "bitbucket or cel");
            return Optional.empty();
        }
        MapNode params = params(entry, at);
        check(name, params, at.key("params"));
        return Optional.of(new InterceptorSpec(name, params, at));
    }

    /** {@code params: [{name, value}]} as one map. */
    private MapNode params(MapNode entry, FieldPath at) {
        MapNode.Builder out = MapNode.builder();
        List<MapNode> list = f.maps(entry, "params", at);
        for (int i = 0; i < list.size(); i++) {
            String name = f.text(list.get(i), "name", at.key("params").index(i));
            if (name.isEmpty()) {
                f.error(at.key("params").index(i).key("name"), "is required");
                continue;
            }
            out.put(name, list.get(i).get("value").orElse(Node.nullNode()));
        }
        return out.build();
    }

    private void check(String name, MapNode params, FieldPath at) {
        if (name.equals("cel")) {
            checkCel(params, at);
            return;
        }
        params.get("secretRef").ifPresent(ref -> {
            if (!(ref instanceof MapNode m) || m.getText("secretName").isEmpty() || m.getText("secretKey").isEmpty()) {
                f.error(at, "secretRef must be an object with secretName and secretKey");
            }
        });
        params.get("eventTypes").ifPresent(types -> {
            if (!(types instanceof ListNode)) {
                f.error(at, "eventTypes must be a list of event names");
            }
        });
        if (enabled(params, "addChangedFiles")) {
            f.warning(at, "addChangedFiles is computed for push events only; for pull requests it needs the GitHub "
                    + "API and extensions.changed_files is not set");
        }
        if (enabled(params, "githubOwners")) {
            f.warning(at, "githubOwners calls the GitHub API and is not run locally; ignored");
        }
    }

    private static boolean enabled(MapNode params, String key) {
        return params.getMap(key).flatMap(m -> m.get("enabled")).filter(v -> v.equals(Node.of(true))).isPresent();
    }

    private void checkCel(MapNode params, FieldPath at) {
        CelSpec spec = CelSpec.of(params);
        if (!spec.filter().isEmpty()) {
            report(CHECKER.compile(spec.filter()).problem(), at, "filter");
        }
        for (CelSpec.Overlay o : spec.overlays()) {
            if (o.key().isEmpty() || o.expression().isEmpty()) {
                f.error(at, "each overlay needs a key and an expression");
            } else {
                report(CHECKER.compile(o.expression()).problem(), at, "overlay " + o.key());
            }
        }
    }

    private void report(String problem, FieldPath at, String what) {
        if (problem != null) {
            f.error(at, what + ": " + problem);
        }
    }
}
