package dev.windlass.pipelines.triggers;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.run.ObjectLookup;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One EventListener's sink, without the HTTP: {@link #handle} runs every trigger's interceptors in order,
 * resolves bindings and renders templates, and hands the objects to the {@link RunLauncher}. The answer is
 * 202 Accepted even when every trigger rejects the event, as Tekton's; except that a missing or wrong
 * signature or token (github, gitlab, bitbucket) answers 401 and launches nothing, and a body that is not a
 * JSON object answers 400 (unless {@code tekton.dev/payload-validation: "false"}).
 */
public final class EventListenerHandler {

    private static final CodecLimits BODY_LIMITS = CodecLimits.DEFAULT.withMaxFileBytes(64L << 20)
            .withMaxDocumentBytes(64L << 20);

    private final EventListener listener;
    private final TriggerCatalog catalog;
    private final SecretValues secrets;
    private final RunLauncher launcher;
    private final Supplier<String> ids;
    private final Map<Trigger, List<Interceptor>> chains = new IdentityHashMap<>();

    public EventListenerHandler(EventListener listener, TriggerCatalog catalog, ObjectLookup lookup, RunLauncher launcher) {
        this(listener, catalog, lookup, launcher, () -> UUID.randomUUID().toString());
    }

    /** As above, with the source of event ids and {@code $(uid)} values (tests give fixed ones). */
    public EventListenerHandler(EventListener listener, TriggerCatalog catalog, ObjectLookup lookup, RunLauncher launcher,
                                Supplier<String> ids) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.secrets = new SecretValues(lookup);
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.ids = ids;
        Map<String, TriggersCel> environments = new HashMap<>();
        for (Trigger t : catalog.triggersOf(listener)) {
            TriggersCel cel = environments.computeIfAbsent(t.namespace(), ns -> new TriggersCel(secrets, ns));
            List<Interceptor> chain = new ArrayList<>();
            t.interceptors().forEach(spec -> chain.add(Interceptors.create(spec, secrets, cel)));
            chains.put(t, List.copyOf(chain));
        }
    }

    public EventListener listener() {
        return listener;
    }

    /** Handles one request; safe to call from several threads at once when the launcher is. */
    public Response handle(Event event) {
        String eventId = ids.get();
        byte[] body = event.body();
        Node json = parse(body);
        if (listener.payloadValidation() && !(json instanceof MapNode)) {
            String error = "Invalid event body format : the body is not a JSON object";
            return new Response(400, Response.body(listener, "", error), List.of(), List.of());
        }
        Map<String, List<String>> headers = Headers.canonical(event.headers());
        List<TriggerOutcome> outcomes = new ArrayList<>();
        for (Trigger trigger : catalog.triggersOf(listener)) {
            InterceptorRequest request = new InterceptorRequest(headers, body, json, event.target(), MapNode.empty(),
                    trigger.namespace());
            outcomes.add(run(trigger, request, eventId));
        }
        for (TriggerOutcome o : outcomes) {
            if (o.status() == TriggerOutcome.Status.UNAUTHORIZED) {
                String error = o.trigger() + ": " + o.message();
                return new Response(401, Response.body(listener, eventId, error), outcomes, List.of());
            }
        }
        List<KubeObject> launched = new ArrayList<>();
        outcomes.forEach(o -> launched.addAll(o.objects()));
        launched.forEach(launcher::launch);
        return new Response(202, Response.body(listener, eventId, ""), outcomes, launched);
    }

    private TriggerOutcome run(Trigger trigger, InterceptorRequest start, String eventId) {
        InterceptorRequest request = start;
        List<Interceptor> chain = chains.getOrDefault(trigger, List.of());
        for (Interceptor interceptor : chain) {
            InterceptorResult result = interceptor.process(request);
            if (!result.passes()) {
                TriggerOutcome.Status status = result.unauthorized() ? TriggerOutcome.Status.UNAUTHORIZED
                        : TriggerOutcome.Status.REJECTED;
                return new TriggerOutcome(trigger.name(), status, result.message(), List.of());
            }
            request = request.withExtensions(result.extensions());
        }
        if (start.json().isNull() && start.body().length > 0) {
            return failed(trigger, "failed to unmarshal request body: not JSON");
        }
        BindingResolver.Resolved resolved = new BindingResolver(catalog).resolve(trigger, eventData(request, eventId));
        if (resolved.problem() != null) {
            return failed(trigger, resolved.problem());
        }
        TemplateRenderer.Rendered rendered = TemplateRenderer.render(resolved.template(), resolved.params(), ids.get(),
                new TemplateRenderer.Labels(listener.name(), trigger.name(), eventId, trigger.namespace()));
        if (rendered.problem() != null) {
            return failed(trigger, rendered.problem());
        }
        return new TriggerOutcome(trigger.name(), TriggerOutcome.Status.ACCEPTED, "", rendered.objects());
    }

    private static TriggerOutcome failed(Trigger trigger, String message) {
        return new TriggerOutcome(trigger.name(), TriggerOutcome.Status.FAILED, message, List.of());
    }

    /** The event as bindings see it: {@code body}, {@code header} (values joined by commas), {@code extensions}, context. */
    private static Node eventData(InterceptorRequest request, String eventId) {
        MapNode.Builder header = MapNode.builder();
        request.headers().forEach((k, v) -> header.put(k, Node.of(String.join(",", v))));
        return MapNode.builder()
                .put("header", header.build())
                .put("body", request.json())
                .put("extensions", request.extensions())
                .put("context", MapNode.builder().put("eventID", Node.of(eventId)).build())
                .build();
    }

    /** The body's JSON value; {@code NullNode} when it is empty or not JSON. */
    private static Node parse(byte[] body) {
        if (body.length == 0) {
            return Node.nullNode();
        }
        ParsedStream parsed = JsonReader.create(BODY_LIMITS).read("body", new String(body, StandardCharsets.UTF_8));
        if (parsed.hasErrors() || parsed.documents().isEmpty()) {
            return Node.nullNode();
        }
        return parsed.documents().get(0).content();
    }
}
