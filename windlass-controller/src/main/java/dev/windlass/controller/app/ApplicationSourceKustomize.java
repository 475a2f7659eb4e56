package dev.windlass.controller.app;

import static dev.windlass.controller.app.SourceBlocks.putFlag;
import static dev.windlass.controller.app.SourceBlocks.putList;
import static dev.windlass.controller.app.SourceBlocks.putMap;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import dev.windlass.render.kustomize.KustomizeOverrides;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an Application's {@code spec.source.kustomize} (Argo CD's {@code ApplicationSourceKustomize})
 * into {@link KustomizeOverrides}, with an {@code InvalidSpecError} for each field of the wrong
 * shape: {@code images} are strings, {@code replicas} have a name and a whole-number count (a
 * number or a string of one), {@code patches} have a {@code path} or a {@code patch}.
 */
final class ApplicationSourceKustomize {

    private static final List<String> TARGET_FIELDS =
            List.of("group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector");

    private final SpecFields fields;
    private final FieldPath at;

    private ApplicationSourceKustomize(SpecFields fields, FieldPath at) {
        this.fields = fields;
        this.at = at;
    }

    /** The overrides in {@code kustomize}, the map at {@code at}. */
    static KustomizeOverrides read(SpecFields fields, MapNode kustomize, FieldPath at) {
        return new ApplicationSourceKustomize(fields, at).overrides(kustomize);
    }

    /**
     * {@code overrides} as the {@code kustomize} block of a source in the Application's status
     * ({@code sync.comparedTo.source}), with the fields that are set.
     */
    static MapNode node(KustomizeOverrides overrides) {
        MapNode.Builder out = MapNode.builder();
        SourceBlocks.putText(out, "namePrefix", overrides.namePrefix());
        SourceBlocks.putText(out, "nameSuffix", overrides.nameSuffix());
        if (!overrides.images().isEmpty()) {
            out.put("images", ListNode.of(overrides.images().stream().map(Node::of).toArray(Node[]::new)));
        }
        putMap(out, "commonLabels", overrides.commonLabels());
        putMap(out, "commonAnnotations", overrides.commonAnnotations());
        putFlag(out, "commonAnnotationsEnvsubst", overrides.commonAnnotationsEnvsubst());
        putFlag(out, "forceCommonLabels", overrides.forceCommonLabels());
        putFlag(out, "forceCommonAnnotations", overrides.forceCommonAnnotations());
        putFlag(out, "labelWithoutSelector", overrides.labelWithoutSelector());
        putFlag(out, "labelIncludeTemplates", overrides.labelIncludeTemplates());
        SourceBlocks.putText(out, "namespace", overrides.namespace());
        if (!overrides.replicas().isEmpty()) {
            out.put("replicas", ListNode.of(overrides.replicas().stream()
                    .map(r -> (Node) MapNode.of("name", r.name(), "count", r.count())).toArray(Node[]::new)));
        }
        if (!overrides.patches().isEmpty()) {
            out.put("patches", ListNode.of(overrides.patches().toArray(Node[]::new)));
        }
        if (!overrides.components().isEmpty()) {
            out.put("components", ListNode.of(overrides.components().stream().map(Node::of).toArray(Node[]::new)));
        }
        putFlag(out, "ignoreMissingComponents", overrides.ignoreMissingComponents());
        SourceBlocks.putText(out, "version", overrides.version());
        SourceBlocks.putText(out, "kubeVersion", overrides.kubeVersion());
        putList(out, "apiVersions", overrides.apiVersions());
        return out.build();
    }

    private KustomizeOverrides overrides(MapNode k) {
        return KustomizeOverrides.builder()
                .namePrefix(fields.text(k, at, "namePrefix", ""))
                .nameSuffix(fields.text(k, at, "nameSuffix", ""))
                .images(strings(k, "images"))
                .commonLabels(stringMap(k, "commonLabels"))
                .commonAnnotations(stringMap(k, "commonAnnotations"))
                .commonAnnotationsEnvsubst(fields.bool(k, at, "commonAnnotationsEnvsubst"))
                .forceCommonLabels(fields.bool(k, at, "forceCommonLabels"))
                .forceCommonAnnotations(fields.bool(k, at, "forceCommonAnnotations"))
                .labelWithoutSelector(fields.bool(k, at, "labelWithoutSelector"))
                .labelIncludeTemplates(fields.bool(k, at, "labelIncludeTemplates"))
                .namespace(fields.text(k, at, "namespace", ""))
                .replicas(replicas(k))
                .patches(patches(k))
                .components(strings(k, "components"))
                .ignoreMissingComponents(fields.bool(k, at, "ignoreMissingComponents"))
                .kubeVersion(fields.text(k, at, "kubeVersion", ""))
                .apiVersions(strings(k, "apiVersions"))
                .version(fields.text(k, at, "version", ""))
                .build();
    }

    private List<String> strings(MapNode k, String key) {
        List<String> out = new ArrayList<>();
        List<Node> items = fields.list(k, at, key);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof StringNode text) {
                out.add(text.value());
            } else {
                fields.error(at.key(key).index(i), "must be a string");
            }
        }
        return out;
    }

    private Map<String, String> stringMap(MapNode k, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        MapNode map = fields.map(k, at, key).orElse(MapNode.empty());
        for (String name : map.keys()) {
            Node value = map.get(name).orElseThrow();
            if (value instanceof StringNode text) {
                out.put(name, text.value());
            } else {
                fields.error(at.key(key).key(name), "must be a string: quote it (\"" + value + "\")");
            }
        }
        return out;
    }

    private List<KustomizeOverrides.Replica> replicas(MapNode k) {
        List<KustomizeOverrides.Replica> out = new ArrayList<>();
        List<Node> items = fields.list(k, at, "replicas");
        for (int i = 0; i < items.size(); i++) {
            FieldPath item = at.key("replicas").index(i);
            if (!(items.get(i) instanceof MapNode entry)) {
                fields.error(item, "must be an object with name and count");
                continue;
            }
            String name = fields.text(entry, item, "name", "");
            Optional<Long> count = count(entry.get("count").orElse(Node.nullNode()), item.key("count"));
            if (name.isEmpty()) {
                fields.error(item.key("name"), "is required: the name of the Deployment or StatefulSet");
            } else if (count.isPresent()) {
                out.add(new KustomizeOverrides.Replica(name, count.get()));
            }
        }
        return out;
    }

    /** Argo CD's {@code IntOrString} count: a number, or a string holding one. */
    private Optional<Long> count(Node value, FieldPath field) {
        if (value instanceof IntNode number) {
            return Optional.of(number.value());
        }
        if (value instanceof StringNode text) {
            try {
                return Optional.of(Long.parseLong(text.value().strip()));
            } catch (NumberFormatException e) {
                fields.error(field, "expected integer value for count. Received: " + text.value());
                return Optional.empty();
            }
        }
        fields.error(field, value.isNull() ? "is required: the number of replicas" : "must be a whole number");
        return Optional.empty();
    }

    /** Each patch in kustomize's form, with only the fields Argo CD's type has. */
    private List<MapNode> patches(MapNode k) {
        List<MapNode> out = new ArrayList<>();
        List<Node> items = fields.list(k, at, "patches");
        for (int i = 0; i < items.size(); i++) {
            FieldPath item = at.key("patches").index(i);
            if (!(items.get(i) instanceof MapNode entry)) {
                fields.error(item, "must be an object with path or patch, and target");
                continue;
            }
            MapNode.Builder patch = MapNode.builder();
            putText(patch, entry, item, "path");
            putText(patch, entry, item, "patch");
            if (!patch.containsKey("path") && !patch.containsKey("patch")) {
                fields.error(item, "needs path (a patch file relative to the kustomization) or patch (the patch itself)");
                continue;
            }
            fields.map(entry, item, "target").map(target -> target(target, item.key("target")))
                    .filter(target -> !target.isEmpty()).ifPresent(target -> patch.put("target", target));
            fields.map(entry, item, "options").map(options -> options(options, item.key("options")))
                    .filter(options -> !options.isEmpty()).ifPresent(options -> patch.put("options", options));
            out.add(patch.build());
        }
        return out;
    }

    private MapNode target(MapNode target, FieldPath field) {
        MapNode.Builder out = MapNode.builder();
        TARGET_FIELDS.forEach(key -> putText(out, target, field, key));
        return out.build();
    }

    private MapNode options(MapNode options, FieldPath field) {
        MapNode.Builder out = MapNode.builder();
        for (String key : options.keys()) {
            if (options.get(key).orElseThrow() instanceof BoolNode flag) {
                out.put(key, flag);
            } else {
                fields.error(field.key(key), "must be true or false");
            }
        }
        return out.build();
    }

    private void putText(MapNode.Builder out, MapNode from, FieldPath field, String key) {
        String value = fields.text(from, field, key, "");
        if (!value.isEmpty()) {
            out.put(key, Node.of(value));
        }
    }
}
