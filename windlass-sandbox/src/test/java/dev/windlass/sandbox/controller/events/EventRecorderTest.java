package dev.windlass.sandbox.controller.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.api.ListOptions;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.resource.ApiResource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventRecorderTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static Sandbox sandbox;
    private static ObjectService api;

    private Instant now = Instant.parse("2026-01-02T03:04:05Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().start();
        api = sandbox.api();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static ApiResource resource(String plural) {
        return api.registry().find("", "v1", plural).orElseThrow();
    }

    private static MapNode configMap() {
        String name = "cm" + NAMES.incrementAndGet();
        return api.create(resource("configmaps"), "default", MapNode.of("apiVersion", Node.of("v1"),
                "kind", Node.of("ConfigMap"), "metadata", MapNode.of("name", Node.of(name))), WriteOptions.DEFAULT);
    }

    private static List<MapNode> eventsAbout(String namespace, String name) {
        return api.list(resource("events"), namespace,
                new ListOptions(null, "involvedObject.name=" + name, 0, null, null)).items();
    }

    private EventRecorder recorder() {
        return new EventRecorder(api, clock, "test-controller", "");
    }

    private static String text(MapNode node, String... path) {
        MapNode at = node;
        for (int i = 0; i < path.length - 1; i++) {
            at = at.getMap(path[i]).orElse(MapNode.empty());
        }
        return at.getText(path[path.length - 1]).orElse("");
    }

    @Test
    void record_writesAnEventNamedAfterTheObjectWithItsReference() {
        MapNode cm = configMap();
        recorder().normal(cm, "Updated", "config changed");

        List<MapNode> events = eventsAbout("default", name(cm));
        assertThat(events).hasSize(1);
        MapNode event = events.get(0);
        assertThat(text(event, "metadata", "name")).matches(name(cm) + "\\.[0-9a-f]{16}");
        assertThat(event.getMap("involvedObject").orElseThrow().toPlain()).isEqualTo(java.util.Map.of(
                "kind", "ConfigMap", "namespace", "default", "name", name(cm), "apiVersion", "v1",
                "uid", text(cm, "metadata", "uid"), "resourceVersion", text(cm, "metadata", "resourceVersion")));
        assertThat(text(event, "reason")).isEqualTo("Updated");
        assertThat(text(event, "message")).isEqualTo("config changed");
        assertThat(text(event, "type")).isEqualTo("Normal");
        assertThat(text(event, "source", "component")).isEqualTo("test-controller");
        assertThat(text(event, "reportingComponent")).isEqualTo("test-controller");
        assertThat(text(event, "firstTimestamp")).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(text(event, "lastTimestamp")).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(event.get("count").orElseThrow().toPlain()).isEqualTo(1L);
    }

    @Test
    void record_repeatWithinTenMinutes_countsUpOnTheSameEvent() {
        MapNode cm = configMap();
        recorder().warning(cm, "Failing", "it broke");
        now = now.plus(Duration.ofMinutes(9));
        recorder().warning(cm, "Failing", "it broke");
        now = now.plus(Duration.ofMinutes(9));
        recorder().warning(cm, "Failing", "it broke");

        List<MapNode> events = eventsAbout("default", name(cm));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("count").orElseThrow().toPlain()).isEqualTo(3L);
        assertThat(text(events.get(0), "firstTimestamp")).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(text(events.get(0), "lastTimestamp")).isEqualTo("2026-01-02T03:22:05Z");
        assertThat(text(events.get(0), "type")).isEqualTo("Warning");
    }

    @Test
    void record_repeatAfterTenMinutesOrWithAnotherMessage_isANewEvent() {
        MapNode cm = configMap();
        recorder().normal(cm, "Synced", "one");
        recorder().normal(cm, "Synced", "two");
        now = now.plus(Duration.ofMinutes(11));
        recorder().normal(cm, "Synced", "one");

        assertThat(eventsAbout("default", name(cm))).hasSize(3)
                .allSatisfy(e -> assertThat(e.get("count").orElseThrow().toPlain()).isEqualTo(1L));
    }

    @Test
    void record_clusterScopedObject_goesToTheDefaultNamespace() {
        MapNode node = api.list(resource("nodes"), "", ListOptions.ALL).items().get(0);
        recorder().normal(node, "Probed", "node looked at");

        List<MapNode> events = eventsAbout("default", name(node));
        assertThat(events).extracting(e -> text(e, "reason")).contains("Probed");
        assertThat(events.get(0).getMap("involvedObject").orElseThrow().containsKey("namespace")).isFalse();
    }

    @Test
    void record_whenTheWriteFails_dropsTheEventWithoutThrowing() {
        MapNode orphan = MapNode.of("apiVersion", Node.of("v1"), "kind", Node.of("ConfigMap"),
                "metadata", MapNode.of("name", Node.of("ghost"), "namespace", Node.of("no-such-namespace")));

        assertThatCode(() -> recorder().normal(orphan, "Lost", "nowhere to go")).doesNotThrowAnyException();
        assertThat(eventsAbout("no-such-namespace", "ghost")).isEmpty();
    }

    @Test
    void goDuration_printsAsGoDoes() {
        assertThat(ClusterEvents.goDuration(Duration.ofMillis(100))).isEqualTo("100ms");
        assertThat(ClusterEvents.goDuration(Duration.ofSeconds(2))).isEqualTo("2s");
        assertThat(ClusterEvents.goDuration(Duration.ofMillis(1500))).isEqualTo("1.5s");
    }

    private static String name(MapNode object) {
        return text(object, "metadata", "name");
    }
}
