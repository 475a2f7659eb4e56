package dev.windlass.bench.sandbox;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.Locale;

/**
 * The ConfigMaps of a scale run: object {@code i} lives in namespace {@code i % namespaces}, is the
 * {@code i / namespaces}-th of its namespace, and carries the labels a real application would
 * ({@code app}, {@code tier}, {@code instance}, {@code app.kubernetes.io/part-of}). Exactly one
 * object in ten of every namespace has {@code app=app-3}, the selector the list measurement uses.
 * Every data value is a distinct string, as it would be after decoding a request body.
 */
final class ConfigMaps {

    /** Distinct values of the {@code app} label; one object in this many matches {@link #SELECTOR}. */
    static final int APPS = 10;
    /** The list measurement's label selector. */
    static final String SELECTOR = "app=app-3,app.kubernetes.io/part-of=scale";
    private static final String[] TIERS = {"frontend", "backend", "cache"};

    private final int namespaces;
    private final int objectBytes;

    ConfigMaps(ScaleSettings settings) {
        this.namespaces = settings.namespaces();
        this.objectBytes = settings.objectBytes();
    }

    static String namespace(int index) {
        return String.format(Locale.ROOT, "scale-%03d", index);
    }

    String namespaceOf(int object) {
        return namespace(object % namespaces);
    }

    static String name(int object) {
        return String.format(Locale.ROOT, "cm-%05d", object);
    }

    /** Objects of namespace {@code namespaceIndex} that {@link #SELECTOR} matches, out of {@code objects}. */
    int matching(int namespaceIndex, int objects) {
        int count = 0;
        for (int object = namespaceIndex; object < objects; object += namespaces) {
            if ((object / namespaces) % APPS == 3) {
                count++;
            }
        }
        return count;
    }

    static MapNode namespaceBody(String name) {
        return MapNode.of("apiVersion", Node.of("v1"), "kind", Node.of("Namespace"),
                "metadata", MapNode.of("name", Node.of(name)));
    }

    /** The body of ConfigMap {@code object}: about {@code objectBytes} of data under three keys. */
    MapNode body(int object) {
        int ordinal = object / namespaces;
        MapNode labels = MapNode.of(
                "app", Node.of("app-" + ordinal % APPS),
                "tier", Node.of(TIERS[ordinal % TIERS.length]),
                "instance", Node.of("inst-" + ordinal),
                "app.kubernetes.io/part-of", Node.of("scale"));
        MapNode metadata = MapNode.of("name", Node.of(name(object)), "namespace", Node.of(namespaceOf(object)),
                "labels", labels);
        return MapNode.of("apiVersion", Node.of("v1"), "kind", Node.of("ConfigMap"), "metadata", metadata,
                "data", data(object));
    }

    private MapNode data(int object) {
        int third = Math.max(1, objectBytes / 3);
        return MapNode.of(
                "application.properties", Node.of(filler("server.port=8080\nobject=" + object + "\n", third)),
                "logging.yaml", Node.of(filler("level: info\nobject: " + object + "\n", third)),
                "feature-flags.json", Node.of(filler("{\"object\":" + object + ",\"flags\":\"", third) + "\"}"));
    }

    private static String filler(String head, int length) {
        StringBuilder text = new StringBuilder(Math.max(length, head.length())).append(head);
        for (int i = 0; text.length() < length; i++) {
            text.append((char) ('a' + i % 26));
        }
        return text.toString();
    }
}
