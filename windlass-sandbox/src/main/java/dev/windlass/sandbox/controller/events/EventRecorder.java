package dev.windlass.sandbox.controller.events;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ListOptions;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.resource.ApiResource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records core/v1 Events about objects, as client-go's event recorder does for a component
 * ({@code deployment-controller}, {@code kubelet} …): a new Event is named
 * {@code <object>.<16 hex digits>} in the object's namespace ({@code default} for cluster-scoped
 * objects); a repeat of the same (object, type, reason, message, source) within ten minutes of the
 * last one raises {@code count} and {@code lastTimestamp} of the existing Event instead. Recording
 * never throws into the caller: a failed write is logged and the Event dropped.
 */
public final class EventRecorder {

    private static final Logger LOG = Logger.getLogger(EventRecorder.class.getName());
    private static final Duration CORRELATION_WINDOW = Duration.ofMinutes(10);
    private static final AtomicLong LAST_NAME_NANOS = new AtomicLong();

    private final ObjectService api;
    private final Clock clock;
    private final String component;
    private final String host;

    /**
     * @param component the reporting component, {@code source.component}: {@code replicaset-controller}
     * @param host      {@code source.host} (the kubelet's node), or empty
     */
    public EventRecorder(ObjectService api, Clock clock, String component, String host) {
        this.api = api;
        this.clock = clock;
        this.component = component;
        this.host = host == null ? "" : host;
    }

    /** A recorder for a controller, writing through the context's API with its clock. */
    public static EventRecorder of(ControllerContext context, String component) {
        return new EventRecorder(context.api(), context.clock(), component, "");
    }

    /** This recorder reporting from node {@code node} (the kubelet's {@code source.host}). */
    public EventRecorder onHost(String node) {
        return new EventRecorder(api, clock, component, node);
    }

    /** Records a {@code Normal} Event about {@code object}. */
    public void normal(MapNode object, String reason, String message) {
        record(object, "", EventType.NORMAL, reason, message);
    }

    /** Records a {@code Warning} Event about {@code object}. */
    public void warning(MapNode object, String reason, String message) {
        record(object, "", EventType.WARNING, reason, message);
    }

    /**
     * Records an Event about {@code object}, or the part of it {@code fieldPath} names
     * ({@code spec.containers{app}}, empty for the whole object).
     */
    public void record(MapNode object, String fieldPath, EventType type, String reason, String message) {
        try {
            write(object, fieldPath, type, reason, message);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, () -> "dropped event " + reason + " about " + Meta.name(object) + " from "
                    + component + ": " + e.getMessage());
        }
    }

    private void write(MapNode object, String fieldPath, EventType type, String reason, String message) {
        Instant now = clock.instant();
        String namespace = Meta.namespace(object).isEmpty() ? "default" : Meta.namespace(object);
        MapNode involved = involvedObject(object, fieldPath);
        ApiResource events = events();
        Optional<MapNode> repeat = findRepeat(events, namespace, involved, type, reason, message, now);
        WriteOptions as = WriteOptions.as(component);
        if (repeat.isPresent()) {
            MapNode existing = repeat.get();
            MapNode updated = existing.with("count", Node.of(existing.get("count").map(Node::toPlain)
                            .filter(Number.class::isInstance).map(n -> ((Number) n).longValue()).orElse(1L) + 1))
                    .with("lastTimestamp", Node.of(Meta.timestamp(now)))
                    .with("involvedObject", involved);
            api.update(events, namespace, Meta.name(existing), updated, as, null);
            return;
        }
        api.create(events, namespace, event(namespace, involved, type, reason, message, now), as);
    }

    private MapNode event(String namespace, MapNode involved, EventType type, String reason, String message,
                          Instant now) {
        String name = involved.getText("name").orElse("") + "." + String.format("%016x", nameNanos(now));
        String time = Meta.timestamp(now);
        MapNode source = host.isEmpty() ? MapNode.of("component", Node.of(component))
                : MapNode.of("component", Node.of(component), "host", Node.of(host));
        return MapNode.builder()
                .put("apiVersion", Node.of("v1")).put("kind", Node.of("Event"))
                .put("metadata", MapNode.of("name", Node.of(name), "namespace", Node.of(namespace)))
                .put("involvedObject", involved)
                .put("reason", Node.of(reason)).put("message", Node.of(message))
                .put("source", source)
                .put("firstTimestamp", Node.of(time)).put("lastTimestamp", Node.of(time))
                .put("count", Node.of(1L)).put("type", Node.of(type.wire()))
                .put("eventTime", Node.nullNode())
                .put("reportingComponent", Node.of(component)).put("reportingInstance", Node.of(host))
                .build();
    }

    private Optional<MapNode> findRepeat(ApiResource events, String namespace, MapNode involved, EventType type,
                                         String reason, String message, Instant now) {
        String selector = "involvedObject.name=" + involved.getText("name").orElse("");
        String since = Meta.timestamp(now.minus(CORRELATION_WINDOW));
        return api.list(events, namespace, new ListOptions(null, selector, 0, null, null)).items().stream()
                .filter(e -> sameKey(e, involved, type, reason, message))
                .filter(e -> e.getText("lastTimestamp").orElse("").compareTo(since) >= 0)
                .reduce((first, second) -> second);
    }

    private boolean sameKey(MapNode event, MapNode involved, EventType type, String reason, String message) {
        MapNode other = event.getMap("involvedObject").orElse(MapNode.empty());
        MapNode source = event.getMap("source").orElse(MapNode.empty());
        return other.without("resourceVersion").equals(involved.without("resourceVersion"))
                && event.getText("type").orElse("").equals(type.wire())
                && event.getText("reason").orElse("").equals(reason)
                && event.getText("message").orElse("").equals(message)
                && source.getText("component").orElse("").equals(component)
                && source.getText("host").orElse("").equals(host);
    }

    private static MapNode involvedObject(MapNode object, String fieldPath) {
        MapNode.Builder ref = MapNode.builder()
                .put("kind", Node.of(object.getText("kind").orElse("")));
        if (!Meta.namespace(object).isEmpty()) {
            ref.put("namespace", Node.of(Meta.namespace(object)));
        }
        ref.put("name", Node.of(Meta.name(object)))
                .put("uid", Node.of(Meta.uid(object)))
                .put("apiVersion", Node.of(object.getText("apiVersion").orElse("")));
        Meta.text(object, "resourceVersion").ifPresent(rv -> ref.put("resourceVersion", Node.of(rv)));
        if (!fieldPath.isEmpty()) {
            ref.put("fieldPath", Node.of(fieldPath));
        }
        return ref.build();
    }

    private ApiResource events() {
        return api.registry().find("", "v1", "events").orElseThrow(() ->
                new IllegalStateException("the sandbox serves no core v1 events; register them in the ResourceRegistry"));
    }

    /** The clock's nanoseconds, made unique per sandbox process so two Events never share a name. */
    private static long nameNanos(Instant now) {
        long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        return LAST_NAME_NANOS.updateAndGet(last -> Math.max(last + 1, nanos));
    }
}
