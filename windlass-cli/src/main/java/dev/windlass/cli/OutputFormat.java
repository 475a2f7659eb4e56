package dev.windlass.cli;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;

/** How {@code windlass render} prints manifests ({@code -o yaml|json}). */
enum OutputFormat {

    /** YAML documents separated by {@code ---}, as {@code kustomize build} prints them. */
    yaml {
        @Override
        String write(List<KubeObject> objects) {
            if (objects.isEmpty()) {
                return "";
            }
            return endLine(YamlWriter.writeAll(objects.stream().map(KubeObject::content).toList()));
        }
    },

    /** One object as {@code kubectl get -o json} prints it; several wrapped in a {@code kind: List}, as kubectl does. */
    json {
        @Override
        String write(List<KubeObject> objects) {
            Node value = objects.size() == 1 ? objects.get(0).content() : kubectlList(objects);
            return endLine(JsonWriter.write(value, 4));
        }
    };

    abstract String write(List<KubeObject> objects);

    /** kubectl's wrapper for several objects, keys in the order kubectl prints them. */
    static MapNode kubectlList(List<KubeObject> objects) {
        return MapNode.builder()
                .put("apiVersion", Node.of("v1"))
                .put("items", new ListNode(objects.stream().<Node>map(KubeObject::content).toList()))
                .put("kind", Node.of("List"))
                .put("metadata", MapNode.of("resourceVersion", ""))
                .build();
    }

    private static String endLine(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }
}
