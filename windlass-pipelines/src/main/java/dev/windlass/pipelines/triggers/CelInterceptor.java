package dev.windlass.pipelines.triggers;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.TreeEdit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tekton's {@code cel} interceptor: {@code filter} must evaluate to true, then each of {@code overlays}
 * ({@code key}, {@code expression}) is evaluated and set at {@code extensions.<key>} (a dotted key makes
 * nested objects). All expressions see the event as it arrived at this interceptor.
 */
final class CelInterceptor implements Interceptor {

    /** A compiled overlay. */
    private record Overlay(String key, String expression, CelRuntime.Program program) {
    }

    private final String filter;
    private final CelRuntime.Program filterProgram;
    private final List<Overlay> overlays;
    private final String problem;

    private CelInterceptor(String filter, CelRuntime.Program filterProgram, List<Overlay> overlays, String problem) {
        this.filter = filter;
        this.filterProgram = filterProgram;
        this.overlays = List.copyOf(overlays);
        this.problem = problem;
    }

    /** Compiles the params; a bad expression makes an interceptor that stops every event, saying why. */
    static CelInterceptor compile(CelSpec spec, TriggersCel cel) {
        CelRuntime.Program filterProgram = null;
        if (!spec.filter().isEmpty()) {
            TriggersCel.Compiled compiled = cel.compile(spec.filter());
            if (compiled.problem() != null) {
                return failed("filter: " + compiled.problem());
            }
            filterProgram = compiled.program();
        }
        List<Overlay> overlays = new ArrayList<>();
        for (CelSpec.Overlay o : spec.overlays()) {
            TriggersCel.Compiled compiled = cel.compile(o.expression());
            if (compiled.problem() != null) {
                return failed("overlay " + o.key() + ": " + compiled.problem());
            }
            overlays.add(new Overlay(o.key(), o.expression(), compiled.program()));
        }
        return new CelInterceptor(spec.filter(), filterProgram, overlays, null);
    }

    private static CelInterceptor failed(String problem) {
        return new CelInterceptor("", null, List.of(), problem);
    }

    @Override
    public InterceptorResult process(InterceptorRequest request) {
        if (problem != null) {
            return InterceptorResult.stop(problem);
        }
        Node body = request.json().isNull() && request.body().length == 0 ? MapNode.empty() : request.json();
        if (!(body instanceof MapNode)) {
            return InterceptorResult.stop("error making the evaluation context: failed to parse the body as JSON object");
        }
        Map<String, Object> activation = new HashMap<>();
        activation.put("body", CelData.toCel(body));
        activation.put("header", new HashMap<>(request.headers()));
        activation.put("requestURL", request.requestURL());
        activation.put("extensions", CelData.toCel(request.extensions()));
        try {
            if (filterProgram != null && !Boolean.TRUE.equals(TriggersCel.eval(filterProgram, activation))) {
                return InterceptorResult.stop("expression " + filter + " did not return true");
            }
            MapNode extensions = MapNode.empty();
            for (Overlay o : overlays) {
                Node value = CelData.fromCel(TriggersCel.eval(o.program(), activation));
                extensions = TreeEdit.set(extensions, keyPath(o.key()), value);
            }
            return InterceptorResult.pass(extensions);
        } catch (CelEvaluationException | RuntimeException e) {
            return InterceptorResult.stop("error evaluating cel expression: " + e.getMessage());
        }
    }

    /** An sjson-style key: dots separate levels, {@code \.} is a dot inside a name. */
    static FieldPath keyPath(String key) {
        FieldPath path = FieldPath.root();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\' && i + 1 < key.length()) {
                part.append(key.charAt(++i));
            } else if (c == '.') {
                path = path.key(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        return path.key(part.toString());
    }
}
