package dev.windlass.sandbox.kubeconfig;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Merges our cluster, user and context into an existing kubeconfig tree: entries named like ours
 * are replaced in place (duplicates of them dropped), others kept in their order, unknown fields
 * kept, ours appended when absent. Refuses a tree that is not a kubeconfig, naming the field.
 */
final class KubeconfigMerge {

    private KubeconfigMerge() {
    }

    /**
     * The merged tree. {@code existing} is the file's only document, or null for an empty file.
     *
     * @throws KubeconfigException naming {@code file} and the field that is wrong
     */
    static MapNode merge(String file, Node existing, Kubeconfig ours, boolean makeCurrent) {
        if (existing.isNull()) {
            return ours.toNode();
        }
        MapNode config = existing.asMap().orElseThrow(() -> invalid(file,
                "the document is " + article(existing) + ", not a map of kubeconfig fields"));
        Optional<String> kind = text(file, config, "kind");
        if (kind.isPresent() && !kind.get().equals("Config")) {
            throw invalid(file, "kind is \"" + kind.get() + "\", not \"Config\"");
        }
        text(file, config, "apiVersion");
        Optional<String> current = text(file, config, "current-context").filter(s -> !s.isEmpty());
        MapNode.Builder merged = config.toBuilder();
        if (!config.containsKey("apiVersion")) {
            merged.put("apiVersion", Node.of("v1"));
        }
        if (kind.isEmpty()) {
            merged.put("kind", Node.of("Config"));
        }
        merged.put("clusters", replace(file, config, "clusters", ours.name(), ours.clusterEntry()));
        merged.put("contexts", replace(file, config, "contexts", ours.name(), ours.contextEntry()));
        merged.put("users", replace(file, config, "users", ours.name(), ours.userEntry()));
        if (makeCurrent || current.isEmpty()) {
            merged.put("current-context", Node.of(ours.name()));
        }
        return merged.build();
    }

    private static ListNode replace(String file, MapNode config, String field, String name, MapNode entry) {
        Node value = config.get(field).orElse(Node.nullNode());
        if (value.isNull()) {
            return ListNode.of(entry);
        }
        ListNode list = value.asList().orElseThrow(() -> invalid(file,
                field + " is " + article(value) + ", not a list of named entries"));
        List<Node> items = new ArrayList<>(list.size() + 1);
        boolean replaced = false;
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            Node item = list.items().get(i);
            MapNode map = item.asMap().orElseThrow(() -> invalid(file,
                    field + "[" + index + "] is " + article(item) + ", not a map with a name"));
            boolean ours = map.get("name").filter(n -> n instanceof StringNode s && s.value().equals(name)).isPresent();
            if (!ours) {
                items.add(map);
            } else if (!replaced) {
                items.add(entry);
                replaced = true;
            }
        }
        if (!replaced) {
            items.add(entry);
        }
        return Node.list(items);
    }

    /** The string at {@code field}, empty when absent or null; anything else there is refused. */
    private static Optional<String> text(String file, MapNode config, String field) {
        Optional<Node> value = config.get(field).filter(v -> !v.isNull());
        if (value.isPresent() && !(value.get() instanceof StringNode)) {
            throw invalid(file, field + " is " + article(value.get()) + ", not a string");
        }
        return value.flatMap(Node::asText);
    }

    private static String article(Node node) {
        String type = node.type().name().toLowerCase(Locale.ROOT);
        return switch (node.type()) {
            case INT -> "an integer";
            case NULL -> "null";
            default -> "a " + (type.equals("bool") ? "boolean" : type);
        };
    }

    static KubeconfigException invalid(String file, String problem) {
        return new KubeconfigException(file + ": not a valid kubeconfig: " + problem
                + "; fix the file or write the sandbox's kubeconfig elsewhere (nothing was written)");
    }
}
